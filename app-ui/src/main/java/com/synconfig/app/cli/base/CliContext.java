package com.synconfig.app.cli.base;

import com.synconfig.app.process.ThisProgram;
import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.server.control.ServiceController;

/**
 * The command line's composition root: where the configuration lives, the store over it, where each service's files
 * are, the validator and the service controller. Built once per run from the {@code --config} flag; commands get it
 * from the root command, never statically.
 */
public final class CliContext {

    private final ConfigLocation location;
    private final ConfigStore store;
    private final ServiceLayouts layouts;
    private final ServiceValidator validator;
    private ServiceController controller;

    public CliContext(ConfigLocation location, ConfigStore store, ServiceLayouts layouts, ServiceValidator validator) {
        this.location = location;
        this.store = store;
        this.layouts = layouts;
        this.validator = validator;
    }

    /** Resolves the location (flag > system property > SYNCONFIG_HOME > OS default) and wires the parts. */
    public static CliContext forConfigFlag(String configFlag) {
        ConfigLocation location = ConfigLocation.resolve(configFlag);
        ServiceLayouts layouts = ServiceLayouts.current(location.file());
        return new CliContext(location, new ConfigStore(location.file()), layouts,
                new ServiceValidator(new PemCertificateCheck(), layouts));
    }

    public ConfigLocation location() {
        return location;
    }

    public ConfigStore store() {
        return store;
    }

    public ServiceLayouts layouts() {
        return layouts;
    }

    public ServiceValidator validator() {
        return validator;
    }

    /** Chosen on first use: systemd where it runs the machine and the package is installed, else processes. */
    public ServiceController controller() {
        if (controller == null) {
            controller = ServiceController.forThisMachine(layouts, validator, ThisProgram.command());
        }
        return controller;
    }
}
