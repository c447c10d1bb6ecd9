package com.synconfig.server.check;

import java.io.IOException;

/** Nothing accepts a connection where the check looks: the service does not run there (the message says where). */
public final class NoAnswerException extends IOException {

    NoAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
