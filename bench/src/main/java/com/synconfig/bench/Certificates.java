package com.synconfig.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Self-signed server certificates made by the real openssl binary: RSA-2048 and EC P-256. Each has a
 * certificate file, a key file (for {@code s_server}) and the service-ready PEM (certificate then key) our
 * server reads, so both servers present the very same certificate and key.
 */
record Certificates(Cert rsa, Cert ec) {

    enum KeyKind {
        RSA_2048("RSA-2048", List.of("-newkey", "rsa:2048")),
        EC_P256("EC P-256", List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"));

        final String label;
        final List<String> newKey;

        KeyKind(String label, List<String> newKey) {
            this.label = label;
            this.newKey = newKey;
        }
    }

    record Cert(KeyKind kind, Path cert, Path key, Path servicePem) {
    }

    static Certificates create(Path dir) throws IOException {
        return new Certificates(make(dir, KeyKind.RSA_2048), make(dir, KeyKind.EC_P256));
    }

    List<Cert> all() {
        return List.of(rsa, ec);
    }

    private static Cert make(Path dir, KeyKind kind) throws IOException {
        String base = kind.name().toLowerCase(java.util.Locale.ROOT);
        Path cert = dir.resolve(base + "-cert.pem");
        Path key = dir.resolve(base + "-key.pem");
        List<String> cmd = new java.util.ArrayList<>(List.of("openssl", "req", "-x509"));
        cmd.addAll(kind.newKey);
        cmd.addAll(List.of("-nodes", "-keyout", key.toString(), "-out", cert.toString(), "-days", "2",
                "-subj", "/CN=localhost"));
        Commands.output(cmd);
        Path pem = dir.resolve(base + "-service.pem");
        Files.writeString(pem, Files.readString(cert) + Files.readString(key));
        return new Cert(kind, cert, key, pem);
    }
}
