package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.SubjectAltNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "request", description = "Make a key and a certificate request (PKCS#10) for a public CA;"
        + " shows the equivalent openssl command.")
final class RequestCommand extends CertSubcommand {

    @Mixin
    SubjectOptions subject;

    @Mixin
    ServerKeyOptions key;

    @Option(names = "--out", defaultValue = "rsynd.csr", description = "Request file to send to the CA (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--key-out", defaultValue = "rsynd-key.pem", description = "The new key; keep it (default ${DEFAULT-VALUE}).")
    Path keyOut;

    @Override
    int execute() throws IOException {
        var spec = key.keySpec();
        var dn = subject.subject(SubjectAltNames.localHostName());
        var sans = subject.altNames();
        refuseOverwrite(key.force, out, keyOut);
        char[] keyPassphrase = key.passphrase(passphrases());
        String command = toolkit().request(dn, sans, spec, out, keyOut, keyPassphrase);
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("request", out.toString());
            result.put("key", keyOut.toString());
            result.put("opensslCommand", command);
            printJson(result);
        } else {
            out().printf("Wrote certificate request: %s%nWrote its key (keep it for import-reply): %s%n", out, keyOut);
            out().printf("Send %s to your CA, then run: synconfig cert import-reply REPLY --key-file %s%n", out, keyOut);
            out().printf("The same with openssl:%n  %s%n", command);
            out().flush();
        }
        return 0;
    }
}
