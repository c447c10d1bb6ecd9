package com.synconfig.server.client;

import com.synconfig.server.wire.ErrorCode;

/**
 * An error the server (or the connection to it) reported: the original's error code, its text, and an
 * informational text (empty when there is none).
 */
public class RemoteFileException extends Exception {

    private final ErrorCode code;
    private final String text;
    private final String info;

    public RemoteFileException(ErrorCode code, String text, String info) {
        super(info.isEmpty() ? text : text + "\n" + info);
        this.code = code;
        this.text = text;
        this.info = info;
    }

    public ErrorCode code() {
        return code;
    }

    /** The error's text, e.g. "File requires network encryption". */
    public String text() {
        return text;
    }

    public String info() {
        return info;
    }

    /** As a client reports it: the error's mnemonic, its text and the informational text, e.g. {@code $ERR_NETCRYPT: ...}. */
    public String describe() {
        return code.mnemonic() + ": " + getMessage();
    }

    static RemoteFileException clientServerError(String host, String info) {
        return new RemoteFileException(ErrorCode.CLNTERR, ErrorCode.clientServerError(host), info);
    }
}
