package com.synconfig.model.rsynd;

import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;

/** Renders a service as the equivalent {@code rsynd} command line and parses such a line back. */
public final class RsyndCommandLine {

    private RsyndCommandLine() {
    }

    /** The command line for {@code platform}: dash options on UNIX and Windows, qualifiers on OpenVMS. */
    public static String render(ServiceDefinition service, Platform platform) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Parses a command line written for {@code base.platform()}; settings a command line cannot express
     * (name, start mode, data root, environment) are taken from {@code base}.
     */
    public static RsyndParseResult parse(String commandLine, ServiceDefinition base) {
        throw new UnsupportedOperationException("not built yet");
    }
}
