package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An encrypted service needs a certificate file that exists and can be read; its content is judged by the
 * {@link CertificateCheck} seam.
 */
final class CertificateRule implements ServiceRule {

    private static final String WHAT = "Certificate file";
    private final HostEnvironment host;
    private final CertificateCheck certificateCheck;

    CertificateRule(HostEnvironment host, CertificateCheck certificateCheck) {
        this.host = host;
        this.certificateCheck = certificateCheck;
    }

    @Override
    public void check(ServiceDefinition service, List<ServiceDefinition> others, List<Finding> out) {
        if (!service.encrypt()) {
            return;
        }
        // The program's own DBLDIR only says something about services configured for this machine.
        Map<String, String> processEnv = host.canCheckFilesOf(service.platform()) ? host.variables() : Map.of();
        Optional<CertificateLocation> location = CertificateLocation.resolve(service, processEnv);
        if (location.isEmpty()) {
            out.add(Finding.error("certificateFile", "Encryption is on, but no certificate file is set and DBLDIR"
                            + " is not defined, so the default " + ServiceDefinition.DEFAULT_CERTIFICATE + " cannot be found.",
                    "Set the certificate file (-cert=FILE), or define DBLDIR in the service's environment."));
            return;
        }
        CertificateLocation where = location.get();
        LocalFiles.local(service, host, "certificateFile", WHAT, where.path(), out)
                .ifPresent(file -> checkFile(service, file, where, out));
    }

    private void checkFile(ServiceDefinition service, Path file, CertificateLocation where, List<Finding> out) {
        String named = WHAT + " '" + file + "' (" + where.source().description() + ")";
        if (!Files.exists(file)) {
            out.add(Finding.error("certificateFile", named + " does not exist.",
                    "Put the server certificate and its private key (PEM) there, or set the certificate file to where they are."));
        } else if (Files.isDirectory(file)) {
            out.add(Finding.error("certificateFile", named + " is a directory.",
                    "Set the certificate file to the PEM file itself."));
        } else if (!LocalFiles.readable(file)) {
            out.add(Finding.error("certificateFile", named + " cannot be read.",
                    "Give the account the service runs as read permission on the file."));
        } else {
            out.addAll(certificateCheck.check(service, file));
        }
    }
}
