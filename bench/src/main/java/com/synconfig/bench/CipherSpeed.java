package com.synconfig.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cipher's own limit: {@code openssl speed -evp CIPHER -bytes 16384} (16 KiB, a full TLS record), in MB
 * (10^6 bytes) per CPU-second of one core. It is measured once in every repetition, beside the transfers it bounds,
 * and each transfer is divided by the figure of its own repetition, as the transfers are by s_server's: this shared
 * machine's speed drifts between the start and the end of a section.
 */
final class CipherSpeed {

    private final String evp;
    private final List<Double> megabytesPerSecond = new ArrayList<>();

    /** The cipher behind {@code suite}; nothing measured yet. */
    CipherSpeed(String suite) {
        this.evp = evpFor(suite);
    }

    /** The OpenSSL cipher name measured. */
    String evp() {
        return evp;
    }

    /** Measures once more: one second of {@code openssl speed}. */
    void measure() {
        String out = Commands.output(List.of("openssl", "speed", "-evp", evp, "-bytes", "16384", "-seconds", "1"));
        String[] lines = out.trim().split("\n");
        String[] f = lines[lines.length - 1].trim().split("\\s+");
        String k = f[f.length - 1];
        // "1234.56k": thousands of bytes a second
        megabytesPerSecond.add(Double.parseDouble(k.substring(0, k.length() - 1)) * 1000 / 1e6);
    }

    /** The median of the repetitions' figures. */
    double megabytesPerSecond() {
        return Stats.median(figures());
    }

    /** The median over the repetitions of a transfer's MB per server CPU-second over its repetition's cipher figure. */
    double medianShare(List<Sample> transfers) {
        return Stats.medianRatio(transfers.stream().mapToDouble(t -> t.perCpuSecond() / 1e6).toArray(), figures());
    }

    private double[] figures() {
        return megabytesPerSecond.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The OpenSSL cipher behind a suite name (TLS 1.3 or OpenSSL TLS 1.2 style). */
    private static String evpFor(String suite) {
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
