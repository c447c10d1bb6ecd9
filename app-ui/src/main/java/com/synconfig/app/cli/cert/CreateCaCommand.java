package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.CertificateIssuer;
import com.synconfig.model.pki.KeySpec;
import com.synconfig.model.pki.SubjectAltNames;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "create-ca", description = "Create a local certificate authority (root certificate + encrypted key).")
final class CreateCaCommand extends CertSubcommand {

    @Mixin
    SubjectOptions subject;

    @Option(names = "--key", paramLabel = "TYPE", defaultValue = "rsa:3072",
            description = "rsa:2048|rsa:3072|rsa:4096|ec:p256|ec:p384 (default ${DEFAULT-VALUE}).")
    String key;

    @Option(names = "--days", defaultValue = "" + CertificateIssuer.DEFAULT_CA_DAYS, description = "Validity (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--out", defaultValue = "ca.pem", description = "CA certificate file (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--key-out", defaultValue = "ca-key.pem", description = "CA key file (default ${DEFAULT-VALUE}).")
    Path keyOut;

    @Option(names = "--passphrase-env", paramLabel = "VAR", description = "Environment variable holding the CA key's passphrase.")
    String passphraseEnv;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File whose first line is the CA key's passphrase.")
    Path passphraseFile;

    @Option(names = "--force", description = "Replace existing output files.")
    boolean force;

    @Override
    int execute() throws IOException {
        KeySpec spec = KeySpec.parse(key);
        var dn = subject.subject("SynConfig CA " + SubjectAltNames.localHostName());
        refuseOverwrite(force, out, keyOut);
        char[] passphrase = passphrases().read("--passphrase", passphraseEnv, passphraseFile, "the CA key",
                Passphrases.Need.NEW);
        X509Certificate ca = toolkit().createCa(dn, spec, days, passphrase, out, keyOut);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("CA certificate", out.toString());
        files.put("CA key (encrypted, owner-only)", keyOut.toString());
        printCreated(files, ca);
        return 0;
    }
}
