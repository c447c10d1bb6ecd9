package com.synconfig.model.config;

import com.synconfig.model.service.ServiceDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every service in one configuration file, in file order. Immutable; service names are unique ignoring case
 * (a service cannot be renamed: remove it and add it under the new name).
 */
public record ServiceConfiguration(List<ServiceDefinition> services) {

    public ServiceConfiguration {
        services = List.copyOf(services);
        Set<String> names = new HashSet<>();
        for (ServiceDefinition s : services) {
            if (!names.add(s.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Two services are named " + s.name()
                        + ": service names must be unique (ignoring case).");
            }
        }
    }

    /** A fresh install: the one service {@code SynSrv} with every setting at its default. */
    public static ServiceConfiguration defaults() {
        return new ServiceConfiguration(List.of(ServiceDefinition.defaults()));
    }

    public Optional<ServiceDefinition> find(String name) {
        return services.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Replaces the service of the same name in place, or appends it when it is new. */
    public ServiceConfiguration with(ServiceDefinition service) {
        List<ServiceDefinition> out = new ArrayList<>(services);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).name().equalsIgnoreCase(service.name())) {
                out.set(i, service.toBuilder().name(out.get(i).name()).build());
                return new ServiceConfiguration(out);
            }
        }
        out.add(service);
        return new ServiceConfiguration(out);
    }

    public ServiceConfiguration without(String name) {
        return new ServiceConfiguration(services.stream().filter(s -> !s.name().equalsIgnoreCase(name)).toList());
    }

    public List<String> names() {
        return services.stream().map(ServiceDefinition::name).toList();
    }
}
