package com.synconfig.server.client;

import com.synconfig.model.service.Scl;
import java.time.Duration;

/**
 * How to reach a server: {@code encrypt} asks for TLS from the start (the original's {@code /encrypt}); {@code scl}
 * limits the protocols this client offers; {@code user}/{@code password} log in to a secure-mode service.
 */
public record ClientOptions(String host, int port, boolean encrypt, Scl scl, String user, String password,
                            Duration timeout) {

    public static ClientOptions of(String host, int port) {
        return new ClientOptions(host, port, false, Scl.DEFAULT, null, null, Duration.ofSeconds(30));
    }

    public ClientOptions encrypt(boolean on) {
        return new ClientOptions(host, port, on, scl, user, password, timeout);
    }

    public ClientOptions scl(Scl level) {
        return new ClientOptions(host, port, encrypt, level, user, password, timeout);
    }

    public ClientOptions login(String u, String p) {
        return new ClientOptions(host, port, encrypt, scl, u, p, timeout);
    }

    public ClientOptions timeout(Duration t) {
        return new ClientOptions(host, port, encrypt, scl, user, password, t);
    }
}
