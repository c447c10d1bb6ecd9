package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.Pkcs12Converter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "convert", description = {"Convert PKCS#12 (.p12/.pfx) <-> PEM, or re-write a key with or without a passphrase.",
        "The format follows the file name. PEM output has no passphrase unless --new-passphrase-env/-file is given."})
final class ConvertCommand extends CertSubcommand {

    @Parameters(index = "0", paramLabel = "IN", description = "PKCS#12 file, service PEM file or key file.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Mixin
    InputPassphraseOptions inPassphrase;

    @Mixin
    NewPassphraseOptions newPassphrase;

    @Option(names = "--force", description = "Replace an existing output file.")
    boolean force;

    @Override
    int execute() throws IOException {
        boolean sameFile = in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize());
        refuseOverwrite(force || sameFile, out);
        Passphrases passphrases = passphrases();
        char[] inPass = Pkcs12Converter.isPkcs12Name(in)
                ? inPassphrase.required(passphrases, "the PKCS#12 file " + in)
                : inPassphrase.forPemKey(passphrases, in);
        char[] outPass = newPassphrase.read(passphrases,
                Pkcs12Converter.isPkcs12Name(out) ? Passphrases.Need.NEW : Passphrases.Need.OPTIONAL);
        toolkit().convert(in, inPass, out, outPass);
        printCreated(Map.of(outPass == null ? "without passphrase" : "with passphrase", out.toString()), null);
        return 0;
    }
}
