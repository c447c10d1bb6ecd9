package com.synconfig.model.pki;

import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which certificates of the configured services have expired or expire soon (the Certificates screen's banner): each
 * encrypted service's certificate file, as its layout (and so the server) finds it, judged by the shared
 * {@link CertificateReport}. A file that cannot be read is left to validation, which names the problem.
 */
public final class ServiceCertificateExpiry {

    private ServiceCertificateExpiry() {
    }

    /** @param options the time and the warning days ({@link CertificateRules#DEFAULT_WARN_DAYS}) expiry is judged by */
    public static List<CertificateExpiryWarning> check(List<ServiceDefinition> services, ServiceLayouts layouts,
            CertificateRules.Options options) {
        Map<Path, List<String>> users = new LinkedHashMap<>();
        for (ServiceDefinition service : services) {
            if (service.encrypt() && layouts.host().canCheckFilesOf(service.platform())) {
                layouts.certificateFile(service).map(f -> f.toAbsolutePath().normalize()).ifPresent(file ->
                        users.computeIfAbsent(file, f -> new ArrayList<>()).add(service.name()));
            }
        }
        List<CertificateExpiryWarning> out = new ArrayList<>();
        users.forEach((file, names) -> {
            try {
                for (PemObjectReport cert : CertificateReport.read(file, options).objects()) {
                    if (cert.expiry() == Expiry.EXPIRED || cert.expiry() == Expiry.EXPIRES_SOON) {
                        out.add(new CertificateExpiryWarning(file, names, cert.subject(), cert.expiry(), cert.daysLeft(),
                                cert.notAfter()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // unreadable: validation reports it with its fix
            }
        });
        return out;
    }
}
