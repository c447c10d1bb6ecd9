package com.synconfig.app.cli.tls;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.app.cli.base.Json;
import com.synconfig.model.tls.CipherMode;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.OpenSslFormat;
import com.synconfig.model.tls.ServerOffer;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synconfig ciphers}: the suites a service offers, most preferred first, like {@code openssl ciphers}:
 * {@code -v} prints exactly OpenSSL's description lines, {@code -V} adds code points, {@code --stdname} IANA names.
 */
@Command(name = "ciphers", mixinStandardHelpOptions = true,
        description = {"List the TLS suites an encrypted service offers at an SCL, most preferred first.",
                "With --excluded, every other suite follows with the reason it is left out."})
public final class CiphersCommand implements Callable<Integer> {

    @Mixin
    TlsServiceOptions service;

    @Option(names = "-v", description = "Print OpenSSL's description lines (as 'openssl ciphers -v').")
    boolean verbose;

    @Option(names = "-V", description = "Like -v, with the code point first (as 'openssl ciphers -V').")
    boolean codes;

    @Option(names = "--stdname", description = "Put the IANA name before each description line (as OpenSSL's -stdname).")
    boolean stdname;

    @Option(names = "--excluded", description = "Also list the suites left out, each with its reason.")
    boolean excluded;

    @Option(names = "--json", description = "Print JSON: protocols, offered suites, excluded suites with reasons.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ServerOffer offer = service.offer();
        if (json) {
            out.println(Json.write(TlsJson.offer(offer)));
        } else if (verbose || codes || stdname) {
            offer.offered().forEach(s -> out.println(OpenSslFormat.line(s, codes, stdname)));
        } else {
            printTable(out, offer);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void printTable(PrintWriter out, ServerOffer offer) {
        out.printf("SCL %s on %s with an %s certificate: %s; %d suites offered, most preferred first%n",
                offer.scl().label(), offer.engine(), offer.keyType(), String.join(", ", offer.protocolNames()),
                offer.offered().size());
        int i = 1;
        for (CipherSuite s : offer.offered()) {
            out.printf(Locale.ROOT, "%3d  %-30s %-45s %s%n", i++, s.openSslName(), s.ianaName(), marks(s));
        }
        if (excluded) {
            out.printf("%d suites left out:%n", offer.excluded().size());
            offer.excluded().forEach(e -> out.printf(Locale.ROOT, "     %-30s %s%n", e.suite().openSslName(),
                    e.explanation()));
        }
    }

    /** What an admin should notice: no forward secrecy, CBC. */
    static String marks(CipherSuite s) {
        String fs = s.forwardSecret() ? "forward secrecy" : "NO forward secrecy";
        String mode = s.mode() == CipherMode.AEAD ? "AEAD" : s.mode().name();
        return fs + ", " + mode;
    }
}
