package com.synconfig.app.cli;

import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.service.NameRule;
import com.synconfig.model.service.ServiceDefinition;
import picocli.CommandLine.Command;

@Command(name = "add", description = {"Add a service; settings not given take their defaults.",
        "Checks the service first: with findings of error severity nothing is written (exit 1)."})
final class ServiceAddCommand extends ServiceEditCommand {

    @Override
    ServiceDefinition.Builder start(ConfigSnapshot snap) {
        NameRule.wellFormed(name).ifPresent(f -> {
            throw new CliException(f.messageAndFix());
        });
        snap.services().find(name).ifPresent(s -> {
            throw new CliException("service " + s.name() + " already exists. Fix: change it with"
                    + " 'synconfig service set " + s.name() + " ...', or choose another name.");
        });
        return ServiceDefinition.named(name).toBuilder();
    }
}
