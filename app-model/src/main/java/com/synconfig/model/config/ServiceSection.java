package com.synconfig.model.config;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.ConnectionLimits;
import com.synconfig.model.service.EnvironmentRule;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.NameRule;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.PortRule;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.StartMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one service is written as an INI section: its keys, their value syntax, and the rules for
 * service and environment variable names. Reading reports a bad value with the file and line.
 */
public final class ServiceSection {

    public static final String PORT = "port";
    public static final String ENCRYPT = "encrypt";
    public static final String CERTIFICATE = "certificate";
    public static final String SCL = "scl";
    public static final String SECURE = "secure";
    public static final String DEFAULT_USER = "default-user";
    public static final String START_MODE = "start-mode";
    public static final String LOG_LEVEL = "log-level";
    public static final String LOG_FILE = "log-file";
    public static final String DATA_ROOT = "data-root";
    public static final String PLATFORM = "platform";
    public static final String MAX_CONNECTIONS = "max-connections";
    public static final String MAX_CONNECTIONS_PER_HOST = "max-connections-per-host";
    public static final String LOGIN_TIMEOUT = "login-timeout";
    /** Environment variables are keys {@code env.NAME}. */
    public static final String ENV_PREFIX = "env.";

    /** The setting keys in the order a new section lists them. */
    public static final List<String> SETTING_KEYS = List.of(PORT, ENCRYPT, CERTIFICATE, SCL, SECURE, DEFAULT_USER,
            START_MODE, LOG_LEVEL, LOG_FILE, DATA_ROOT, PLATFORM, MAX_CONNECTIONS, MAX_CONNECTIONS_PER_HOST,
            LOGIN_TIMEOUT);

    private ServiceSection() {
    }

    /**
     * The section's entries, in {@link #SETTING_KEYS} order then the environment; unset optional settings, and
     * connection limits at their defaults, are left out.
     */
    public static Map<String, String> encode(ServiceDefinition s) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(PORT, Integer.toString(s.port()));
        out.put(ENCRYPT, Boolean.toString(s.encrypt()));
        putIfSet(out, CERTIFICATE, s.certificateFile());
        out.put(SCL, Integer.toString(s.scl().number()));
        out.put(SECURE, Boolean.toString(!s.nonSecure()));
        putIfSet(out, DEFAULT_USER, s.defaultUser());
        out.put(START_MODE, s.startMode().id());
        out.put(LOG_LEVEL, s.logLevel().id());
        putIfSet(out, LOG_FILE, s.logFile());
        putIfSet(out, DATA_ROOT, s.dataRoot());
        out.put(PLATFORM, s.platform().id());
        ConnectionLimits limits = s.limits();
        if (!limits.isDefault()) {
            out.put(MAX_CONNECTIONS, Integer.toString(limits.maxConnections()));
            out.put(MAX_CONNECTIONS_PER_HOST, Integer.toString(limits.maxConnectionsPerHost()));
            out.put(LOGIN_TIMEOUT, Integer.toString(limits.loginTimeoutSeconds()));
        }
        s.environment().forEach((k, v) -> out.put(ENV_PREFIX + k, v));
        return out;
    }

    private static void putIfSet(Map<String, String> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    /** One key = value as read, with the line it came from. */
    public record Entry(String key, String value, int line) {
    }

    /** Builds the service named by a section; settings that are absent keep their defaults. */
    public static ServiceDefinition decode(String name, int headerLine, List<Entry> entries, Path file)
            throws ConfigFileException {
        Optional<Finding> badName = NameRule.wellFormed(name);
        if (badName.isPresent()) {
            throw new ConfigFileException(file, headerLine, badName.get().messageAndFix());
        }
        ServiceDefinition.Builder b = ServiceDefinition.named(name).toBuilder();
        List<Entry> env = new ArrayList<>();
        for (Entry e : entries) {
            if (e.key().startsWith(ENV_PREFIX)) {
                env.add(e); // names are judged by the platform, which a later line may set
                continue;
            }
            try {
                apply(b, e.key(), e.value());
            } catch (IllegalArgumentException ex) {
                throw new ConfigFileException(file, e.line(), ex.getMessage());
            }
        }
        Platform platform = b.build().platform();
        for (Entry e : env) {
            String variable = e.key().substring(ENV_PREFIX.length());
            Optional<Finding> problem = EnvironmentRule.nameProblem(variable, platform);
            if (problem.isPresent()) {
                throw new ConfigFileException(file, e.line(), problem.get().messageAndFix());
            }
            b.env(variable, e.value());
        }
        return b.build();
    }

    private static void apply(ServiceDefinition.Builder b, String key, String value) {
        ConnectionLimits limits = b.limits();
        switch (key) {
            case PORT -> b.port(port(value));
            case ENCRYPT -> b.encrypt(bool(key, value));
            case CERTIFICATE -> b.certificateFile(value);
            case SCL -> b.scl(Scl.parse(value));
            case SECURE -> b.nonSecure(!bool(key, value));
            case DEFAULT_USER -> b.defaultUser(value);
            case START_MODE -> b.startMode(StartMode.fromId(value));
            case LOG_LEVEL -> b.logLevel(LogLevel.fromId(value));
            case LOG_FILE -> b.logFile(value);
            case DATA_ROOT -> b.dataRoot(value);
            case PLATFORM -> b.platform(Platform.fromId(value));
            case MAX_CONNECTIONS -> b.limits(new ConnectionLimits(count(key, value), limits.maxConnectionsPerHost(),
                    limits.loginTimeoutSeconds()));
            case MAX_CONNECTIONS_PER_HOST -> b.limits(new ConnectionLimits(limits.maxConnections(),
                    count(key, value), limits.loginTimeoutSeconds()));
            case LOGIN_TIMEOUT -> b.limits(new ConnectionLimits(limits.maxConnections(),
                    limits.maxConnectionsPerHost(), count(key, value)));
            default -> throw new IllegalArgumentException("'" + key + "' is not a known setting. Fix: use one of "
                    + String.join(", ", SETTING_KEYS) + ", or env.NAME for an environment variable"
                    + " (keys are lower case).");
        }
    }

    private static int port(String value) {
        return PortRule.parse(value).orElseThrow(() ->
                new IllegalArgumentException(PortRule.notANumber(value).messageAndFix()));
    }

    /** A whole number as written; its range is validation's to judge (the value is kept, as a port's is). */
    private static int count(String key, String value) {
        return ConnectionLimits.parseCount(value).orElseThrow(() -> new IllegalArgumentException(key + " '" + value
                + "' is not a whole number. Fix: write " + key + " = N, or remove the line for the default."));
    }

    private static boolean bool(String key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " '" + value + "' is not true or false."
                    + " Fix: write " + key + " = true or " + key + " = false.");
        };
    }
}
