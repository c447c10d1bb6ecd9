package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.CertificateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "issue", description = "Issue a server certificate from the local CA; write a service-ready rsynd.pem.")
final class IssueCommand extends ServiceCertificateCommand {

    @Option(names = "--ca", required = true, paramLabel = "FILE", description = "The CA certificate (from create-ca).")
    Path ca;

    @Option(names = "--ca-key", required = true, paramLabel = "FILE", description = "The CA key (from create-ca).")
    Path caKey;

    @Option(names = "--ca-passphrase-env", paramLabel = "VAR", description = "Environment variable holding the CA key's passphrase.")
    String caPassphraseEnv;

    @Option(names = "--ca-passphrase-file", paramLabel = "FILE", description = "File whose first line is the CA key's passphrase.")
    Path caPassphraseFile;

    @Override
    X509Certificate create(Request r) throws IOException {
        char[] caPassphrase = r.passphrases().read("--ca-passphrase", caPassphraseEnv, caPassphraseFile, "the CA key",
                CertificateFiles.keyIsEncrypted(caKey) ? Passphrases.Need.EXISTING : Passphrases.Need.OPTIONAL);
        char[] keyPassphrase = key.passphrase(r.passphrases());
        return toolkit().issue(ca, caKey, caPassphrase, r.subject(), r.sans(), r.keySpec(), key.days, out, keyPassphrase);
    }

    @Override
    String outRole() {
        return "service-ready certificate, chain and key";
    }
}
