package com.synconfig.app.cli;

import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code service add} and {@code service set}: apply the options, validate the result among all services,
 * and write it only when no finding is an error; then print the resulting {@code rsynd} command line.
 */
abstract class ServiceEditCommand extends ServiceSavingCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The service's name, e.g. SynSrv.")
    String name;

    @Mixin
    ServiceSettingsOptions settings;

    /** The service as it is before the options apply. */
    abstract ServiceDefinition.Builder start(ConfigSnapshot snap);

    @Override
    public Integer call() throws IOException {
        ConfigSnapshot snap = load();
        ServiceDefinition changed = settings.applyTo(start(snap)).build();
        return checkAndSave(snap, changed, changed.name(), List.of());
    }
}
