package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.CertificateFiles;
import com.synconfig.model.pki.SubjectAltNames;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "issue", description = "Issue a server certificate from the local CA; write a service-ready rsynd.pem.")
final class IssueCommand extends CertSubcommand {

    @Mixin
    SubjectOptions subject;

    @Mixin
    ServerKeyOptions key;

    @Option(names = "--ca", required = true, paramLabel = "FILE", description = "The CA certificate (from create-ca).")
    Path ca;

    @Option(names = "--ca-key", required = true, paramLabel = "FILE", description = "The CA key (from create-ca).")
    Path caKey;

    @Option(names = "--ca-passphrase-env", paramLabel = "VAR", description = "Environment variable holding the CA key's passphrase.")
    String caPassphraseEnv;

    @Option(names = "--ca-passphrase-file", paramLabel = "FILE", description = "File whose first line is the CA key's passphrase.")
    Path caPassphraseFile;

    @Option(names = "--out", defaultValue = "rsynd.pem", description = "Service-ready file (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    int execute() throws IOException {
        var spec = key.keySpec();
        var dn = subject.subject(SubjectAltNames.localHostName());
        var sans = subject.altNames();
        refuseOverwrite(key.force, out);
        Passphrases passphrases = passphrases();
        char[] caPassphrase = passphrases.read("--ca-passphrase", caPassphraseEnv, caPassphraseFile, "the CA key",
                CertificateFiles.keyIsEncrypted(caKey) ? Passphrases.Need.EXISTING : Passphrases.Need.OPTIONAL);
        char[] keyPassphrase = key.passphrase(passphrases);
        X509Certificate cert = toolkit().issue(ca, caKey, caPassphrase, dn, sans, spec, key.days, out, keyPassphrase);
        printCreated(Map.of("service-ready certificate, chain and key", out.toString()), cert);
        return 0;
    }
}
