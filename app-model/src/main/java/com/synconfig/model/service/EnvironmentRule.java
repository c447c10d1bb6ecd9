package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Environment variable names are valid on the target platform, and no value breaks a line. */
public final class EnvironmentRule implements ServiceRule {

    private static final Pattern UNIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern OPENVMS = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,254}");
    /** Windows accepts nearly anything except '=' and control characters. */
    private static final Pattern WINDOWS = Pattern.compile("[^=\\p{Cntrl}]+");

    /** The finding for a variable name the platform does not accept (the one rule the dialog, CLI and file use). */
    public static Optional<Finding> nameProblem(String name, Platform platform) {
        if (name != null && pattern(platform).matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(Finding.error("environment", "Environment variable name '" + name + "' is not valid on "
                + platform.displayName() + ".", "Rename it: " + rule(platform) + "."));
    }

    @Override
    public void check(ServiceDefinition service, List<ServiceDefinition> others, List<Finding> out) {
        for (Map.Entry<String, String> e : service.environment().entrySet()) {
            String name = e.getKey();
            nameProblem(name, service.platform()).ifPresent(out::add);
            String value = e.getValue();
            if (value != null && value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0)) {
                out.add(Finding.error("environment", "The value of environment variable '" + name
                        + "' contains a line break or NUL character.", "Put the value on one line."));
            }
        }
    }

    private static Pattern pattern(Platform platform) {
        return switch (platform) {
            case UNIX -> UNIX;
            case OPENVMS -> OPENVMS;
            case WINDOWS -> WINDOWS;
        };
    }

    private static String rule(Platform platform) {
        return switch (platform) {
            case UNIX -> "use letters, digits and '_', not starting with a digit";
            case OPENVMS -> "use letters, digits, '_' and '$', not starting with a digit, at most 255 characters";
            case WINDOWS -> "use a name without '=' or control characters";
        };
    }
}
