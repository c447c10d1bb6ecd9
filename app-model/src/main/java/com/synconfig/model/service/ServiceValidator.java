package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.util.Collection;
import java.util.List;

/** Applies every rule of SPEC.md sections 1-2 to a service, in the context of the other services on the host. */
public final class ServiceValidator {

    private final CertificateCheck certificateCheck;

    public ServiceValidator(CertificateCheck certificateCheck) {
        this.certificateCheck = certificateCheck;
    }

    /** Findings for one service; {@code all} are every service in the configuration (may include {@code service}). */
    public List<Finding> validate(ServiceDefinition service, Collection<ServiceDefinition> all) {
        throw new UnsupportedOperationException("not built yet");
    }
}
