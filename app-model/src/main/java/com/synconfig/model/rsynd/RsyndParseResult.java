package com.synconfig.model.rsynd;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.ServiceDefinition;
import java.util.List;

/**
 * The outcome of parsing an {@code rsynd} command line: the service (absent when an error made it
 * meaningless) and every finding (unknown options, bad values, the deprecated {@code -cipher=}).
 */
public record RsyndParseResult(ServiceDefinition service, List<Finding> findings) {

    public RsyndParseResult {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return service != null && !Finding.anyError(findings);
    }
}
