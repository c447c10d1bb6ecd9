package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Applies every rule of SPEC.md sections 1-2 to a service, in the context of the other services on the host. */
public final class ServiceValidator {

    private final List<ServiceRule> rules;

    /** Validates against this machine: its platform and this process's environment. */
    public ServiceValidator(CertificateCheck certificateCheck) {
        this(certificateCheck, HostEnvironment.current());
    }

    /**
     * @param certificateCheck judges the content of an existing, readable certificate file
     * @param host             the machine validation runs on (files are checked only for its platform)
     */
    public ServiceValidator(CertificateCheck certificateCheck, HostEnvironment host) {
        rules = List.of(new NameRule(), new PortRule(), new SecurityModeRule(),
                new CertificateRule(host, certificateCheck), new EnvironmentRule(), new RandomSourceRule(host),
                new DataRootRule(host));
    }

    /** Findings for one service; {@code all} are every service in the configuration (may include {@code service}). */
    public List<Finding> validate(ServiceDefinition service, Collection<ServiceDefinition> all) {
        List<ServiceDefinition> others = new ArrayList<>(all);
        others.remove(service);
        List<Finding> findings = new ArrayList<>();
        for (ServiceRule rule : rules) {
            rule.check(service, others, findings);
        }
        return List.copyOf(findings);
    }

    /** Findings for every service of a configuration, in its order. */
    public List<ServiceFindings> validateAll(Collection<ServiceDefinition> all) {
        List<ServiceFindings> results = new ArrayList<>();
        for (ServiceDefinition service : all) {
            results.add(new ServiceFindings(service, validate(service, all)));
        }
        return List.copyOf(results);
    }
}
