package com.synconfig.app.gui.services;

import com.synconfig.model.check.Finding;
import com.synconfig.model.rsynd.RsyndCommandLine;
import com.synconfig.model.service.ConnectionLimits;
import com.synconfig.model.service.ConnectionLimits.Limit;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.PortRule;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.model.service.StartMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The xfServer Information dialog's state: one property per setting, the findings of {@link ServiceValidator} for
 * the service as currently entered, and the equivalent {@code rsynd} command line. Both are recomputed on every
 * change, so the view can decorate fields and disable OK while errors remain.
 */
public final class ServiceEditorViewModel {

    /** The field name findings use for the port when its text is not a number (the validator never sees it). */
    public static final String PORT = "port";

    private final ServiceValidator validator;
    private final ServiceLayouts layouts;
    private final List<ServiceDefinition> otherServices;
    private final boolean adding;
    private final ServiceDefinition start;

    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty portText = new SimpleStringProperty(this, "port");
    private final BooleanProperty encrypt = new SimpleBooleanProperty(this, "encrypt");
    private final StringProperty certificateFile = new SimpleStringProperty(this, "certificateFile", "");
    private final ObjectProperty<Scl> scl = new SimpleObjectProperty<>(this, "scl");
    private final BooleanProperty nonSecure = new SimpleBooleanProperty(this, "nonSecure");
    private final StringProperty defaultUser = new SimpleStringProperty(this, "defaultUser", "");
    private final ObjectProperty<StartMode> startMode = new SimpleObjectProperty<>(this, "startMode");
    private final ObjectProperty<LogLevel> logLevel = new SimpleObjectProperty<>(this, "logLevel");
    private final StringProperty logFile = new SimpleStringProperty(this, "logFile", "");
    private final StringProperty dataRoot = new SimpleStringProperty(this, "dataRoot", "");
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(this, "platform");
    private final StringProperty maxConnections = new SimpleStringProperty(this, "maxConnections");
    private final StringProperty maxConnectionsPerHost = new SimpleStringProperty(this, "maxConnectionsPerHost");
    private final StringProperty loginTimeout = new SimpleStringProperty(this, "loginTimeout");
    private final ObservableList<EnvironmentEntry> environment =
            FXCollections.observableArrayList(EnvironmentEntry.EXTRACTOR);

    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper(this, "hasErrors");
    private final ReadOnlyStringWrapper restartWarning = new ReadOnlyStringWrapper(this, "restartWarning", "");

    private ServiceEditorViewModel(ServiceDefinition start, Collection<ServiceDefinition> all, boolean adding,
                                   ServiceValidator validator, ServiceLayouts layouts) {
        this.validator = validator;
        this.layouts = layouts;
        this.adding = adding;
        this.start = start;
        this.otherServices = all.stream().filter(s -> adding || !s.name().equalsIgnoreCase(start.name())).toList();
        name.set(start.name());
        portText.set(Integer.toString(start.port()));
        encrypt.set(start.encrypt());
        certificateFile.set(nullToEmpty(start.certificateFile()));
        scl.set(start.scl());
        nonSecure.set(start.nonSecure());
        defaultUser.set(nullToEmpty(start.defaultUser()));
        startMode.set(start.startMode());
        logLevel.set(start.logLevel());
        logFile.set(nullToEmpty(start.logFile()));
        dataRoot.set(nullToEmpty(start.dataRoot()));
        platform.set(start.platform());
        maxConnections.set(Integer.toString(start.limits().maxConnections()));
        maxConnectionsPerHost.set(Integer.toString(start.limits().maxConnectionsPerHost()));
        loginTimeout.set(Integer.toString(start.limits().loginTimeoutSeconds()));
        start.environment().forEach((k, v) -> environment.add(new EnvironmentEntry(k, v)));
        Observable[] inputs = {name, portText, encrypt, certificateFile, scl, nonSecure, defaultUser, startMode,
                logLevel, logFile, dataRoot, platform, environment, maxConnections, maxConnectionsPerHost,
                loginTimeout};
        for (Observable input : inputs) {
            input.addListener(o -> recompute());
        }
        recompute();
    }

    /** Editing an existing service: its name is fixed (remove and add to rename). */
    public static ServiceEditorViewModel modify(ServiceDefinition service, Collection<ServiceDefinition> all,
                                                ServiceValidator validator, ServiceLayouts layouts) {
        return new ServiceEditorViewModel(service, all, false, validator, layouts);
    }

    /** A new service with every setting at its default and the first free name and port. */
    public static ServiceEditorViewModel add(Collection<ServiceDefinition> all, ServiceValidator validator,
                                             ServiceLayouts layouts) {
        ServiceDefinition.Builder fresh = new ServiceDefinition.Builder(freeName(all));
        int port = ServiceDefinition.DEFAULT_PORT;
        while (portTaken(all, port)) {
            port++;
        }
        return new ServiceEditorViewModel(fresh.port(port).build(), all, true, validator, layouts);
    }

    private static String freeName(Collection<ServiceDefinition> all) {
        String candidate = ServiceDefinition.DEFAULT_NAME;
        for (int n = 2; nameTaken(all, candidate); n++) {
            candidate = ServiceDefinition.DEFAULT_NAME + n;
        }
        return candidate;
    }

    private static boolean nameTaken(Collection<ServiceDefinition> all, String name) {
        return all.stream().anyMatch(s -> s.name().equalsIgnoreCase(name));
    }

    private static boolean portTaken(Collection<ServiceDefinition> all, int port) {
        return all.stream().anyMatch(s -> s.port() == port);
    }

    private void recompute() {
        List<Finding> found = new ArrayList<>();
        Integer port = parsePort(found);
        limitsNotNumbers().forEach(found::add);
        ServiceDefinition service = build(port == null ? 0 : port);
        List<Finding> validated = validator.validate(service, otherServices);
        // A port that is not a number has its own finding; the validator's range finding about 0 would mislead.
        validated.stream().filter(f -> port != null || !f.field().equals(PORT)).forEach(found::add);
        findings.setAll(found);
        hasErrors.set(Finding.anyError(found));
        // No believable-looking "rsynd -p 0" for a port that is not a number: the view says why the preview is empty.
        preview.set(port == null ? "" : RsyndCommandLine.render(service, platform.get()));
    }

    /** True when what is entered differs from what the dialog opened with (closing without OK would lose it). */
    public boolean isChanged() {
        java.util.OptionalInt port = PortRule.parse(portText.get());
        return port.isEmpty() || !limitsNotNumbers().isEmpty() || !build(port.getAsInt()).equals(start);
    }

    private Integer parsePort(List<Finding> out) {
        java.util.OptionalInt port = PortRule.parse(portText.get());
        if (port.isEmpty()) {
            out.add(PortRule.notANumber(portText.get()));
            return null;
        }
        return port.getAsInt();
    }

    /** Findings for limits typed as something other than a whole number (built with their defaults meanwhile). */
    private List<Finding> limitsNotNumbers() {
        List<Finding> out = new ArrayList<>();
        addIfNotANumber(Limit.MAX_CONNECTIONS, maxConnections.get(), out);
        addIfNotANumber(Limit.MAX_CONNECTIONS_PER_HOST, maxConnectionsPerHost.get(), out);
        addIfNotANumber(Limit.LOGIN_TIMEOUT, loginTimeout.get(), out);
        return out;
    }

    private static void addIfNotANumber(Limit limit, String typed, List<Finding> out) {
        if (ConnectionLimits.parseCount(typed).isEmpty()) {
            out.add(limit.notANumber(typed));
        }
    }

    private ConnectionLimits limits() {
        return new ConnectionLimits(Limit.MAX_CONNECTIONS.parseOrDefault(maxConnections.get()),
                Limit.MAX_CONNECTIONS_PER_HOST.parseOrDefault(maxConnectionsPerHost.get()),
                Limit.LOGIN_TIMEOUT.parseOrDefault(loginTimeout.get()));
    }

    private ServiceDefinition build(int port) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvironmentEntry e : environment) {
            if (!e.nameProperty().get().isBlank()) {
                env.put(e.nameProperty().get().trim(), e.valueProperty().get());
            }
        }
        return new ServiceDefinition.Builder(name.get().trim())
                .port(port).encrypt(encrypt.get()).certificateFile(certificateFile.get()).scl(scl.get())
                .nonSecure(nonSecure.get()).defaultUser(defaultUser.get()).startMode(startMode.get())
                .logLevel(logLevel.get()).logFile(logFile.get()).dataRoot(dataRoot.get())
                .environment(env).platform(platform.get()).limits(limits()).build();
    }

    /**
     * Where a certificate made for this service goes: the file the service uses as entered, as
     * {@link ServiceLayouts#certificateFile} finds it (the certificate file, else rsynd.pem in its DBLDIR), else
     * rsynd.pem in the service's own directory, else (a name still being typed) rsynd.pem in the home directory.
     */
    public Path suggestedCertificate() {
        ServiceDefinition s = build(ServiceDefinition.DEFAULT_PORT);
        return layouts.certificateFile(s).map(Path::toAbsolutePath).orElseGet(() -> inServiceDirectory(s.name()));
    }

    private Path inServiceDirectory(String serviceName) {
        try {
            return layouts.serviceDirectory(serviceName).resolve(ServiceDefinition.DEFAULT_CERTIFICATE);
        } catch (IllegalArgumentException notYetValid) {
            return Path.of(System.getProperty("user.home"), ServiceDefinition.DEFAULT_CERTIFICATE);
        }
    }

    /** The service as entered; throws {@link IllegalStateException} while {@link #hasErrors()} is true. */
    public ServiceDefinition result() {
        if (hasErrors.get()) {
            throw new IllegalStateException("The service still has errors: " + findings);
        }
        return build(Integer.parseInt(portText.get().trim()));
    }

    /** The findings about one field ({@code ""} for the whole service), errors first. */
    public List<Finding> findingsFor(String field) {
        return findings.stream().filter(f -> f.field().equals(field))
                .sorted((a, b) -> a.severity().compareTo(b.severity())).toList();
    }

    /** What the SCL chooser shows: the level and the protocols it allows, e.g. {@code 2: TLSv1.1, TLSv1.2, TLSv1.3}. */
    public static String sclChoiceText(Scl scl) {
        return scl.label() + ": " + String.join(", ", scl.protocols());
    }

    /** Says, while the service runs, that changes take effect on restart and how many clients that disconnects. */
    public void setRestartWarning(String text) {
        restartWarning.set(text);
    }

    public void addEnvironmentVariable() {
        environment.add(new EnvironmentEntry("", ""));
    }

    public boolean isAdding() {
        return adding;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty portTextProperty() { return portText; }
    public BooleanProperty encryptProperty() { return encrypt; }
    public StringProperty certificateFileProperty() { return certificateFile; }
    public ObjectProperty<Scl> sclProperty() { return scl; }
    public BooleanProperty nonSecureProperty() { return nonSecure; }
    public StringProperty defaultUserProperty() { return defaultUser; }
    public ObjectProperty<StartMode> startModeProperty() { return startMode; }
    public ObjectProperty<LogLevel> logLevelProperty() { return logLevel; }
    public StringProperty logFileProperty() { return logFile; }
    public StringProperty dataRootProperty() { return dataRoot; }
    public ObjectProperty<Platform> platformProperty() { return platform; }
    public StringProperty maxConnectionsProperty() { return maxConnections; }
    public StringProperty maxConnectionsPerHostProperty() { return maxConnectionsPerHost; }
    public StringProperty loginTimeoutProperty() { return loginTimeout; }
    public ObservableList<EnvironmentEntry> environment() { return environment; }
    public ObservableList<Finding> findings() { return FXCollections.unmodifiableObservableList(findings); }
    public ReadOnlyStringProperty previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasErrorsProperty() { return hasErrors.getReadOnlyProperty(); }
    public ReadOnlyStringProperty restartWarningProperty() { return restartWarning.getReadOnlyProperty(); }
    public boolean hasErrors() { return hasErrors.get(); }
}
