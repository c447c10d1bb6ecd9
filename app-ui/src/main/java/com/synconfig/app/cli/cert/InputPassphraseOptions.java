package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.CertificateFiles;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The passphrase of a key a command reads ({@code --passphrase-env/-file}, else a prompt when the key needs one). */
final class InputPassphraseOptions {

    @Option(names = "--passphrase-env", paramLabel = "VAR", description = "Environment variable holding the key's passphrase.")
    String env;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File whose first line is the key's passphrase.")
    Path file;

    /** Asks (or requires an option) only when the key in {@code pemFile} is encrypted. */
    char[] forPemKey(Passphrases passphrases, Path pemFile) throws IOException {
        return passphrases.read("--passphrase", env, file, "the key in " + pemFile,
                CertificateFiles.keyIsEncrypted(pemFile) ? Passphrases.Need.EXISTING : Passphrases.Need.OPTIONAL);
    }

    /** Never prompts: for read-only commands that can report without the passphrase. */
    char[] ifGiven(Passphrases passphrases) throws IOException {
        return passphrases.read("--passphrase", env, file, "the key", Passphrases.Need.OPTIONAL);
    }

    char[] required(Passphrases passphrases, String what) throws IOException {
        return passphrases.read("--passphrase", env, file, what, Passphrases.Need.EXISTING);
    }
}
