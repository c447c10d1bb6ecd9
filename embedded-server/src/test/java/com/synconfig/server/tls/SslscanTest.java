package com.synconfig.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.synconfig.model.service.Scl;
import com.synconfig.model.tls.KeyType;
import com.synconfig.server.FileServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Debian's sslscan, a scanner nobody here wrote, against the running server: exactly the SCL's protocols, no weak suite. */
class SslscanTest {

    private static final Path SSLSCAN = Path.of("/usr/bin/sslscan");
    /** OpenSSL names of NULL, anonymous, EXPORT, RC4, DES/3DES and MD5 suites. */
    private static final java.util.regex.Pattern WEAK = java.util.regex.Pattern.compile(
            "NULL|^ADH-|^AECDH-|ANON|^EXP|RC4|(^|-)DES(-|$)|DES-CBC3|3DES|MD5");

    @TempDir
    static Path pki;
    static Path serviceFile;

    @TempDir
    Path dir;

    @BeforeAll
    static void certificate() throws Exception {
        // .ci/run installs sslscan, so in CI its absence is a failure; a developer machine without it skips.
        if (System.getenv("CI") != null) {
            assertThat(SSLSCAN).as("sslscan, which .ci/run installs").isExecutable();
        }
        assumeTrue(Files.isExecutable(SSLSCAN), "sslscan is not installed (apt-get install sslscan)");
        serviceFile = TestPki.makeServiceFile(pki, KeyType.RSA);
    }

    @ParameterizedTest
    @EnumSource(value = Scl.class, names = {"LEVEL_3", "LEVEL_2"})
    void sslscanSeesExactlyTheSclProtocolsAndNoWeakSuite(Scl scl) throws Exception {
        try (FileServer server = new FileServer(ServiceTlsTest.settings(dir, scl, serviceFile.toString()))) {
            server.start();
            String xml = TestCertificates.run(pki, List.of(SSLSCAN.toString(), "--xml=-", "--no-colour",
                    "127.0.0.1:" + server.port()));
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.substring(xml.indexOf("<?xml")).getBytes(StandardCharsets.UTF_8)));

            Set<String> enabled = new TreeSet<>();
            NodeList protocols = doc.getElementsByTagName("protocol");
            for (int i = 0; i < protocols.getLength(); i++) {
                Element p = (Element) protocols.item(i);
                if ("1".equals(p.getAttribute("enabled"))) {
                    enabled.add(p.getAttribute("type").toUpperCase() + "v" + p.getAttribute("version"));
                }
            }
            assertThat(enabled).as(xml).containsExactlyInAnyOrderElementsOf(
                    scl.protocols());

            List<String> accepted = new ArrayList<>();
            NodeList ciphers = doc.getElementsByTagName("cipher");
            for (int i = 0; i < ciphers.getLength(); i++) {
                Element c = (Element) ciphers.item(i);
                if (c.getAttribute("status").matches("accepted|preferred")) {
                    accepted.add(c.getAttribute("sslversion") + " " + c.getAttribute("cipher"));
                }
            }
            assertThat(accepted).as(xml).isNotEmpty();
            assertThat(accepted).as("weak suites accepted").noneMatch(suite -> WEAK.matcher(
                    suite.substring(suite.indexOf(' ') + 1).toUpperCase()).find());
        }
    }
}
