package com.synconfig.server;

import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.server.tls.TlsContextSource;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a running server needs, resolved from a {@link ServiceDefinition}: paths made concrete, the TLS context
 * source chosen. {@code port} 0 binds an ephemeral port (tests).
 *
 * @param tls      where the TLS context comes from; {@code null} when the service is not encrypted
 * @param userFile secure mode's user file
 * @param limits   bounds on connections, frames, answers and logins
 */
public record ServerSettings(String name, String bindAddress, int port, TlsContextSource tls, Scl scl, boolean secure,
                             String defaultUser, LogLevel logLevel, Path dataRoot, Path userFile, ServerLimits limits) {

    public ServerSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scl, "scl");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(dataRoot, "dataRoot");
        Objects.requireNonNull(userFile, "userFile");
        Objects.requireNonNull(limits, "limits");
    }

    /** Settings with the default {@link ServerLimits}. */
    public ServerSettings(String name, String bindAddress, int port, TlsContextSource tls, Scl scl, boolean secure,
                          String defaultUser, LogLevel logLevel, Path dataRoot, Path userFile) {
        this(name, bindAddress, port, tls, scl, secure, defaultUser, logLevel, dataRoot, userFile,
                ServerLimits.DEFAULTS);
    }

    public boolean encrypted() {
        return tls != null;
    }

    /**
     * @param layout where the service's files are (data root, users file)
     * @param tls    required when the service encrypts
     */
    public static ServerSettings from(ServiceLayout layout, TlsContextSource tls) {
        ServiceDefinition s = layout.service();
        if (s.encrypt() && tls == null) {
            throw new IllegalArgumentException("service " + s.name() + " encrypts: a TLS context source is needed");
        }
        return new ServerSettings(s.name(), "0.0.0.0", s.port(), s.encrypt() ? tls : null, s.scl(), !s.nonSecure(),
                s.defaultUser(), s.logLevel(), layout.dataRoot(), layout.usersFile(),
                ServerLimits.DEFAULTS.with(s.limits()));
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(name, bindAddress, p, tls, scl, secure, defaultUser, logLevel, dataRoot, userFile,
                limits);
    }

    public ServerSettings withLimits(ServerLimits l) {
        return new ServerSettings(name, bindAddress, port, tls, scl, secure, defaultUser, logLevel, dataRoot, userFile,
                l);
    }
}
