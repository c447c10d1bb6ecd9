package com.synconfig.bench;

import java.util.List;
import java.util.Locale;

/**
 * The cipher's own limit: {@code openssl speed -evp CIPHER -bytes 16384} (16 KiB, a full TLS record), in MB
 * (10^6 bytes) per CPU-second of one core, the median of several runs.
 *
 * @param evp the OpenSSL cipher name measured, matching the negotiated suite
 */
record CipherSpeed(String evp, double megabytesPerSecond) {

    static CipherSpeed measure(String suite, int repetitions) {
        String evp = evpFor(suite);
        double[] v = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            String out = Commands.output(List.of("openssl", "speed", "-evp", evp, "-bytes", "16384", "-seconds", "1"));
            String[] lines = out.trim().split("\n");
            String[] f = lines[lines.length - 1].trim().split("\\s+");
            String k = f[f.length - 1];
            v[i] = Double.parseDouble(k.substring(0, k.length() - 1)) * 1000 / 1e6; // "1234.56k" = 1000s of bytes/s
        }
        return new CipherSpeed(evp, Stats.median(v));
    }

    /** The OpenSSL cipher behind a suite name (TLS 1.3 or OpenSSL TLS 1.2 style). */
    static String evpFor(String suite) {
        String s = suite.toUpperCase(Locale.ROOT).replace('_', '-');
        if (s.contains("CHACHA20")) {
            return "chacha20-poly1305";
        }
        if (s.contains("AES-128-GCM") || s.contains("AES128-GCM")) {
            return "aes-128-gcm";
        }
        return "aes-256-gcm";
    }
}
