package io.hapsim.client.info;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParsersTest {

    @Test
    void showInfo() {
        ProcessInfo info = InfoParser.parse("Name: HAProxy\nVersion: 3.0.11-1+deb13u5\nRelease_date: 2026/11/18\n"
                + "Nbthread: 2\nPid: 1234\nUptime_sec: 35\nCurrConns: 0\nnode: \nTainted: 0\n");
        assertThat(info.name()).isEqualTo("HAProxy");
        assertThat(info.version()).isEqualTo("3.0.11-1+deb13u5");
        assertThat(info.releaseDate()).isEqualTo("2026/11/18");
        assertThat(info.threads()).hasValue(2);
        assertThat(info.pid()).hasValue(1234);
        assertThat(info.uptimeSeconds()).hasValue(35);
        assertThat(info.currentConnections()).hasValue(0);
        assertThat(info.get("node")).isEmpty();
        assertThat(info.fields().keySet()).startsWith("Name", "Version");
    }

    @Test
    void showStat() {
        List<StatRow> rows = StatParser.parse("# pxname,svname,qcur,scur,status,weight,type,\n"
                + "fe,FRONTEND,,0,OPEN,,0,\nbe,s1,0,3,UP,1,2,\nbe,BACKEND,0,3,UP,1,1,\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).service()).isEqualTo("FRONTEND");
        assertThat(rows.get(0).get("qcur")).isEmpty();
        StatRow s1 = rows.get(1);
        assertThat(s1.proxy()).isEqualTo("be");
        assertThat(s1.isServer()).isTrue();
        assertThat(s1.status()).isEqualTo("UP");
        assertThat(s1.currentSessions()).hasValue(3);
        assertThat(s1.weight()).hasValue(1);
        assertThat(rows.get(2).isServer()).isFalse();
    }
}
