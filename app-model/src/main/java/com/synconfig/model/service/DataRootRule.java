package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.nio.file.Files;
import java.util.List;

/** The data root, when set, is an existing directory (missing is a warning: it can be created before the start). */
final class DataRootRule implements ServiceRule {

    private final HostEnvironment host;

    DataRootRule(HostEnvironment host) {
        this.host = host;
    }

    @Override
    public void check(ServiceDefinition service, List<ServiceDefinition> others, List<Finding> out) {
        if (service.dataRoot() == null) {
            return;
        }
        LocalFiles.local(service, host, "dataRoot", "Data root", service.dataRoot(), out).ifPresent(dir -> {
            if (!Files.exists(dir)) {
                out.add(Finding.warning("dataRoot", "Data root '" + dir + "' does not exist.",
                        "Create the directory, or choose an existing one; clients can reach no files until it exists."));
            } else if (!Files.isDirectory(dir)) {
                out.add(Finding.error("dataRoot", "Data root '" + dir + "' is a file, not a directory.",
                        "Choose the directory that holds the files clients may reach."));
            }
        });
    }
}
