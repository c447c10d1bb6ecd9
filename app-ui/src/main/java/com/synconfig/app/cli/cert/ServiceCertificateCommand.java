package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.DistinguishedName;
import com.synconfig.model.pki.KeySpec;
import com.synconfig.model.pki.SubjectAltNames;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code issue} and {@code self-signed} share: the subject and key options, the service-ready {@code --out}
 * file, and the checks done before any key is made; subclasses only differ in who signs.
 */
abstract class ServiceCertificateCommand extends CertSubcommand {

    /** What the new certificate is for: its subject, names, key and the passphrases to read. */
    record Request(DistinguishedName subject, SubjectAltNames sans, KeySpec keySpec, Passphrases passphrases) {
    }

    @Mixin
    SubjectOptions subject;

    @Mixin
    ServerKeyOptions key;

    @Option(names = "--out", defaultValue = "rsynd.pem", description = "Service-ready file (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    final int execute() throws IOException {
        var spec = key.keySpec();
        var dn = subject.subject(SubjectAltNames.localHostName());
        var sans = subject.altNames();
        refuseOverwrite(key.force, out);
        X509Certificate cert = create(new Request(dn, sans, spec, passphrases()));
        printCreated(Map.of(outRole(), out.toString()), cert);
        return 0;
    }

    /** Makes the key and certificate and writes them to {@link #out}. */
    abstract X509Certificate create(Request request) throws IOException;

    /** How the written file is described, e.g. "service-ready certificate and key". */
    abstract String outRole();
}
