package com.synconfig.server.tls;

import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The production {@link TlsContextSource}: the service's certificate file, its SCL, {@link ServerTlsContexts}. */
public final class ServiceTlsSource {

    private ServiceTlsSource() {
    }

    /**
     * @param serviceDir where {@code rsynd.pem} is looked for when the service names no certificate and its
     *                   environment has no {@code DBLDIR}
     * @param passphrase the key's passphrase, {@code null} when it has none
     */
    public static TlsContextSource of(ServiceDefinition service, Path serviceDir, char[] passphrase) {
        return () -> {
            Path cert = certificatePath(service, serviceDir);
            if (!Files.isRegularFile(cert)) {
                throw new IOException("certificate file " + cert + " does not exist: create or import one, or point "
                        + "the service at its certificate (-cert=file)");
            }
            if (!Files.isReadable(cert)) {
                throw new IOException("certificate file " + cert + " cannot be read by this user: fix its permissions");
            }
            return ServerTlsContexts.forService(service, ServiceCredentials.load(cert, passphrase));
        };
    }

    /** {@code -cert=file} when given, else {@code rsynd.pem} in {@code DBLDIR}, else in the service directory. */
    public static Path certificatePath(ServiceDefinition service, Path serviceDir) {
        if (service.certificateFile() != null) {
            return Path.of(service.certificateFile());
        }
        String dbldir = service.environment().get(ServiceDefinition.DBLDIR);
        return (dbldir != null ? Path.of(dbldir) : serviceDir).resolve(ServiceDefinition.DEFAULT_CERTIFICATE);
    }
}
