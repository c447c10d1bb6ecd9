package com.synconfig.app.cli;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.ConnectionLimits;
import com.synconfig.model.service.EnvironmentRule;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.StartMode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The settings {@code service add} and {@code service set} take; only the options given change anything. */
final class ServiceSettingsOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--port", paramLabel = "N", converter = SettingConverters.PortConverter.class,
            description = "TCP port, 1024-65535 (default 2330).")
    Integer port;

    @Option(names = "--encrypt", negatable = true,
            description = "Encrypt every packet to and from the server (--no-encrypt turns it off).")
    Boolean encrypt;

    @Option(names = "--cert", paramLabel = "FILE",
            description = "Certificate file (PEM: certificate, chain, key). \"\" for the default rsynd.pem in DBLDIR.")
    String certificate;

    @Option(names = "--scl", paramLabel = "N", converter = SettingConverters.SclConverter.class,
            description = "Security compliance level: 0 (default, currently 3), 2 or 3.")
    Scl scl;

    @Option(names = "--secure", description = "Secure mode: every client logs in with its own user name and password.")
    boolean secure;

    @Option(names = "--non-secure", description = "Non-secure mode: clients run as the default user.")
    boolean nonSecure;

    @Option(names = "--default-user", paramLabel = "U", description = "Account non-secure clients run as (\"\" for none).")
    String defaultUser;

    @Option(names = "--start-mode", paramLabel = "M", converter = SettingConverters.StartModeConverter.class,
            description = "automatic, automatic-delayed, manual or disabled.")
    StartMode startMode;

    @Option(names = "--log-level", paramLabel = "L", converter = SettingConverters.LogLevelConverter.class,
            description = "basic, errors, requests or data.")
    LogLevel logLevel;

    @Option(names = "--log-file", paramLabel = "F", description = "Log file (\"\" for the default).")
    String logFile;

    @Option(names = "--data-root", paramLabel = "DIR",
            description = "Directory tree remote clients can reach (\"\" for data/ in the service's directory).")
    String dataRoot;

    @Option(names = "--env", paramLabel = "NAME=VALUE",
            description = "Set an environment variable of the service; NAME= removes it. Repeatable.")
    List<String> env = new ArrayList<>();

    @Option(names = "--platform", paramLabel = "P", converter = SettingConverters.PlatformConverter.class,
            description = "Target platform: windows, unix or openvms.")
    Platform platform;

    @Option(names = "--max-connections", paramLabel = "N", converter = SettingConverters.MaxConnectionsConverter.class,
            description = "Connections open at once before new ones are refused (default "
                    + ConnectionLimits.DEFAULT_MAX_CONNECTIONS + ").")
    Integer maxConnections;

    @Option(names = "--max-connections-per-host", paramLabel = "N",
            converter = SettingConverters.MaxConnectionsPerHostConverter.class,
            description = "Connections open at once from one client host (default "
                    + ConnectionLimits.DEFAULT_MAX_CONNECTIONS_PER_HOST + ").")
    Integer maxConnectionsPerHost;

    @Option(names = "--login-timeout", paramLabel = "SECONDS", converter = SettingConverters.LoginTimeoutConverter.class,
            description = "Time a new connection has to log in before it is closed (default "
                    + ConnectionLimits.DEFAULT_LOGIN_TIMEOUT_SECONDS + ").")
    Integer loginTimeout;

    /** Applies the options that were given to {@code b}. */
    ServiceDefinition.Builder applyTo(ServiceDefinition.Builder b) {
        if (secure && nonSecure) {
            throw new ParameterException(mixee.commandLine(), "--secure and --non-secure contradict each other: give one.");
        }
        if (port != null) {
            b.port(port);
        }
        if (encrypt != null) {
            b.encrypt(encrypt);
        }
        if (certificate != null) {
            b.certificateFile(certificate);
        }
        if (scl != null) {
            b.scl(scl);
        }
        if (secure || nonSecure) {
            b.nonSecure(nonSecure);
        }
        if (defaultUser != null) {
            b.defaultUser(defaultUser);
        }
        if (startMode != null) {
            b.startMode(startMode);
        }
        if (logLevel != null) {
            b.logLevel(logLevel);
        }
        if (logFile != null) {
            b.logFile(logFile);
        }
        if (dataRoot != null) {
            b.dataRoot(dataRoot);
        }
        if (platform != null) {
            b.platform(platform);
        }
        ConnectionLimits limits = b.limits();
        b.limits(new ConnectionLimits(maxConnections != null ? maxConnections : limits.maxConnections(),
                maxConnectionsPerHost != null ? maxConnectionsPerHost : limits.maxConnectionsPerHost(),
                loginTimeout != null ? loginTimeout : limits.loginTimeoutSeconds()));
        for (String assignment : env) {
            int eq = assignment.indexOf('=');
            String name = eq < 0 ? assignment : assignment.substring(0, eq);
            Platform target = b.build().platform();
            String problem = eq < 0 ? "--env '" + assignment + "' has no '='. Fix: write --env NAME=VALUE (NAME= removes it)."
                    : EnvironmentRule.nameProblem(name, target).map(Finding::messageAndFix).orElse(null);
            if (problem != null) {
                throw new ParameterException(mixee.commandLine(), problem);
            }
            String value = assignment.substring(eq + 1);
            b.env(name, value.isEmpty() ? null : value);
        }
        return b;
    }
}
