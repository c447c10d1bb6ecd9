package com.synconfig.model.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where the configuration file lives and which source decided it. Resolution order:
 * the {@code --config} flag, the system property {@value #SYSTEM_PROPERTY}, the environment variable
 * {@value #HOME_VARIABLE} (a directory holding {@value #FILE_NAME}), then the operating system's default.
 *
 * @param file   the configuration file (absolute)
 * @param source which source won
 */
public record ConfigLocation(Path file, Source source) {

    public static final String FILE_NAME = "synconfig.ini";
    public static final String SYSTEM_PROPERTY = "synconfig.config";
    public static final String HOME_VARIABLE = "SYNCONFIG_HOME";

    /** The sources in the order they are consulted. */
    public enum Source {
        COMMAND_LINE("the --config option"),
        SYSTEM_PROPERTY("the system property " + ConfigLocation.SYSTEM_PROPERTY),
        ENVIRONMENT("the environment variable " + HOME_VARIABLE),
        OS_DEFAULT("the default location for this operating system");

        private final String description;

        Source(String description) {
            this.description = description;
        }

        /** Words for a person, e.g. "the --config option". */
        public String description() {
            return description;
        }
    }

    public ConfigLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        file = file.toAbsolutePath().normalize();
    }

    /** Resolves against this JVM's system properties and environment. */
    public static ConfigLocation resolve(String flagValue) {
        return resolve(flagValue, System::getProperty, System::getenv);
    }

    /**
     * @param flagValue          the {@code --config} value, or {@code null} when not given
     * @param systemProperties   looks up a system property ({@code null} when unset)
     * @param environment        looks up an environment variable ({@code null} when unset)
     */
    public static ConfigLocation resolve(String flagValue, UnaryOperator<String> systemProperties,
                                         UnaryOperator<String> environment) {
        if (present(flagValue)) {
            return new ConfigLocation(Path.of(flagValue), Source.COMMAND_LINE);
        }
        String property = systemProperties.apply(SYSTEM_PROPERTY);
        if (present(property)) {
            return new ConfigLocation(Path.of(property), Source.SYSTEM_PROPERTY);
        }
        String home = environment.apply(HOME_VARIABLE);
        if (present(home)) {
            return new ConfigLocation(Path.of(home, FILE_NAME), Source.ENVIRONMENT);
        }
        return new ConfigLocation(osDefaultDirectory(systemProperties, environment).resolve(FILE_NAME),
                Source.OS_DEFAULT);
    }

    /**
     * Windows: {@code %ProgramData%\SynConfig}; macOS: {@code ~/Library/Application Support/SynConfig};
     * elsewhere: {@code $XDG_CONFIG_HOME/synconfig}, or {@code ~/.config/synconfig} when that is unset or relative
     * (the XDG specification says to ignore relative values).
     */
    static Path osDefaultDirectory(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        String os = Objects.requireNonNullElse(systemProperties.apply("os.name"), "").toLowerCase(Locale.ROOT);
        String userHome = Objects.requireNonNullElse(systemProperties.apply("user.home"), ".");
        if (os.startsWith("windows")) {
            String programData = environment.apply("ProgramData");
            return Path.of(present(programData) ? programData : "C:\\ProgramData", "SynConfig");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "SynConfig");
        }
        String xdg = environment.apply("XDG_CONFIG_HOME");
        if (present(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "synconfig");
        }
        return Path.of(userHome, ".config", "synconfig");
    }

    /** E.g. {@code /etc/synconfig/synconfig.ini (chosen by the --config option)}. */
    public String describe() {
        return file + " (chosen by " + source.description() + ")";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
