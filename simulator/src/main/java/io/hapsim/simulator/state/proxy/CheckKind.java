package io.hapsim.simulator.state.proxy;

/** What a proxy's health checks test ("option httpchk" ...), hence the status and code of a check that passed. */
enum CheckKind {
    LAYER4(CheckStatus.L4OK, 0),
    SSL_HELLO(CheckStatus.L6OK, 0),
    HTTP(CheckStatus.L7OK, 200);

    private final CheckStatus status;
    private final int code;

    CheckKind(CheckStatus status, int code) {
        this.status = status;
        this.code = code;
    }

    CheckStatus status() {
        return status;
    }

    int code() {
        return code;
    }
}
