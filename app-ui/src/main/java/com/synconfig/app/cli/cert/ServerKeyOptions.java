package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.CertificateIssuer;
import com.synconfig.model.pki.KeySpec;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The new server key and validity of issue / self-signed / request, and the optional passphrase for that key. */
final class ServerKeyOptions {

    @Option(names = "--key", paramLabel = "TYPE", defaultValue = "rsa:3072",
            description = "rsa:2048|rsa:3072|rsa:4096|ec:p256|ec:p384 (default ${DEFAULT-VALUE}).")
    String key;

    @Option(names = "--days", defaultValue = "" + CertificateIssuer.DEFAULT_SERVER_DAYS,
            description = "Validity in days (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--passphrase-env", paramLabel = "VAR",
            description = "Encrypt the new key with the passphrase in this environment variable (default: no passphrase;"
                    + " Windows and OpenVMS services cannot use one).")
    String passphraseEnv;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Encrypt the new key with the first line of FILE.")
    Path passphraseFile;

    @Option(names = "--force", description = "Replace existing output files.")
    boolean force;

    KeySpec keySpec() {
        return KeySpec.parse(key);
    }

    char[] passphrase(Passphrases passphrases) throws java.io.IOException {
        return passphrases.read("--passphrase", passphraseEnv, passphraseFile, "the server key", Passphrases.Need.OPTIONAL);
    }
}
