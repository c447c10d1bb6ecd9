package com.synconfig.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our description lines against the real {@code openssl ciphers}, byte for byte, for every suite it lists. */
class OpenSslFormatInteropTest {

    static Stream<Arguments> listings() {
        List<List<String>> selections = List.of(
                List.of("-s", "-tls1_2", "HIGH:!aNULL"),
                List.of("-s", "-tls1_3", "HIGH:!aNULL"),
                List.of("-s", "ALL"),
                List.of("ALL:COMPLEMENTOFALL:@SECLEVEL=0"));
        List<Arguments> out = new ArrayList<>();
        for (List<String> selection : selections) {
            for (boolean codes : new boolean[] {false, true}) {
                for (boolean stdnames : new boolean[] {false, true}) {
                    out.add(Arguments.of(selection, codes, stdnames));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "openssl ciphers {0} -V={1} -stdname={2}")
    @MethodSource("listings")
    void everyLineEqualsOpenSsl(List<String> selection, boolean codes, boolean stdnames) throws Exception {
        List<String> args = new ArrayList<>(List.of("ciphers", codes ? "-V" : "-v"));
        if (stdnames) {
            args.add("-stdname");
        }
        args.addAll(selection);
        List<String> real = OpenSslBinary.run(args.toArray(String[]::new));

        List<String> ours = new ArrayList<>();
        for (String line : real) {
            String[] parts = line.split(" - ");
            String openSslName = parts[parts.length - 1].split(" ")[0];
            ours.add(OpenSslFormat.line(CipherCatalog.standard().require(openSslName), codes, stdnames));
        }
        assertThat(real).isNotEmpty();
        assertThat(ours).containsExactlyElementsOf(real);
    }

    @ParameterizedTest(name = "describe({0})")
    @MethodSource("engineNames")
    void describeAcceptsEveryNameAnEngineReports(String engineName, String expected) {
        assertThat(CipherDescriptions.describe(engineName)).isEqualTo(expected);
    }

    static Stream<Arguments> engineNames() {
        String gcm = "AES256-GCM-SHA384              TLSv1.2 Kx=RSA      Au=RSA   Enc=AESGCM(256)            Mac=AEAD";
        String tls13 = "TLS_AES_128_GCM_SHA256         TLSv1.3 Kx=any      Au=any   Enc=AESGCM(128)            Mac=AEAD";
        return Stream.of(
                Arguments.of("TLS_RSA_WITH_AES_256_GCM_SHA384", gcm),
                Arguments.of("SSL_RSA_WITH_AES_256_GCM_SHA384", gcm),
                Arguments.of("AES256-GCM-SHA384", gcm),
                Arguments.of("TLS_AES_128_GCM_SHA256", tls13),
                Arguments.of("AEAD-AES128-GCM-SHA256", tls13));
    }
}
