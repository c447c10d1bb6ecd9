package com.synconfig.app.cli;

import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.model.service.ServiceValidator;

/**
 * The command line's composition root: where the configuration lives, the store over it and the validator.
 * Built once per run from the {@code --config} flag; commands get it from the root command, never statically.
 */
public final class CliContext {

    private final ConfigLocation location;
    private final ConfigStore store;
    private final ServiceValidator validator;

    public CliContext(ConfigLocation location, ConfigStore store, ServiceValidator validator) {
        this.location = location;
        this.store = store;
        this.validator = validator;
    }

    /** Resolves the location (flag > system property > SYNCONFIG_HOME > OS default) and wires the parts. */
    public static CliContext forConfigFlag(String configFlag) {
        ConfigLocation location = ConfigLocation.resolve(configFlag);
        return new CliContext(location, new ConfigStore(location.file()), new ServiceValidator(new PemCertificateCheck()));
    }

    public ConfigLocation location() {
        return location;
    }

    public ConfigStore store() {
        return store;
    }

    public ServiceValidator validator() {
        return validator;
    }
}
