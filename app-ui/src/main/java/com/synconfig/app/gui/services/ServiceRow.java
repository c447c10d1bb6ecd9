package com.synconfig.app.gui.services;

import com.synconfig.model.service.ServiceDefinition;

/** One line of the services table. */
public record ServiceRow(String name, int port, boolean encrypted, String scl, String state) {

    static ServiceRow of(ServiceDefinition s, String state) {
        return new ServiceRow(s.name(), s.port(), s.encrypt(), s.scl().label(), state);
    }
}
