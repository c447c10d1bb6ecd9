package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The {@code openssl req} command we show admins makes the same subject as our own request, whatever
 * characters the subject holds (slashes, quotes, commas, spaces): run through a real shell and openssl.
 */
class OpenSslCommandPropertyTest {

    @Provide
    Arbitrary<String> fieldValues() {
        return Arbitraries.strings().withChars("abcXYZ019 /\\',\"=+;-_.&$`*").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank() && s.trim().equals(s));
    }

    @Property(tries = 25)
    void shownCommandMakesTheSameSubject(@ForAll("fieldValues") String cn, @ForAll("fieldValues") String o,
            @ForAll("fieldValues") String ou) throws Exception {
        DistinguishedName dn = new DistinguishedName(cn, o, ou, null, null, "DE", null);
        Path dir = Files.createTempDirectory("req-prop");
        try {
            String command = CertificateRequests.opensslCommand(dn, SubjectAltNames.parse(List.of("DNS:a.test")),
                    KeySpec.EC_P256, "k.pem", "r.pem");
            Process p = new ProcessBuilder("sh", "-c", command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(command + "\n" + output).isZero();

            X500Principal theirs = new X500Principal(PemReader.read(dir.resolve("r.pem")).requests().get(0)
                    .getSubject().getEncoded());
            X500Principal ours = new X500Principal(dn.toX500Name().getEncoded());
            assertThat(theirs.getName(X500Principal.RFC2253)).as(command).isEqualTo(ours.getName(X500Principal.RFC2253));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
