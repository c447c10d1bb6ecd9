package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.tls.ServiceTlsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synconfig client} against an encrypted service (certificate made by the real openssl). */
class EncryptedClientCliTest {

    @TempDir
    Path dir;

    private Path serviceCertificate() throws Exception {
        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        Path pem = dir.resolve("rsynd.pem");
        Files.writeString(pem, Files.readString(cert) + Files.readString(key));
        return pem;
    }

    /** A started encrypted service on an ephemeral port serving {@code data/}, with the certificate {@code pem}. */
    private FileServer encryptedServer(Path pem) throws Exception {
        ServiceDefinition service = ServiceDefinition.named("EncSrv").toBuilder().encrypt(true)
                .certificateFile(pem.toString()).build();
        FileServer server = new FileServer(new ServerSettings("EncSrv", "127.0.0.1", 0,
                ServiceTlsSource.of(service, pem, null), Scl.LEVEL_3, false, "tester", LogLevel.BASIC,
                Files.createDirectories(dir.resolve("data")), dir.resolve("users")));
        server.start();
        return server;
    }

    @Test
    void networkEncryptedFileOverTlsAndTheChannelAttributes() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (IsamFile f = IsamFile.create(data.resolve("secret.ism"),
                new IsamDefinition(8, List.of(KeySpec.parse("1:8")), true))) {
            f.insert("SECRET01".getBytes());
        }
        Path pem = serviceCertificate();
        try (FileServer server = encryptedServer(pem)) {
            String port = Integer.toString(server.port());
            String pin = opensslPin(pem);
            Cli read = client("read", "secret.ism", "--port", port, "--pin", pin);
            assertThat(read.exit()).as(read.err()).isZero();
            assertThat(read.out().trim()).isEqualTo("SECRET01");
            Cli sle = client("getfa", "secret.ism", "SLE", "--encrypt", "--scl", "3", "--port", port, "--pin", pin);
            assertThat(sle.out().trim()).isEqualTo("1");
            Cli slc = client("getfa", "secret.ism", "SLC", "--field-length", "30", "--encrypt", "--port", port,
                    "--pin", pin);
            assertThat(slc.out()).startsWith("TLS_").hasSize(30 + System.lineSeparator().length());
            Cli open = client("open", "secret.ism", "--port", port, "--pin", pin);
            assertThat(open.out()).contains("encrypted: yes, TLSv1.3").contains("NETCRYPT: 1");
        }
    }

    /** The server's fingerprint as 'openssl x509 -fingerprint -sha256' prints it, written as a pin. */
    private static String opensslPin(Path pem) throws Exception {
        Process p = new ProcessBuilder("openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in", pem.toString())
                .redirectErrorStream(true).start();
        String line = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.waitFor()).isZero();
        return "sha256:" + line.substring(line.indexOf('=') + 1);
    }

    private Cli client(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--config", dir.resolve("synconfig.ini").toString(),
                "client"));
        all.addAll(List.of(args));
        all.addAll(List.of("--host", "127.0.0.1"));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void anUnknownServerIsRefusedWithTheExactPinAndAWrongPinIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.txt"), "x\n");
        Path pem = serviceCertificate();
        try (FileServer server = encryptedServer(pem)) {
            String port = Integer.toString(server.port());
            String pin = opensslPin(pem);
            Cli unknown = client("read", "a.txt", "--port", port);
            assertThat(unknown.exit()).isEqualTo(2);
            assertThat(unknown.out()).isEmpty();
            assertThat(unknown.err()).contains("$ERR_CLNTERR: Client server error, host:127.0.0.1",
                    "CN=localhost, " + pin + ") is not trusted", "run again with --pin " + pin + " ");

            Cli wrong = client("read", "a.txt", "--port", port, "--pin", "sha256:" + "00".repeat(32));
            assertThat(wrong.exit()).isEqualTo(2);
            assertThat(wrong.err()).contains("its fingerprint is " + pin + ", not the pinned sha256:00:00:");

            Cli bad = client("read", "a.txt", "--port", port, "--pin", "md5:1234");
            assertThat(bad.exit()).isEqualTo(2);
            assertThat(bad.err()).contains("'md5:1234' is not a certificate pin");

            Cli both = client("read", "a.txt", "--port", port, "--pin", pin, "--ca", pem.toString());
            assertThat(both.exit()).isEqualTo(2);
            assertThat(both.err()).contains("give --ca or --pin, not both");

            Files.writeString(dir.resolve("known-servers"), "127.0.0.1:" + port + " " + pin + "\n");
            Cli remembered = client("read", "a.txt", "--port", port);
            assertThat(remembered.exit()).as(remembered.err()).isZero();
            assertThat(remembered.out().trim()).isEqualTo("x");
        }
    }

    /** At a real terminal (util-linux 'script' gives the launcher one) the user is offered trust on first use. */
    @Test
    void aPersonAtATerminalTrustsOnFirstUseAndTheServerIsRemembered() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.txt"), "x\n");
        Path pem = serviceCertificate();
        try (FileServer server = encryptedServer(pem)) {
            String port = Integer.toString(server.port());
            String launcher = String.join(" ", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "com.synconfig.app.Launcher", "--config",
                    dir.resolve("synconfig.ini").toString(), "client", "read", "a.txt", "--host", "127.0.0.1",
                    "--port", port);
            Process p = new ProcessBuilder("script", "-qec", launcher, "/dev/null").redirectErrorStream(true).start();
            p.getOutputStream().write("y\n".getBytes());
            p.getOutputStream().flush();
            String terminal = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(terminal).isZero();
            assertThat(terminal).contains("This server is not known yet", "SHA-256: " + opensslPin(pem),
                    "Trust it and remember it in " + dir.resolve("known-servers"), "x");
            assertThat(Files.readString(dir.resolve("known-servers")))
                    .isEqualTo("127.0.0.1:" + port + " " + opensslPin(pem) + "\n");
            Cli again = client("read", "a.txt", "--port", port);
            assertThat(again.exit()).as("no terminal now: the remembered pin is used").isZero();
        }
    }
}
