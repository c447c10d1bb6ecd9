package com.synconfig.app.gui.server;

import com.synconfig.server.ServerEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line of the live log: which service's server said what. */
public record LogLine(String service, ServerEvent event) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    @Override
    public String toString() {
        return TIME.format(event.time()) + "  " + service + "  " + event;
    }
}
