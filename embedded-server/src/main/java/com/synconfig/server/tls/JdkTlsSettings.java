package com.synconfig.server.tls;

import java.security.GeneralSecurityException;
import java.security.Security;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import javax.net.ssl.SSLContext;
import org.slf4j.LoggerFactory;

/**
 * The JDK engine's process-wide settings, applied once before JSSE is first used (the JDK reads them only then):
 * TLSv1.1 lifted from {@code jdk.tls.disabledAlgorithms} so SCL 2 services can accept TLS 1.1 clients (SCL 3
 * contexts still enable only TLSv1.2/TLSv1.3), and client-initiated renegotiation rejected (a DoS risk).
 * <p>
 * Applied by the composition roots only, first thing in {@code main} (the program's launcher, the benchmark
 * mains, the tests' launcher session): library code never does, so no class's load order decides what the JDK
 * sees. {@link #tls11Effective()} tells (and logs) when a process forgot.
 */
public final class JdkTlsSettings {

    public static final String DISABLED_ALGORITHMS = "jdk.tls.disabledAlgorithms";
    public static final String REJECT_RENEGOTIATION = "jdk.tls.rejectClientInitiatedRenegotiation";

    private static boolean applied;
    private static boolean lifted;
    private static boolean reported;

    private JdkTlsSettings() {
    }

    /** Applies the settings (idempotent). Call before anything in the process creates an {@code SSLContext}. */
    public static synchronized void apply() {
        if (applied) {
            return;
        }
        applied = true;
        System.setProperty(REJECT_RENEGOTIATION, "true");
        String current = Security.getProperty(DISABLED_ALGORITHMS);
        List<String> entries = entries(current);
        if (entries.removeIf(e -> e.equalsIgnoreCase("TLSv1.1"))) {
            Security.setProperty(DISABLED_ALGORITHMS, String.join(", ", entries));
            lifted = true; // said by tls11Effective(): logging here would start Logback in every process, also in
                           // the command line's short commands that never touch TLS
        }
    }

    /**
     * Whether the JDK really permits TLSv1.1 now. False when JSSE was initialised before {@link #apply()} ran (the
     * JDK had already read {@code jdk.tls.disabledAlgorithms}): its default client protocols then lack TLSv1.1.
     */
    public static synchronized boolean tls11Effective() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, null, null);
            boolean effective = Arrays.asList(ctx.getDefaultSSLParameters().getProtocols()).contains("TLSv1.1");
            if (!reported) {
                reported = true;
                Logger log = LoggerFactory.getLogger(JdkTlsSettings.class);
                if (!effective) {
                    log.error("TLS 1.1 cannot be enabled on the JDK TLS engine: JSSE was initialised before {} was"
                            + " adjusted; SCL 2 services will accept TLS 1.2 and 1.3 only", DISABLED_ALGORITHMS);
                } else if (lifted) {
                    log.info("TLSv1.1 lifted from {} so SCL 2 services on the JDK TLS engine can accept TLS 1.1"
                            + " clients; services at SCL 3 still enable only TLSv1.2 and TLSv1.3", DISABLED_ALGORITHMS);
                }
            }
            return effective;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The entries of {@code jdk.tls.disabledAlgorithms} as they stand now (after {@link #apply()}). */
    public static List<String> disabledEntries() {
        return entries(Security.getProperty(DISABLED_ALGORITHMS));
    }

    /**
     * The entry of {@code jdk.tls.disabledAlgorithms} that disables {@code ianaName}, or {@code null}.
     * Matches like the JDK: a whole-suite name or pattern ({@code TLS_RSA_*}) or one of the suite's parts (key
     * exchange {@code ECDH}, {@code anon}; cipher {@code 3DES_EDE_CBC}, {@code RC4}, {@code DES}, {@code NULL};
     * MAC {@code MD5}). Entries with constraints ({@code DH keySize < 1024}) restrict keys, not suites: skipped.
     */
    public static String disablingEntry(String ianaName, List<String> entries) {
        List<String> parts = parts(ianaName);
        for (String entry : entries) {
            if (entry.contains(" ")) {
                continue;
            }
            String e = entry.toUpperCase(Locale.ROOT);
            if (e.endsWith("*") ? ianaName.toUpperCase(Locale.ROOT).startsWith(e.substring(0, e.length() - 1))
                    : parts.contains(e)) {
                return entry;
            }
        }
        return null;
    }

    private static List<String> parts(String ianaName) {
        String n = ianaName.toUpperCase(Locale.ROOT).replaceFirst("^(TLS|SSL)_", "");
        List<String> parts = new ArrayList<>(List.of(ianaName.toUpperCase(Locale.ROOT)));
        int with = n.indexOf("_WITH_");
        if (with < 0) {
            return parts; // TLS 1.3 suites have no key exchange part
        }
        parts.addAll(List.of(n.substring(0, with).split("_")));
        String cipherAndMac = n.substring(with + 6);
        int macAt = cipherAndMac.lastIndexOf('_');
        String cipher = cipherAndMac.substring(0, macAt);
        parts.add(cipher);
        parts.add(cipherAndMac.substring(macAt + 1));
        parts.add(cipher.split("_")[0]);
        if (cipher.startsWith("DES_CBC") || cipher.startsWith("DES40")) {
            parts.add("DES");
        }
        return parts;
    }

    private static List<String> entries(String property) {
        List<String> out = new ArrayList<>();
        if (property != null) {
            for (String e : property.split(",")) {
                if (!e.isBlank()) {
                    out.add(e.trim());
                }
            }
        }
        return out;
    }
}
