package com.synconfig.app.cli.cert;

import java.io.IOException;
import java.security.cert.X509Certificate;
import picocli.CommandLine.Command;

@Command(name = "self-signed", description = "Make a self-signed server certificate and key in one step (quick start).")
final class SelfSignedCommand extends ServiceCertificateCommand {

    @Override
    X509Certificate create(Request r) throws IOException {
        char[] keyPassphrase = key.passphrase(r.passphrases());
        return toolkit().selfSigned(r.subject(), r.sans(), r.keySpec(), key.days, out, keyPassphrase);
    }

    @Override
    String outRole() {
        return "service-ready certificate and key";
    }
}
