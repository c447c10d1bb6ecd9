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
     * @param certificate the service's certificate file, as its layout resolves it
     *                    ({@link com.synconfig.model.service.ServiceLayout#certificate()})
     * @param passphrase  the key's passphrase, {@code null} when it has none
     */
    public static TlsContextSource of(ServiceDefinition service, Path certificate, char[] passphrase) {
        return () -> {
            if (!Files.isRegularFile(certificate)) {
                throw new IOException("certificate file " + certificate + " does not exist: create or import one, or "
                        + "point the service at its certificate (-cert=file)");
            }
            if (!Files.isReadable(certificate)) {
                throw new IOException("certificate file " + certificate + " cannot be read by this user: fix its "
                        + "permissions");
            }
            return ServerTlsContexts.forService(service, ServiceCredentials.load(certificate, passphrase));
        };
    }
}
