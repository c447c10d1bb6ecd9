package com.synconfig.app.gui.certificates;

import static com.synconfig.model.pki.OpenSslText.extension;
import static com.synconfig.model.pki.OpenSslText.extensionHeadings;
import static com.synconfig.model.pki.OpenSslText.line;
import static com.synconfig.model.pki.OpenSslText.under;
import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.ScriptedDialogs;
import com.synconfig.model.pki.ChainLink;
import com.synconfig.model.pki.ReportField;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Certificates screen's details of each certificate of a chain made by the real openssl agree with what
 * {@code openssl x509 -text} prints about it: names, serial, validity, key, signature, usages, CA flag, SANs, key
 * identifiers and the list of extensions; the root comes from the folder's local CA.
 */
class CertificateDetailsOpenSslTest {

    /** OpenSSL's signature algorithm names and the JDK's, for the algorithms the chain uses. */
    private static final Map<String, String> SIGNATURES = Map.of("sha256WithRSAEncryption", "SHA256withRSA",
            "sha384WithRSAEncryption", "SHA384withRSA", "ecdsa-with-SHA256", "SHA256withECDSA",
            "ecdsa-with-SHA384", "SHA384withECDSA");
    private static final DateTimeFormatter OPENSSL_TIME =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ENGLISH);

    @TempDir
    static Path folder;
    static OpenSslChain openssl;
    CertificatesViewModel vm;

    @BeforeAll
    static void chain() throws Exception {
        openssl = OpenSslChain.make(folder, 200);
    }

    @BeforeEach
    void screen() {
        vm = new CertificatesViewModel(folder, Clock.systemUTC(), new ScriptedDialogs(), options -> List.of());
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.file().endsWith("service.pem")).findFirst()
                .orElseThrow());
    }

    @Test
    void theChainRunsFromTheLocalCaThroughTheFileToTheServerCertificateWhichIsShownFirst() {
        assertThat(vm.chain()).extracting(ChainLink::origin).containsExactly(ChainLink.Origin.LOCAL_CA,
                ChainLink.Origin.INSPECTED, ChainLink.Origin.INSPECTED);
        assertThat(vm.chain().get(0).location()).isEqualTo(folder.resolve("ca.pem").toString());
        assertThat(vm.selectedLinkProperty().get()).isSameAs(vm.chain().get(2));
    }

    @Test
    void eachCertificatesDetailsAreWhatOpenSslX509TextSays() throws Exception {
        List<String> files = List.of(OpenSslChain.ROOT, OpenSslChain.INTERMEDIATE, OpenSslChain.LEAF);
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            vm.selectedLinkProperty().set(vm.chain().get(i));
            Map<String, String> shown = new LinkedHashMap<>();
            for (ReportField field : vm.details()) {
                shown.put(field.label(), field.value());
            }
            String text = openssl.ok("x509", "-in", openssl.file(file).toString(), "-noout", "-text");

            assertThat(openSslName(shown.get("Subject"))).as(file).isEqualTo(line(text, "Subject: "));
            assertThat(openSslName(shown.get("Issuer"))).as(file).isEqualTo(line(text, "Issuer: "));
            assertThat(shown.get("Serial")).as(file)
                    .isEqualTo(under(text, "Serial Number:").replace(":", "").toUpperCase(Locale.ROOT));
            assertThat(shown.get("Valid")).as(file).isEqualTo(instant(line(text, "Not Before: ")) + " to "
                    + instant(line(text, "Not After : ")));
            assertThat(shown.get("Key")).as(file).isEqualTo(text.contains("NIST CURVE: ")
                    ? "EC " + line(text, "NIST CURVE: ") : "RSA " + line(text, "Public-Key: (").replace(" bit)", "-bit"));
            assertThat(shown.get("Signature")).as(file).isEqualTo(SIGNATURES.get(line(text, "Signature Algorithm: ")));
            assertThat(shown.get("Key usage")).as(file).isEqualTo(extension(text, "X509v3 Key Usage"));
            assertThat(shown.get("EKU")).as(file).isEqualTo(text.contains("X509v3 Extended Key Usage")
                    ? extension(text, "X509v3 Extended Key Usage") : "(no extension: not restricted)");
            assertThat(shown.get("CA")).as(file).isEqualTo(text.contains("X509v3 Basic Constraints")
                    ? caFlag(extension(text, "X509v3 Basic Constraints")) : "no");
            assertThat(shown.get("SANs")).as(file).isEqualTo(text.contains("X509v3 Subject Alternative Name")
                    ? extension(text, "X509v3 Subject Alternative Name").replace("IP Address:", "IP:") : "(none)");
            assertThat(shown.get("SKI")).as(file).isEqualTo(extension(text, "X509v3 Subject Key Identifier"));
            assertThat(shown.get("AKI")).as(file).isEqualTo(extension(text, "X509v3 Authority Key Identifier"));
            assertThat(shown.get("Extensions")).as(file).isEqualTo(String.join(", ", extensionHeadings(text)));
            String fingerprint = openssl.ok("x509", "-in", openssl.file(file).toString(), "-noout", "-fingerprint",
                    "-sha256").trim();
            assertThat(shown.get("SHA-256")).as(file).isEqualTo(fingerprint.substring(fingerprint.indexOf('=') + 1));
        }
        assertThat(vm.details()).extracting(ReportField::label).contains("SANs");
    }

    /** RFC 2253 ({@code CN=a,O=b,C=c}) as {@code openssl x509 -text} writes a name ({@code C = c, O = b, CN = a}). */
    private static String openSslName(String rfc2253) {
        List<String> parts = new ArrayList<>(Arrays.asList(rfc2253.split(",")));
        Collections.reverse(parts);
        return String.join(", ", parts.stream().map(p -> p.replaceFirst("=", " = ")).toList());
    }

    private static String caFlag(String basicConstraints) {
        Matcher m = Pattern.compile("CA:(TRUE|FALSE)(?:, pathlen:(\\d+))?").matcher(basicConstraints);
        assertThat(m.matches()).as(basicConstraints).isTrue();
        return m.group(1).equals("FALSE") ? "no" : "yes, " + (m.group(2) == null ? "no path length limit"
                : "path length " + m.group(2));
    }

    private static Instant instant(String openSslTime) {
        return LocalDateTime.parse(openSslTime, OPENSSL_TIME).toInstant(ZoneOffset.UTC);
    }
}
