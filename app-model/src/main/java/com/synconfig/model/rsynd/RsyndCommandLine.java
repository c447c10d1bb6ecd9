package com.synconfig.model.rsynd;

import com.synconfig.model.check.Finding;
import com.synconfig.model.rsynd.CommandLineStyle.Setting;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a service as the equivalent {@code rsynd} command line and parses such a line back.
 * The options and both styles are documented in {@code docs/rsynd-command-line.md}.
 */
public final class RsyndCommandLine {

    private static final CommandLineStyle DASH = new DashStyle();
    private static final CommandLineStyle QUALIFIERS = new QualifierStyle();

    private RsyndCommandLine() {
    }

    /**
     * The command line for {@code platform}: dash options on UNIX and Windows, qualifiers on OpenVMS.
     * The port is always written; every other option only when it differs from rsynd's default.
     */
    public static String render(ServiceDefinition service, Platform platform) {
        return style(platform).render(settings(service));
    }

    /**
     * Parses a command line written for {@code base.platform()}; settings a command line cannot express
     * (name, start mode, data root, environment) are taken from {@code base}.
     */
    public static RsyndParseResult parse(String commandLine, ServiceDefinition base) {
        return parse(commandLine, base, base.platform());
    }

    /**
     * Parses a command line written for {@code platform}; the service gets that platform, and from {@code base}
     * the settings a command line cannot express. Settings the line leaves out take rsynd's defaults.
     * The service is absent when any finding is an error.
     */
    public static RsyndParseResult parse(String commandLine, ServiceDefinition base, Platform platform) {
        CommandLineStyle style = style(platform);
        List<Finding> findings = new ArrayList<>();
        List<Word> words = CommandWords.split(commandLine == null ? "" : commandLine, findings);
        List<Occurrence> occurrences = style.read(words, findings);
        ServiceDefinition.Builder service = base.toBuilder().platform(platform);
        new SettingsReader(style, findings).apply(occurrences, service);
        return new RsyndParseResult(Finding.anyError(findings) ? null : service.build(), findings);
    }

    /**
     * How the command line for {@code platform} writes the setting {@code field} (a {@link ServiceDefinition}
     * component, named as findings name it), e.g. {@code -p PORT}, {@code -encrypt} or {@code /CERTIFICATE=FILE};
     * empty for a setting the command line does not carry (name, start mode, data root, environment).
     */
    public static Optional<String> optionFor(String field, Platform platform) {
        CommandLineStyle style = style(platform);
        return RsyndOption.current().stream().filter(o -> o.field().equals(field)).findFirst()
                .map(o -> style.example(o, o.metavar()));
    }

    private static CommandLineStyle style(Platform platform) {
        return platform == Platform.OPENVMS ? QUALIFIERS : DASH;
    }

    /** What the service's line says, in the fixed order; defaults other than the port are left out. */
    private static List<Setting> settings(ServiceDefinition s) {
        ServiceDefinition d = SettingsReader.RSYND_DEFAULTS;
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting(RsyndOption.PORT, Integer.toString(s.port())));
        addIf(settings, s.encrypt() != d.encrypt(), RsyndOption.ENCRYPT, null);
        addIf(settings, !Objects.equals(s.certificateFile(), d.certificateFile()), RsyndOption.CERTIFICATE, s.certificateFile());
        addIf(settings, s.scl() != d.scl(), RsyndOption.SCL, Integer.toString(s.scl().number()));
        addIf(settings, s.nonSecure() != d.nonSecure(), RsyndOption.NON_SECURE, null);
        addIf(settings, !Objects.equals(s.defaultUser(), d.defaultUser()), RsyndOption.DEFAULT_USER, s.defaultUser());
        addIf(settings, s.logLevel() != d.logLevel(), RsyndOption.LOG_LEVEL, s.logLevel().id());
        addIf(settings, !Objects.equals(s.logFile(), d.logFile()), RsyndOption.LOG_FILE, s.logFile());
        return settings;
    }

    private static void addIf(List<Setting> settings, boolean differs, RsyndOption option, String value) {
        if (differs) {
            settings.add(new Setting(option, value));
        }
    }
}
