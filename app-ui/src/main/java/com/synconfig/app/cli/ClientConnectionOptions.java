package com.synconfig.app.cli;

import com.synconfig.model.service.Scl;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.KnownServers;
import com.synconfig.server.client.ServerTrust;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every {@code synconfig client} command takes to reach a server. */
final class ClientConnectionOptions {

    @Option(names = "--host", defaultValue = "localhost", description = "Server host (default: ${DEFAULT-VALUE}).")
    String host;
    @Option(names = "--port", defaultValue = "2330", description = "Server port (default: ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--encrypt", description = "Ask for encryption from the start (/encrypt).")
    boolean encrypt;
    @Option(names = "--scl", paramLabel = "N", description = "Client security compliance level: 0, 2 or 3.")
    Integer scl;
    @Option(names = "--user", description = "User name for a secure-mode service.")
    String user;
    @Option(names = "--password-env", paramLabel = "VAR", description = "Environment variable holding the password.")
    String passwordEnv;
    @Option(names = "--ca", paramLabel = "FILE",
            description = "Trust servers whose certificate was issued by a CA in this PEM file and names the host.")
    Path caFile;
    @Option(names = "--pin", paramLabel = "sha256:FINGERPRINT",
            description = "Trust exactly the server certificate with this SHA-256 fingerprint.")
    String pin;

    /** Whether the user said whom to trust on this command line. */
    boolean trustGiven() {
        return caFile != null || pin != null;
    }

    /**
     * How the server's certificate is checked: {@code --ca}, else {@code --pin}, else the pin remembered in
     * {@code known}, else nothing known (the certificate is refused and its pin reported).
     */
    ServerTrust trust(KnownServers known) throws IOException {
        if (caFile != null && pin != null) {
            throw new IllegalArgumentException("give --ca or --pin, not both: one says whom this client trusts");
        }
        if (caFile != null) {
            return ServerTrust.authorities(caFile);
        }
        if (pin != null) {
            return ServerTrust.pinned(pin);
        }
        return known.trustFor(host, port);
    }

    ClientOptions toClientOptions(ServerTrust trust) {
        String password = null;
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) {
                throw new IllegalArgumentException("environment variable " + passwordEnv
                        + " is not set: export it with the password, or drop --password-env");
            }
        }
        if (user != null && password == null) {
            throw new IllegalArgumentException("--user needs --password-env VAR naming the variable with the password");
        }
        ClientOptions o = ClientOptions.of(host, port).encrypt(encrypt).login(user, password).trust(trust);
        return scl == null ? o : o.scl(Scl.of(scl));
    }

    /** The OPEN options these connection options imply: {@code /encrypt}, {@code /scl=N}. */
    String openQualifiers() {
        return (encrypt ? "/encrypt" : "") + (scl == null ? "" : "/scl=" + scl);
    }
}
