package com.synconfig.server.tls;

import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslProvider;
import java.util.Locale;

/** The TLS engines the server can run on: BoringSSL through netty-tcnative, else the JDK's own (JSSE). */
public enum TlsEngine {
    BORINGSSL("BoringSSL", SslProvider.OPENSSL), JDK("JDK", SslProvider.JDK);

    /** System property that forces an engine ({@code boringssl} or {@code jdk}), e.g. to compare them. */
    public static final String ENGINE_PROPERTY = "synconfig.tls.engine";

    private final String label;
    private final SslProvider provider;

    TlsEngine(String label, SslProvider provider) {
        this.label = label;
        this.provider = provider;
    }

    public String label() {
        return label;
    }

    /** The netty provider that runs this engine, for servers and clients alike. */
    public SslProvider provider() {
        return provider;
    }

    /** Whether the engine loads here (BoringSSL needs netty-tcnative's native library for this OS). */
    public boolean isAvailable() {
        return this == JDK || OpenSsl.isAvailable();
    }

    /** Why the engine does not load, or {@code null} when it does. */
    public Throwable unavailabilityCause() {
        return this == JDK ? null : OpenSsl.unavailabilityCause();
    }

    /** The engine forced by {@value #ENGINE_PROPERTY}, else BoringSSL when it loads, else the JDK. */
    public static TlsEngine preferred() {
        String forced = System.getProperty(ENGINE_PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        if (forced.equals("jdk")) {
            return JDK;
        }
        if (forced.equals("boringssl") && !BORINGSSL.isAvailable()) {
            throw new IllegalStateException("-D" + ENGINE_PROPERTY + "=boringssl but BoringSSL does not load: "
                    + BORINGSSL.unavailabilityCause());
        }
        return BORINGSSL.isAvailable() ? BORINGSSL : JDK;
    }
}
