package com.synconfig.model.rsynd;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.PortRule;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the options found on a command line into service settings: checks values and repeats, reports the
 * deprecated cipher option. A setting the line does not mention takes rsynd's default.
 */
final class SettingsReader {

    /** What rsynd does when its command line says nothing: port 2330, no encryption, SCL 3, secure mode, basic logging. */
    static final ServiceDefinition RSYND_DEFAULTS = ServiceDefinition.defaults();

    private final CommandLineStyle style;
    private final List<Finding> out;
    private final Map<RsyndOption, Occurrence> seen = new EnumMap<>(RsyndOption.class);

    SettingsReader(CommandLineStyle style, List<Finding> out) {
        this.style = style;
        this.out = out;
    }

    /** Applies every occurrence to a builder that starts from rsynd's defaults. */
    void apply(List<Occurrence> occurrences, ServiceDefinition.Builder service) {
        ServiceDefinition defaults = RSYND_DEFAULTS;
        service.port(defaults.port()).encrypt(defaults.encrypt()).certificateFile(defaults.certificateFile())
                .scl(defaults.scl()).nonSecure(defaults.nonSecure()).defaultUser(defaults.defaultUser())
                .logLevel(defaults.logLevel()).logFile(defaults.logFile());
        for (Occurrence o : occurrences) {
            if (o.option() == RsyndOption.CIPHER) {
                reportCipher(o);
            } else if (firstTime(o)) {
                set(o, service);
            }
        }
    }

    private void reportCipher(Occurrence o) {
        String written = o.value() == null ? o.display() : style.example(o.option(), o.value());
        out.add(Finding.warning(o.option().field(), written + " at position " + o.column()
                        + " is deprecated in 11.1; the only cipher level is high.",
                "Remove it: it is ignored, and SynConfig never writes it."));
    }

    private boolean firstTime(Occurrence o) {
        Occurrence earlier = seen.putIfAbsent(o.option(), o);
        if (earlier == null) {
            return true;
        }
        String positions = " (positions " + earlier.column() + " and " + o.column() + ")";
        String message = earlier.display().equals(o.display())
                ? o.display() + " is given twice" + positions + "."
                : earlier.display() + " and " + o.display() + " are both given" + positions + "; they set the same thing.";
        out.add(Finding.error(o.option().field(), message, "Keep only one of them."));
        return false;
    }

    private void set(Occurrence o, ServiceDefinition.Builder service) {
        if (!o.option().takesValue()) {
            switch (o.option()) {
                case ENCRYPT -> service.encrypt(o.on());
                case NON_SECURE -> service.nonSecure(o.on());
                default -> throw new IllegalStateException("not a flag: " + o.option());
            }
            return;
        }
        String value = o.value();
        if (value == null || value.isEmpty()) {
            out.add(Finding.error(o.option().field(), o.display() + " at position " + o.column() + " needs a value.",
                    "Write it as " + style.example(o.option(), o.option().exampleValue()) + "."));
            return;
        }
        switch (o.option()) {
            case PORT -> port(o, value, service);
            case SCL -> scl(o, value, service);
            case LOG_LEVEL -> logLevel(o, value, service);
            case CERTIFICATE -> service.certificateFile(value);
            case DEFAULT_USER -> service.defaultUser(value);
            case LOG_FILE -> service.logFile(value);
            default -> throw new IllegalStateException("not a value option: " + o.option());
        }
    }

    private void port(Occurrence o, String value, ServiceDefinition.Builder service) {
        java.util.OptionalInt port = PortRule.parse(value);
        if (port.isEmpty()) {
            out.add(PortRule.notANumber(value, " (position " + o.column() + ")",
                    style.example(o.option(), Integer.toString(ServiceDefinition.DEFAULT_PORT))));
            return;
        }
        PortRule.range(port.getAsInt()).ifPresentOrElse(out::add, () -> service.port(port.getAsInt()));
    }

    private void scl(Occurrence o, String value, ServiceDefinition.Builder service) {
        Scl scl = Arrays.stream(Scl.values()).filter(s -> Integer.toString(s.number()).equals(value)).findFirst().orElse(null);
        if (scl == null) {
            out.add(Finding.error("scl", "Security compliance level '" + value + "' (position " + o.column()
                    + ") is not valid.", "Use " + validLevels() + "."));
        } else {
            service.scl(scl);
        }
    }

    private static String validLevels() {
        List<String> labels = Arrays.stream(Scl.values()).map(Scl::label).toList();
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    private void logLevel(Occurrence o, String value, ServiceDefinition.Builder service) {
        LogLevel level = Arrays.stream(LogLevel.values()).filter(l -> l.id().equalsIgnoreCase(value)).findFirst().orElse(null);
        if (level == null) {
            out.add(Finding.error("logLevel", "Log level '" + value + "' (position " + o.column() + ") is not known.",
                    "Use " + Arrays.stream(LogLevel.values()).map(LogLevel::id).collect(Collectors.joining(", ")) + "."));
        } else {
            service.logLevel(level);
        }
    }
}
