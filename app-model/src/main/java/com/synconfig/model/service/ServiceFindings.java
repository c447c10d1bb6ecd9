package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.util.Collection;
import java.util.List;

/** The findings for one service of a configuration. */
public record ServiceFindings(ServiceDefinition service, List<Finding> findings) {

    public ServiceFindings {
        findings = List.copyOf(findings);
    }

    /** The verdict on the service: {@code OK} without findings, else the name of its worst severity. */
    public String verdict() {
        return findings.stream().map(Finding::severity).min(Enum::compareTo).map(Enum::name).orElse("OK");
    }

    /** Whether any service in {@code results} has a finding of error severity. */
    public static boolean anyError(Collection<ServiceFindings> results) {
        return results.stream().anyMatch(r -> Finding.anyError(r.findings()));
    }
}
