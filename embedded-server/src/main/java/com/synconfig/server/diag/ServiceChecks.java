package com.synconfig.server.diag;

import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.CertificateLocation;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The checks of one encrypted service: its certificate file, its port, its data root. */
final class ServiceChecks {

    private static final int CONNECT_TIMEOUT_MS = 3000;

    private final DiagnosticEnvironment env;
    private final CertificateCheck certificates;

    ServiceChecks(DiagnosticEnvironment env, CertificateCheck certificates) {
        this.env = env;
        this.certificates = certificates;
    }

    List<CheckResult> run(ServiceDefinition service) {
        return List.of(certificate(service), port(service), dataRoot(service));
    }

    private CheckResult certificate(ServiceDefinition service) {
        String name = service.name() + " certificate";
        Optional<CertificateLocation> location = CertificateLocation.resolve(service, env.variables());
        if (location.isEmpty()) {
            return CheckResult.fail(name, "no certificate file: -cert is not set and DBLDIR is defined nowhere",
                    List.of(), "Set the service's certificate file, or DBLDIR in its environment (rsynd.pem is looked for there).");
        }
        Path file = Path.of(location.get().path());
        List<String> where = List.of(file + " (" + location.get().source().description() + ")");
        if (!Files.isRegularFile(file)) {
            return CheckResult.fail(name, "certificate file " + file + " does not exist", where,
                    "Create it (synconfig cert ...) or point the service at the right file.");
        }
        List<Finding> findings = certificates.check(service, file);
        Optional<Finding> error = findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
        Optional<Finding> warning = findings.stream().filter(f -> f.severity() == Severity.WARNING).findFirst();
        List<String> details = new java.util.ArrayList<>(where);
        findings.forEach(f -> details.add(f.toString()));
        if (error.isPresent()) {
            return CheckResult.fail(name, error.get().message(), details, error.get().fix());
        }
        if (warning.isPresent()) {
            return CheckResult.warn(name, warning.get().message(), details, warning.get().fix());
        }
        return CheckResult.pass(name, file + " holds a usable certificate and key", details);
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
            return CheckResult.pass(name, "not set: the service serves its own directory", List.of());
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
