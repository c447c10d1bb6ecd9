package com.synconfig.model.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One xfServer service (one {@code rsynd} listener) as the administrator configured it.
 * Immutable; values are kept as entered, so a bad port can be held and reported by validation
 * rather than lost. Change it with {@link #toBuilder()}.
 *
 * @param name            service name, e.g. {@code SynSrv}; fixed once created
 * @param port            TCP port (valid: 1024-65535)
 * @param encrypt         {@code -encrypt}: every packet to and from the server is encrypted
 * @param certificateFile {@code -cert=}; {@code null} means the default {@code rsynd.pem} in {@code DBLDIR}
 * @param scl             security compliance level
 * @param nonSecure       {@code -n}: clients run as {@link #defaultUser()} instead of logging in
 * @param defaultUser     {@code -u}; {@code null} when none
 * @param startMode       how the service manager starts it
 * @param logLevel        {@code -l}
 * @param logFile         {@code -logfile=}; {@code null} for the default
 * @param dataRoot        the directory tree clients can reach; {@code null} for {@code data/} in the service's directory
 * @param environment     the service's environment variables, in the order the admin wrote them
 * @param platform        the platform the configuration is written for
 * @param limits          how many clients it lets in and how long they have to log in
 */
public record ServiceDefinition(
        String name,
        int port,
        boolean encrypt,
        String certificateFile,
        Scl scl,
        boolean nonSecure,
        String defaultUser,
        StartMode startMode,
        LogLevel logLevel,
        String logFile,
        String dataRoot,
        Map<String, String> environment,
        Platform platform,
        ConnectionLimits limits) {

    public static final String DEFAULT_NAME = "SynSrv";
    public static final int DEFAULT_PORT = 2330;
    public static final String DEFAULT_CERTIFICATE = "rsynd.pem";
    public static final String DBLDIR = "DBLDIR";

    public ServiceDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scl, "scl");
        Objects.requireNonNull(startMode, "startMode");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(limits, "limits");
        certificateFile = blankToNull(certificateFile);
        defaultUser = blankToNull(defaultUser);
        logFile = blankToNull(logFile);
        dataRoot = blankToNull(dataRoot);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment == null ? Map.of() : environment));
    }

    /** A fresh install's service: {@code SynSrv} on port 2330, no encryption, SCL 3, secure mode. */
    public static ServiceDefinition defaults() {
        return named(DEFAULT_NAME);
    }

    /** A service with the given name and every other setting at its default, for the running platform. */
    public static ServiceDefinition named(String name) {
        return new Builder(name).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Mutable companion for building and changing services. */
    public static final class Builder {
        private String name;
        private int port = DEFAULT_PORT;
        private boolean encrypt;
        private String certificateFile;
        private Scl scl = Scl.LEVEL_3;
        private boolean nonSecure;
        private String defaultUser;
        private StartMode startMode = StartMode.AUTOMATIC;
        private LogLevel logLevel = LogLevel.BASIC;
        private String logFile;
        private String dataRoot;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Platform platform = Platform.current();
        private ConnectionLimits limits = ConnectionLimits.DEFAULTS;

        public Builder(String name) {
            this.name = name;
        }

        private Builder(ServiceDefinition s) {
            name = s.name;
            port = s.port;
            encrypt = s.encrypt;
            certificateFile = s.certificateFile;
            scl = s.scl;
            nonSecure = s.nonSecure;
            defaultUser = s.defaultUser;
            startMode = s.startMode;
            logLevel = s.logLevel;
            logFile = s.logFile;
            dataRoot = s.dataRoot;
            environment.putAll(s.environment);
            platform = s.platform;
            limits = s.limits;
        }

        public Builder name(String v) { name = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder encrypt(boolean v) { encrypt = v; return this; }
        public Builder certificateFile(String v) { certificateFile = v; return this; }
        public Builder scl(Scl v) { scl = v; return this; }
        public Builder nonSecure(boolean v) { nonSecure = v; return this; }
        public Builder defaultUser(String v) { defaultUser = v; return this; }
        public Builder startMode(StartMode v) { startMode = v; return this; }
        public Builder logLevel(LogLevel v) { logLevel = v; return this; }
        public Builder logFile(String v) { logFile = v; return this; }
        public Builder dataRoot(String v) { dataRoot = v; return this; }
        public Builder platform(Platform v) { platform = v; return this; }
        public Builder limits(ConnectionLimits v) { limits = v; return this; }
        /** The limits set so far (a reader changes one of them at a time). */
        public ConnectionLimits limits() { return limits; }

        /** Sets (or, with a {@code null} value, removes) one environment variable, keeping the order. */
        public Builder env(String key, String value) {
            if (value == null) {
                environment.remove(key);
            } else {
                environment.put(key, value);
            }
            return this;
        }

        public Builder environment(Map<String, String> env) {
            environment.clear();
            environment.putAll(env);
            return this;
        }

        public ServiceDefinition build() {
            return new ServiceDefinition(name, port, encrypt, certificateFile, scl, nonSecure, defaultUser,
                    startMode, logLevel, logFile, dataRoot, environment, platform, limits);
        }
    }
}
