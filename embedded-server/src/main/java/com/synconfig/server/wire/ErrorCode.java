package com.synconfig.server.wire;

/**
 * Errors a client can receive, by the original's mnemonic. The texts of {@link #CLNTERR} and {@link #NETCRYPT}
 * are the original's, verbatim (SPEC.md section 5); the others follow the original's mnemonics with our texts
 * (docs/protocol.md lists them all).
 */
public enum ErrorCode {
    EOF("$ERR_EOF", "End of file encountered"),
    RNF("$ERR_RNF", "Record not found"),
    LOCKED("$ERR_LOCKED", "Record is locked"),
    NODUPS("$ERR_NODUPS", "Duplicate key not allowed"),
    KEYNOT("$ERR_KEYNOT", "Key not same"),
    NOCURR("$ERR_NOCURR", "No current record"),
    FNF("$ERR_FNF", "File not found"),
    FILSPC("$ERR_FILSPC", "Bad file specification"),
    IOMODE("$ERR_IOMODE", "Illegal I/O mode for this operation"),
    FILOPT("$ERR_FILOPT", "Invalid file option"),
    FILUSE("$ERR_FILUSE", "File in use"),
    ILLCHN("$ERR_ILLCHN", "Illegal channel number"),
    BADKEY("$ERR_BADKEY", "Illegal key specified"),
    IRCSIZ("$ERR_IRCSIZ", "Invalid record size"),
    IOFAIL("$ERR_IOFAIL", "Bad I/O operation"),
    NETCRYPT("$ERR_NETCRYPT", "File requires network encryption"),
    CLNTERR("$ERR_CLNTERR", "Client server error, host:"),
    LOGIN("$ERR_LOGIN", "Invalid user name or password"),
    LOGINLIM("$ERR_LOGINLIM", "Too many failed logins; try again later"),
    PROTOCOL("$ERR_PROTOCOL", "Protocol error"),
    CONNLIM("$ERR_CONNLIM", "Too many connections; try again later"),
    SHUTDOWN("$ERR_SHUTDOWN", "Server is shutting down");

    /** The informational text a client sees when client and server share no protocol or suite. */
    public static final String NO_SHARED_PROTOCOL_INFO =
            "Error requesting secure connection: socket error: an EOF was observed that violates the protocol.";

    private final String mnemonic;
    private final String text;

    ErrorCode(String mnemonic, String text) {
        this.mnemonic = mnemonic;
        this.text = text;
    }

    public String mnemonic() {
        return mnemonic;
    }

    /** The text; for {@link #CLNTERR} without the host name, see {@link #clientServerError(String)}. */
    public String text() {
        return text;
    }

    /** {@code "Client server error, host:NAME"}. */
    public static String clientServerError(String host) {
        return CLNTERR.text + host;
    }

    public static ErrorCode fromMnemonic(String mnemonic) {
        for (ErrorCode c : values()) {
            if (c.mnemonic.equals(mnemonic)) {
                return c;
            }
        }
        throw new ProtocolException("unknown error mnemonic " + mnemonic);
    }
}
