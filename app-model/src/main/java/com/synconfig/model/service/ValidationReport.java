package com.synconfig.model.service;

import com.synconfig.model.check.Severity;
import java.util.Collection;
import java.util.List;

/**
 * Every rule applied to every service of a configuration: what {@code synconfig validate} prints and the program's
 * Validate all shows, from one call ({@link #of}).
 *
 * @param services each service checked with its findings, in the configuration's order
 */
public record ValidationReport(List<ServiceFindings> services) {

    public ValidationReport {
        services = List.copyOf(services);
    }

    /** Validates every service of {@code all} among the others. */
    public static ValidationReport of(ServiceValidator validator, Collection<ServiceDefinition> all) {
        return new ValidationReport(validator.validateAll(all));
    }

    /** The same report for only the services named (ignoring case), in the configuration's order. */
    public ValidationReport only(Collection<String> names) {
        return new ValidationReport(services.stream().filter(r -> names.stream()
                .anyMatch(n -> n.equalsIgnoreCase(r.service().name()))).toList());
    }

    public boolean hasErrors() {
        return ServiceFindings.anyError(services);
    }

    public long count(Severity severity) {
        return services.stream().flatMap(r -> r.findings().stream()).filter(f -> f.severity() == severity).count();
    }

    /** E.g. {@code 2 service(s) checked: 1 error(s), 0 warning(s).} */
    public String summary() {
        return services.size() + " service(s) checked: " + count(Severity.ERROR) + " error(s), "
                + count(Severity.WARNING) + " warning(s).";
    }

}
