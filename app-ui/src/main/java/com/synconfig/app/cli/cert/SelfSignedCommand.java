package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.SubjectAltNames;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "self-signed", description = "Make a self-signed server certificate and key in one step (quick start).")
final class SelfSignedCommand extends CertSubcommand {

    @Mixin
    SubjectOptions subject;

    @Mixin
    ServerKeyOptions key;

    @Option(names = "--out", defaultValue = "rsynd.pem", description = "Service-ready file (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    int execute() throws IOException {
        var spec = key.keySpec();
        var dn = subject.subject(SubjectAltNames.localHostName());
        var sans = subject.altNames();
        refuseOverwrite(key.force, out);
        char[] keyPassphrase = key.passphrase(passphrases());
        X509Certificate cert = toolkit().selfSigned(dn, sans, spec, key.days, out, keyPassphrase);
        printCreated(Map.of("service-ready certificate and key", out.toString()), cert);
        return 0;
    }
}
