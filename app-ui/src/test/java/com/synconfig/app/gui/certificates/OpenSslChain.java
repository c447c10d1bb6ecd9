package com.synconfig.app.gui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A three-level chain made by the real {@code openssl} binary (req/x509 with extensions), as an admin keeps it in a
 * certificates folder: the root CA alone in {@code ca.pem} (the local CA), and a service file {@code service.pem}
 * holding the server certificate, the intermediate and the server key, but not the root. Each certificate alone
 * ({@link #ROOT}, {@link #INTERMEDIATE}, {@link #LEAF}) stays in the {@code openssl/} work folder below it.
 */
public final class OpenSslChain {

    public static final String ROOT = "root.pem";
    public static final String INTERMEDIATE = "inter.pem";
    public static final String LEAF = "leaf.pem";

    private final Path dir;

    private OpenSslChain(Path dir) {
        this.dir = dir;
    }

    /**
     * @param folder   the certificates folder that receives {@code ca.pem} and {@code service.pem}
     * @param leafDays the server certificate's validity, e.g. 10 to make it expire soon
     */
    public static OpenSslChain make(Path folder, int leafDays) throws Exception {
        Path dir = Files.createDirectories(folder.resolve("openssl"));
        OpenSslChain c = new OpenSslChain(dir);
        c.ok("req", "-x509", "-newkey", "rsa:2048", "-noenc", "-keyout", "root-key.pem", "-out", ROOT, "-days", "400",
                "-subj", "/C=DE/O=Example/CN=Details Root",
                "-addext", "basicConstraints=critical,CA:true,pathlen:1", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        c.ok("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384", "-noenc", "-keyout", "inter-key.pem",
                "-out", "inter.csr", "-subj", "/O=Example/OU=Servers/CN=Details Intermediate",
                "-addext", "basicConstraints=critical,CA:true,pathlen:0", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        c.ok("x509", "-req", "-in", "inter.csr", "-CA", ROOT, "-CAkey", "root-key.pem", "-CAcreateserial",
                "-copy_extensions", "copy", "-days", "300", "-sha384", "-out", INTERMEDIATE);
        c.ok("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "leaf-key.pem",
                "-out", "leaf.csr", "-subj", "/CN=details.example.test",
                "-addext", "subjectAltName=DNS:details.example.test,IP:192.0.2.7,email:admin@example.test",
                "-addext", "keyUsage=critical,digitalSignature", "-addext", "extendedKeyUsage=serverAuth,clientAuth");
        c.ok("x509", "-req", "-in", "leaf.csr", "-CA", INTERMEDIATE, "-CAkey", "inter-key.pem", "-CAcreateserial",
                "-copy_extensions", "copy", "-days", String.valueOf(leafDays), "-out", LEAF);
        Files.writeString(folder.resolve("ca.pem"), Files.readString(dir.resolve(ROOT)));
        Files.writeString(folder.resolve("service.pem"), Files.readString(dir.resolve(LEAF))
                + Files.readString(dir.resolve(INTERMEDIATE)) + Files.readString(dir.resolve("leaf-key.pem")));
        for (String scratch : List.of("root-key.pem", "inter-key.pem", "leaf-key.pem", "inter.csr", "leaf.csr")) {
            Files.delete(dir.resolve(scratch));
        }
        return c;
    }

    /** Runs {@code openssl args...} in the directory; requires exit code 0 and returns stdout and stderr. */
    public String ok(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("openssl %s\n%s", String.join(" ", args), out).isZero();
        return out;
    }

    /** A file of the work folder, e.g. {@link #LEAF}. */
    public Path file(String name) {
        return dir.resolve(name);
    }
}
