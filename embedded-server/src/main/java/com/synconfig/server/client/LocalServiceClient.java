package com.synconfig.server.client;

import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.pki.ChainLink;
import com.synconfig.model.service.ServiceLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How this program reaches a service it runs on this machine, as a remote client would: its port on the loopback
 * address (services listen on every address), and, when it encrypts, trusting exactly the certificate its
 * certificate file holds (the certificate the server presents), so no trust on first use is needed.
 */
public final class LocalServiceClient {

    private static final String LOOPBACK = "127.0.0.1";

    private LocalServiceClient() {
    }

    /**
     * @param layout  where the service's files are: its certificate file
     * @param timeout how long to wait for the connection and each answer
     * @throws IOException when the service encrypts and its certificate file cannot be read (the message names it)
     */
    public static ClientOptions options(ServiceLayout layout, Duration timeout) throws IOException {
        ClientOptions options = ClientOptions.of(LOOPBACK, layout.service().port()).timeout(timeout);
        if (!layout.service().encrypt()) {
            return options;
        }
        Path file = Path.of(layout.certificate().orElseThrow(() -> new IOException("service "
                + layout.service().name() + " encrypts but names no certificate file: set one (or DBLDIR)")).path());
        List<ChainLink> chain = CertificateReport.read(file, CertificateRules.Options.defaults(null)).chain();
        if (chain.isEmpty()) {
            throw new IOException(file + " holds no certificate: the service cannot present one");
        }
        String served = chain.get(chain.size() - 1).certificate().sha256Fingerprint();
        return options.trust(ServerTrust.pinned("sha256:" + served));
    }
}
