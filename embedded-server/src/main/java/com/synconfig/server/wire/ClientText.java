package com.synconfig.server.wire;

/**
 * Text that came from a client, made safe to echo in an answer or a log line: control characters escaped (a CR/LF
 * cannot forge a line) and the length bounded (an answer always fits in a wire string, a log line stays short).
 */
public final class ClientText {

    /** Most characters of client text quoted in an answer or a log line. */
    public static final int MAX_QUOTED = 256;

    private ClientText() {
    }

    /** {@code s} with control characters escaped, cut to {@value #MAX_QUOTED} characters plus a note of the rest. */
    public static String quote(String s) {
        return bounded(escape(s == null ? "" : s), MAX_QUOTED);
    }

    /** {@code s} cut to at most {@code max} characters, never inside a surrogate pair, with a note of what was cut. */
    public static String bounded(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "...(" + (s.length() - end) + " more characters)";
    }

    /** {@code s} with control characters escaped ({@code \n}, {@code \r}, {@code \t}, {@code \xNN}): one line. */
    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != 0x7F) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\x%02X", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }
}
