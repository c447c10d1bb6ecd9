package com.synconfig.server.diag;

import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.CertificateLocation;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceValidator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of one encrypted service: its certificate file (judged by validation's own rules, so dltest and
 * {@code validate} never disagree), its port, its data root.
 */
final class ServiceChecks {

    private static final int CONNECT_TIMEOUT_MS = 3000;

    /** The field validation reports certificate findings on. */
    private static final String CERTIFICATE_FIELD = "certificateFile";

    private final DiagnosticEnvironment env;
    private final ServiceValidator validator;

    ServiceChecks(DiagnosticEnvironment env, CertificateCheck certificates) {
        this.env = env;
        this.validator = new ServiceValidator(certificates, new HostEnvironment(Platform.current(), env.variables()));
    }

    List<CheckResult> run(ServiceDefinition service) {
        return List.of(certificate(service), port(service), dataRoot(service));
    }

    /** The certificate as validation judges it (the same rules, the same file): dltest only words the verdict. */
    private CheckResult certificate(ServiceDefinition service) {
        String name = service.name() + " certificate";
        List<Finding> findings = validator.validate(service, List.of(service)).stream()
                .filter(f -> f.field().equals(CERTIFICATE_FIELD)).toList();
        List<String> details = new ArrayList<>();
        CertificateLocation.resolve(service, env.variables())
                .ifPresent(where -> details.add(where.path() + " (" + where.source().description() + ")"));
        findings.forEach(f -> details.add(f.toString()));
        Optional<Finding> error = findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
        Optional<Finding> warning = findings.stream().filter(f -> f.severity() == Severity.WARNING).findFirst();
        if (error.isPresent()) {
            return CheckResult.fail(name, error.get().message(), details, error.get().fix());
        }
        if (warning.isPresent()) {
            return CheckResult.warn(name, warning.get().message(), details, warning.get().fix());
        }
        return CheckResult.pass(name, "the certificate file holds a usable certificate and key", details);
    }

    private static CheckResult port(ServiceDefinition service) {
        String name = service.name() + " port";
        int port = service.port();
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
            return CheckResult.pass(name, "port " + port + " is free", List.of());
        } catch (IOException bindError) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MS);
                return CheckResult.pass(name, "port " + port + " has a listener (the service, if it is running)",
                        List.of("bind: " + bindError.getMessage()));
            } catch (IOException connectError) {
                return CheckResult.warn(name, "port " + port + " can neither be bound nor reached: "
                        + bindError.getMessage(), List.of("connect: " + connectError.getMessage()),
                        "Choose another port (1024-65535) or free this one.");
            }
        }
    }

    private static CheckResult dataRoot(ServiceDefinition service) {
        String name = service.name() + " data root";
        if (service.dataRoot() == null) {
            return CheckResult.pass(name, "not set: the service serves data/ in its own directory", List.of());
        }
        Path root = Path.of(service.dataRoot());
        if (!Files.isDirectory(root)) {
            return CheckResult.fail(name, "data root " + root + " is not a directory", List.of(),
                    "Create it or point the service's data root at an existing directory.");
        }
        if (!Files.isReadable(root) || !Files.isExecutable(root)) {
            return CheckResult.fail(name, "data root " + root + " cannot be read", List.of(),
                    "Give the account the service runs as read (and search) access to it.");
        }
        return CheckResult.pass(name, "data root " + root + " is readable", List.of());
    }
}
