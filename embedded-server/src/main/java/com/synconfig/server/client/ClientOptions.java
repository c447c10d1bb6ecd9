package com.synconfig.server.client;

import com.synconfig.model.service.RandomSourceRule;
import com.synconfig.model.service.Scl;
import java.time.Duration;
import java.util.List;

/**
 * How to reach a server: {@code encrypt} asks for TLS from the start (the original's {@code /encrypt}); {@code scl},
 * when not {@code null}, is the level the client asks for (the original's {@code /scl}): it limits the protocols this
 * client offers, and a service that does not encrypt is refused (without it the client offers what level 0 allows);
 * {@code onlyProtocols}, when not empty, narrows them further (like {@code openssl s_client -tls1_1}, to act as an
 * older client); {@code user}/{@code password} log in to a secure-mode service; {@code trust} decides which TLS
 * servers are the right ones; {@code randomSource} is the client's {@code SYNSSL_RAND} ({@code null}: unset).
 */
public record ClientOptions(String host, int port, boolean encrypt, Scl scl, List<String> onlyProtocols, String user,
                            String password, Duration timeout, ServerTrust trust, String randomSource) {

    public ClientOptions {
        onlyProtocols = List.copyOf(onlyProtocols);
        java.util.Objects.requireNonNull(trust, "trust");
    }

    /** Clear or TLS as the service wants, no level asked, nothing known about the server, this process's SYNSSL_RAND. */
    public static ClientOptions of(String host, int port) {
        return new ClientOptions(host, port, false, null, List.of(), null, null, Duration.ofSeconds(30),
                ServerTrust.nothingKnown(), System.getenv(RandomSourceRule.VARIABLE));
    }

    public ClientOptions encrypt(boolean on) {
        return new ClientOptions(host, port, on, scl, onlyProtocols, user, password, timeout, trust, randomSource);
    }

    public ClientOptions scl(Scl level) {
        return new ClientOptions(host, port, encrypt, level, onlyProtocols, user, password, timeout, trust, randomSource);
    }

    /** Offers only these protocols (JSSE names, e.g. {@code TLSv1.1}) of those the SCL allows. */
    public ClientOptions onlyProtocols(String... protocols) {
        return new ClientOptions(host, port, encrypt, scl, List.of(protocols), user, password, timeout, trust,
                randomSource);
    }

    public ClientOptions login(String u, String p) {
        return new ClientOptions(host, port, encrypt, scl, onlyProtocols, u, p, timeout, trust, randomSource);
    }

    public ClientOptions timeout(Duration t) {
        return new ClientOptions(host, port, encrypt, scl, onlyProtocols, user, password, t, trust, randomSource);
    }

    public ClientOptions trust(ServerTrust t) {
        return new ClientOptions(host, port, encrypt, scl, onlyProtocols, user, password, timeout, t, randomSource);
    }

    /** The client's {@code SYNSSL_RAND} ({@code null}: unset). */
    public ClientOptions randomSource(String value) {
        return new ClientOptions(host, port, encrypt, scl, onlyProtocols, user, password, timeout, trust, value);
    }

    /** The protocols this client offers: the SCL's, narrowed by {@link #onlyProtocols()}. */
    List<String> offeredProtocols() {
        return (scl == null ? Scl.DEFAULT : scl).protocols().stream()
                .filter(p -> onlyProtocols.isEmpty() || onlyProtocols.contains(p)).toList();
    }
}
