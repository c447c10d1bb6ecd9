package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.ServiceCredentials;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-reply", description = "Combine the CA's reply (PEM, DER or PKCS#7, with chain) and the kept key"
        + " into a service-ready rsynd.pem.")
final class ImportReplyCommand extends CertSubcommand {

    @Parameters(index = "0", paramLabel = "REPLY", description = "The signed certificate from the CA.")
    Path reply;

    @Option(names = "--key-file", required = true, paramLabel = "FILE", description = "The key written by 'cert request'.")
    Path keyFile;

    @Option(names = "--chain", paramLabel = "FILE", description = "Extra intermediate/root certificates, repeatable.")
    List<Path> chain = new ArrayList<>();

    @Mixin
    InputPassphraseOptions keyPassphrase;

    @Mixin
    NewPassphraseOptions newPassphrase;

    @Option(names = "--out", defaultValue = "rsynd.pem", description = "Service-ready file (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Replace an existing output file.")
    boolean force;

    @Override
    int execute() throws IOException {
        refuseOverwrite(force, out);
        Passphrases passphrases = passphrases();
        char[] in = keyPassphrase.forPemKey(passphrases, keyFile);
        char[] outPass = newPassphrase.read(passphrases, Passphrases.Need.OPTIONAL);
        ServiceCredentials credentials = toolkit().importReply(reply, chain, keyFile, in, out, outPass);
        printCreated(Map.of("service-ready certificate, chain (" + (credentials.chain().size() - 1)
                + " more) and key", out.toString()), credentials.chain().get(0));
        return 0;
    }
}
