package com.synconfig.server.store;

import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file operation refused with one of the original's error codes; {@code info} says what exactly, in the client's
 * terms (its own path, a plain reason). The message adds what only the server's log should show: the cause, with
 * server paths and library details.
 */
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

    /** @param info the plain text for the client; {@code cause}'s details go only into the message (the log) */
    public StoreException(ErrorCode code, String info, Throwable cause) {
        super(code.mnemonic() + " " + code.text() + (info.isEmpty() ? "" : ": " + info) + " [" + cause + "]", cause);
        this.code = code;
        this.info = info;
    }

    /** A file's name, quoted and bounded as client text, for an answer about it: {@code 'cust.ism'}. */
    static String quotedName(Path file) {
        return "'" + ClientText.quote(file.getFileName().toString()) + "'";
    }

    /** An I/O failure on the file a client calls {@code name}: its name and the operating system's plain reason. */
    static StoreException io(ErrorCode code, String name, IOException e) {
        return new StoreException(code, "'" + name + "': " + plainReason(e), e);
    }

    /** Why an I/O operation failed, without the server-side path a {@link FileSystemException}'s message holds. */
    private static String plainReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() == null ? "the operating system refused it" : f.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage(); // errno texts: "Is a directory"
    }

    public ErrorCode code() {
        return code;
    }

    public String info() {
        return info;
    }
}
