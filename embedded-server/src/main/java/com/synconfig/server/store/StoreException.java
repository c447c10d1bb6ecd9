package com.synconfig.server.store;

import com.synconfig.server.wire.ErrorCode;

/** A file operation refused with one of the original's error codes; {@code info} says what exactly. */
public final class StoreException extends RuntimeException {

    private final ErrorCode code;
    private final String info;

    public StoreException(ErrorCode code, String info) {
        super(code.mnemonic() + " " + code.text() + (info.isEmpty() ? "" : ": " + info));
        this.code = code;
        this.info = info;
    }

    public StoreException(ErrorCode code) {
        this(code, "");
    }

    public ErrorCode code() {
        return code;
    }

    public String info() {
        return info;
    }
}
