package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.util.List;

/** One group of the rules in SPEC.md sections 1-2; {@link ServiceValidator} runs them all. */
interface ServiceRule {

    /**
     * @param service the service checked
     * @param others  every other service on the host (the checked one removed once)
     * @param out     where findings go, in the order the rule finds them
     */
    void check(ServiceDefinition service, List<ServiceDefinition> others, List<Finding> out);
}
