package com.synconfig.server.store;

import com.synconfig.server.wire.ErrorCode;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * OPEN options in the original's qualifier style, e.g. {@code /encrypt/scl=3}: {@code /encrypt} asks for an
 * encrypted channel, {@code /scl=N} the client's security compliance level, {@code /recsiz=N} fixed-length
 * records for a sequential file.
 */
public record OpenOptions(boolean encrypt, OptionalInt scl, int recordSize) {

    public static OpenOptions parse(String text) {
        boolean encrypt = false;
        OptionalInt scl = OptionalInt.empty();
        int recsiz = 0;
        if (text != null && !text.isBlank()) {
            for (String part : text.trim().split("/")) {
                String q = part.trim().toLowerCase(Locale.ROOT);
                if (q.isEmpty()) {
                    continue;
                }
                if (q.equals("encrypt")) {
                    encrypt = true;
                } else if (q.startsWith("scl=")) {
                    scl = OptionalInt.of(number(q, "scl"));
                } else if (q.startsWith("recsiz=")) {
                    recsiz = number(q, "recsiz");
                } else {
                    throw new StoreException(ErrorCode.FILOPT, "unknown OPEN option '/" + part.trim()
                            + "'; known: /encrypt, /scl=N, /recsiz=N");
                }
            }
        }
        return new OpenOptions(encrypt, scl, recsiz);
    }

    private static int number(String q, String name) {
        try {
            int v = Integer.parseInt(q.substring(q.indexOf('=') + 1));
            if (v < 0 || v > com.synconfig.server.wire.Frames.MAX_RECORD) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new StoreException(ErrorCode.FILOPT, "/" + name + "= needs a number, got '/" + q + "'");
        }
    }
}
