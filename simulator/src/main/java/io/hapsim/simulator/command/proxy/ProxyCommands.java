package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.session.AccessLevel;

/**
 * Commands on the configuration's proxies, servers and stick tables: statistics, server states and weights,
 * maxconn, frontends, tables and error captures; backends published, added and deleted at run time.
 */
public final class ProxyCommands implements CommandGroup {

    @Override
    public void register(CommandTable table) {
        table.command("show stat", new ShowStatCommand());
        table.command("clear counters", AccessLevel.OPERATOR, new ClearCountersCommand());
        table.command("show servers state", new ServersStateCommand());
        table.command("show servers conn", new ServersConnCommand());
        table.command("show backend", new ShowBackendCommand());
        table.command("show errors", AccessLevel.OPERATOR, new ShowErrorsCommand());
        table.command("set server", AccessLevel.ADMIN, new SetServerCommand());
        table.command("enable server", AccessLevel.ADMIN, ServerAdminCommands.enableServer());
        table.command("disable server", AccessLevel.ADMIN, ServerAdminCommands.disableServer());
        table.command("enable health", AccessLevel.ADMIN, ServerAdminCommands.enableHealth());
        table.command("disable health", AccessLevel.ADMIN, ServerAdminCommands.disableHealth());
        table.command("enable agent", AccessLevel.ADMIN, ServerAdminCommands.enableAgent());
        table.command("disable agent", AccessLevel.ADMIN, ServerAdminCommands.disableAgent());
        table.command("shutdown sessions server", AccessLevel.ADMIN, new ShutdownSessionsCommand());
        table.command("get weight", WeightCommands::get);
        table.command("set weight", AccessLevel.ADMIN, WeightCommands::set);
        table.command("set maxconn server", AccessLevel.ADMIN, MaxconnCommands::server);
        table.command("set maxconn frontend", AccessLevel.ADMIN, MaxconnCommands::frontend);
        table.command("set maxconn global", AccessLevel.ADMIN, MaxconnCommands::global);
        table.command("enable frontend", AccessLevel.ADMIN, FrontendCommands::enable);
        table.command("disable frontend", AccessLevel.ADMIN, FrontendCommands::disable);
        table.command("shutdown frontend", AccessLevel.ADMIN, FrontendCommands::shutdown);
        table.command("publish backend", AccessLevel.ADMIN, PublishCommands::publish);
        table.command("unpublish backend", AccessLevel.ADMIN, PublishCommands::unpublish);
        // add server sets its log context before it checks the level: it checks the level itself
        table.commandCheckingItsLevel("add server", new AddServerCommand());
        table.command("del server", AccessLevel.ADMIN, new DelServerCommand());
        table.command("add backend", AccessLevel.ADMIN, new AddBackendCommand());
        table.command("del backend", AccessLevel.ADMIN, new DelBackendCommand());
        table.command("wait", AccessLevel.ADMIN, new WaitCommand());
        table.command("show table", TableCommands::show);
        // the level clear table needs depends on the version: checked by the handler
        table.command("clear table", TableCommands::clear);
        // so does set table's: 3.2+ before reading its arguments, earlier versions once the entry is found
        table.command("set table", SetTableCommand::set);
    }
}
