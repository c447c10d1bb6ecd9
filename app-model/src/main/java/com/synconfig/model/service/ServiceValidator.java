package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Applies every rule of SPEC.md sections 1-2 to a service, in the context of the other services on the host. */
public final class ServiceValidator {

    private final List<ServiceRule> rules;

    /**
     * Every rule, including those that need to know where the service's files are (a data root must not hold them).
     *
     * @param certificateCheck judges the content of an existing, readable certificate file
     * @param layouts          where the services' files are, on the machine validation runs on
     */
    public ServiceValidator(CertificateCheck certificateCheck, ServiceLayouts layouts) {
        this(certificateCheck, layouts.host(), new DataRootPrivacyRule(layouts));
    }

    /**
     * The rules that need no configuration file (a service being edited for another machine, tests).
     *
     * @param certificateCheck judges the content of an existing, readable certificate file
     * @param host             the machine validation runs on (files are checked only for its platform)
     */
    public ServiceValidator(CertificateCheck certificateCheck, HostEnvironment host) {
        this(certificateCheck, host, null);
    }

    private ServiceValidator(CertificateCheck certificateCheck, HostEnvironment host, ServiceRule layoutRule) {
        List<ServiceRule> all = new ArrayList<>(List.of(new NameRule(), new PortRule(), new SecurityModeRule(),
                new CertificateRule(host, certificateCheck), new EnvironmentRule(), new RandomSourceRule(host),
                new DataRootRule(host), (service, others, out) -> service.limits().check(out)));
        if (layoutRule != null) {
            all.add(layoutRule);
        }
        rules = List.copyOf(all);
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
