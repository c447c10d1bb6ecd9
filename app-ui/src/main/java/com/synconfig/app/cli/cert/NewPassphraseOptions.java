package com.synconfig.app.cli.cert;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The passphrase for the key a command writes ({@code --new-passphrase-env/-file}); none means no passphrase. */
final class NewPassphraseOptions {

    @Option(names = "--new-passphrase-env", paramLabel = "VAR",
            description = "Protect the written key with the passphrase in this environment variable.")
    String env;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE",
            description = "Protect the written key with the first line of FILE.")
    Path file;

    char[] read(Passphrases passphrases, Passphrases.Need need) throws IOException {
        return passphrases.read("--new-passphrase", env, file, "the written key", need);
    }
}
