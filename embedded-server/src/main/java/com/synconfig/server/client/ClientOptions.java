package com.synconfig.server.client;

import com.synconfig.model.service.Scl;
import java.time.Duration;
import java.util.List;

/**
 * How to reach a server: {@code encrypt} asks for TLS from the start (the original's {@code /encrypt}); {@code scl},
 * when not {@code null}, is the level the client asks for (the original's {@code /scl}): it limits the protocols this
 * client offers, and a service that does not encrypt is refused (without it the client offers what level 0 allows); {@code onlyProtocols}, when not empty, narrows them further (like
 * {@code openssl s_client -tls1_1}, to act as an older client); {@code user}/{@code password} log in to a
 * secure-mode service.
 */
public record ClientOptions(String host, int port, boolean encrypt, Scl scl, List<String> onlyProtocols, String user,
                            String password, Duration timeout) {

    public ClientOptions {
        onlyProtocols = List.copyOf(onlyProtocols);
    }

    public static ClientOptions of(String host, int port) {
        return new ClientOptions(host, port, false, null, List.of(), null, null, Duration.ofSeconds(30));
    }

    public ClientOptions encrypt(boolean on) {
        return new ClientOptions(host, port, on, scl, onlyProtocols, user, password, timeout);
    }

    public ClientOptions scl(Scl level) {
        return new ClientOptions(host, port, encrypt, level, onlyProtocols, user, password, timeout);
    }

    /** Offers only these protocols (JSSE names, e.g. {@code TLSv1.1}) of those the SCL allows. */
    public ClientOptions onlyProtocols(String... protocols) {
        return new ClientOptions(host, port, encrypt, scl, List.of(protocols), user, password, timeout);
    }

    public ClientOptions login(String u, String p) {
        return new ClientOptions(host, port, encrypt, scl, onlyProtocols, u, p, timeout);
    }

    public ClientOptions timeout(Duration t) {
        return new ClientOptions(host, port, encrypt, scl, onlyProtocols, user, password, t);
    }

    /** The protocols this client offers: the SCL's, narrowed by {@link #onlyProtocols()}. */
    List<String> offeredProtocols() {
        return (scl == null ? Scl.DEFAULT : scl).protocols().stream().filter(p -> onlyProtocols.isEmpty() || onlyProtocols.contains(p)).toList();
    }
}
