package com.synconfig.server.control;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.CertificateLocation;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.server.FileServer;
import com.synconfig.server.RollingServerLog;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.ServerStartException;
import com.synconfig.server.tls.ServiceTlsSource;
import com.synconfig.server.tls.TlsContextSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs one service in this process, the way every face starts a server (the systemd unit, a background process, the
 * tests): the full validation first (exactly what {@code validate} and the dialog judge: a service starts exactly
 * when it has no error), then its layout, log file, TLS (with an optional key passphrase), the server, and the
 * status file. One service per process: the log file is the process's.
 */
public final class ServiceRunner {

    private final ServiceValidator validator;
    private final ServiceLayouts layouts;

    public ServiceRunner(ServiceValidator validator, ServiceLayouts layouts) {
        this.validator = validator;
        this.layouts = layouts;
    }

    /**
     * @param all        every service of the configuration (ports must differ), may include {@code service}
     * @param passphrase the certificate key's passphrase, {@code null} when it has none
     * @throws ServerStartException naming every error finding, or why the server could not start
     */
    public RunningService start(ServiceDefinition service, Collection<ServiceDefinition> all, char[] passphrase)
            throws ServerStartException {
        Optional<String> refusal = refusal(validator, service, all);
        if (refusal.isPresent()) {
            throw new ServerStartException(refusal.get());
        }
        ServiceLayout layout = layouts.of(service);
        try {
            Files.createDirectories(layout.directory());
            Files.createDirectories(layout.logFile().toAbsolutePath().getParent());
            if (service.dataRoot() == null) {
                Files.createDirectories(layout.dataRoot());
            }
        } catch (IOException e) {
            throw new ServerStartException("service " + service.name() + " cannot start: cannot create " + e.getMessage()
                    + ". Fix: give the account the service runs as write access there.", e);
        }
        RollingServerLog.install(layout.logFile());
        FileServer server = new FileServer(ServerSettings.from(layout, tls(layout, passphrase)));
        try {
            server.start();
            return new RunningService(server, layout);
        } catch (ServerStartException | RuntimeException e) {
            server.stop();
            RollingServerLog.uninstall();
            throw e;
        }
    }

    /** Why validation refuses to start {@code service} (every error with its fix); empty when nothing does. */
    static Optional<String> refusal(ServiceValidator validator, ServiceDefinition service,
                                    Collection<ServiceDefinition> all) {
        List<Finding> errors = validator.validate(service, all).stream().filter(f -> f.severity().isError()).toList();
        return errors.isEmpty() ? Optional.empty() : Optional.of("service " + service.name() + " cannot start: "
                + errors.stream().map(Finding::messageAndFix).collect(Collectors.joining(" ")));
    }

    private static TlsContextSource tls(ServiceLayout layout, char[] passphrase) {
        if (!layout.service().encrypt()) {
            return null;
        }
        // validation has made sure there is one
        CertificateLocation certificate = layout.certificate().orElseThrow();
        return ServiceTlsSource.of(layout.service(), Path.of(certificate.path()), passphrase);
    }
}
