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

    @Test
    void networkEncryptedFileOverTlsAndTheChannelAttributes() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (IsamFile f = IsamFile.create(data.resolve("secret.ism"),
                new IsamDefinition(8, List.of(KeySpec.parse("1:8")), true))) {
            f.insert("SECRET01".getBytes());
        }
        ServiceDefinition service = ServiceDefinition.named("EncSrv").toBuilder().encrypt(true)
                .certificateFile(serviceCertificate().toString()).build();
        try (FileServer server = new FileServer(new ServerSettings("EncSrv", "127.0.0.1", 0,
                ServiceTlsSource.of(service, Path.of(service.certificateFile()), null), Scl.LEVEL_3, false, "tester", LogLevel.BASIC, data,
                dir.resolve("users")))) {
            server.start();
            String port = Integer.toString(server.port());
            Cli read = Cli.run("client", "read", "secret.ism", "--host", "127.0.0.1", "--port", port);
            assertThat(read.exit()).as(read.err()).isZero();
            assertThat(read.out().trim()).isEqualTo("SECRET01");
            Cli sle = Cli.run("client", "getfa", "secret.ism", "SLE", "--encrypt", "--scl", "3", "--host", "127.0.0.1",
                    "--port", port);
            assertThat(sle.out().trim()).isEqualTo("1");
            Cli slc = Cli.run("client", "getfa", "secret.ism", "SLC", "--field-length", "30", "--encrypt", "--host",
                    "127.0.0.1", "--port", port);
            assertThat(slc.out()).startsWith("TLS_").hasSize(30 + System.lineSeparator().length());
            Cli open = Cli.run("client", "open", "secret.ism", "--host", "127.0.0.1", "--port", port);
            assertThat(open.out()).contains("encrypted: yes, TLSv1.3").contains("NETCRYPT: 1");
        }
    }
}
