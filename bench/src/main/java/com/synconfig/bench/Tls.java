package com.synconfig.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The TLS protocols measured and what {@code openssl s_client} says a server negotiates. */
final class Tls {

    enum Protocol {
        TLS13("TLSv1.3", "-tls1_3"), TLS12("TLSv1.2", "-tls1_2");

        final String label;
        final String opensslFlag;

        Protocol(String label, String opensslFlag) {
            this.label = label;
            this.opensslFlag = opensslFlag;
        }
    }

    /** The suite (OpenSSL name) and key exchange group a server chose for an {@code s_client} handshake. */
    record Negotiated(String suite, String group) {
        @Override
        public String toString() {
            return suite + (group.isEmpty() ? "" : " / " + group);
        }
    }

    private static final Pattern CIPHER = Pattern.compile("Cipher is (\\S+)");
    private static final Pattern TEMP_KEY = Pattern.compile("(?:Server|Peer) Temp Key: ([^,\\n]+)");

    private Tls() {
    }

    static Negotiated probe(int port, Protocol protocol) {
        Commands.Result r = Commands.run(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port,
                protocol.opensslFlag), null, 60);
        Matcher c = CIPHER.matcher(r.output());
        if (!c.find() || c.group(1).equals("(NONE)")) {
            throw new IllegalStateException("no " + protocol.label + " handshake with port " + port + ": "
                    + r.output());
        }
        Matcher k = TEMP_KEY.matcher(r.output());
        return new Negotiated(c.group(1), k.find() ? k.group(1).trim() : "");
    }
}
