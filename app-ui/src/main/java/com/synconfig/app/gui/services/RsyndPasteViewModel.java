package com.synconfig.app.gui.services;

import com.synconfig.app.gui.Messages;
import com.synconfig.model.check.Finding;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.rsynd.RsyndCommandLine;
import com.synconfig.model.rsynd.RsyndImport;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Paste rsynd line dialog: a pasted command line turned into a new or updated service by {@link RsyndImport}
 * (the function behind {@code synconfig service import-rsynd} too), checked by the validator among all services, with
 * a preview of the resulting settings or of what is wrong, recomputed on every keystroke.
 */
public final class RsyndPasteViewModel {

    private final ServiceConfiguration services;
    private final ServiceValidator validator;
    private final Messages messages;
    private final StringProperty line = new SimpleStringProperty(this, "line", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    /** The platform the line is written for; {@code null}: the form of its first option decides. */
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(this, "platform");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper action = new ReadOnlyStringWrapper(this, "action", "");
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(this, "acceptable");
    private ServiceDefinition result;

    /**
     * @param services the services as edited
     * @param name     the service the line creates or updates unless the admin names another
     */
    public RsyndPasteViewModel(ServiceConfiguration services, String name, ServiceValidator validator,
                               Messages messages) {
        this.services = services;
        this.validator = validator;
        this.messages = messages;
        this.name.set(name);
        line.addListener(o -> recompute());
        this.name.addListener(o -> recompute());
        platform.addListener(o -> recompute());
        recompute();
    }

    private void recompute() {
        String service = name.get().trim();
        Optional<ServiceDefinition> existing = services.find(service);
        RsyndImport.Result read = RsyndImport.read(line.get(), service, existing, Optional.ofNullable(platform.get()));
        List<Finding> found = new ArrayList<>(read.findings());
        result = null;
        if (read.ok()) {
            ServiceConfiguration all = services.with(read.service());
            result = all.find(service).orElseThrow();
            found.addAll(validator.validate(result, all.services()));
        }
        findings.setAll(found);
        acceptable.set(result != null && !Finding.anyError(found));
        String shown = existing.map(ServiceDefinition::name).orElse(service);
        action.set(messages.format(read.updates() ? "paste.update" : "paste.create", shown));
        preview.set(result == null ? messages.get("paste.preview.none") : settingsOf(result, read.updates()));
    }

    /** The resulting settings, one a line, then the line as SynConfig writes it. */
    private String settingsOf(ServiceDefinition s, boolean updates) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.format(updates ? "paste.preview.updates" : "paste.preview.creates", s.name(),
                s.platform().displayName()));
        lines.add(messages.format("paste.preview.port", s.port()));
        lines.add(messages.format("paste.preview.encryption", messages.get(s.encrypt() ? "paste.on" : "paste.off"),
                s.certificateFile() == null ? messages.get("editor.cert.prompt") : s.certificateFile()));
        lines.add(messages.format("paste.preview.scl", ServiceEditorViewModel.sclChoiceText(s.scl())));
        lines.add(s.nonSecure() ? messages.format("paste.preview.nonSecure", s.defaultUser() == null
                ? messages.get("users.noDefaultUser") : s.defaultUser()) : messages.get("paste.preview.secure"));
        lines.add(messages.format("paste.preview.log", s.logLevel().id(),
                s.logFile() == null ? messages.get("editor.logFile.prompt") : s.logFile()));
        if (updates) {
            lines.add(messages.format("paste.preview.kept", s.startMode().label(),
                    s.dataRoot() == null ? messages.get("editor.dataRoot.prompt") : s.dataRoot(),
                    s.environment().size()));
        }
        lines.add(messages.format("paste.preview.rsynd", RsyndCommandLine.render(s, s.platform())));
        return String.join("\n", lines);
    }

    /** The service OK creates or updates; only while {@link #acceptableProperty()} holds. */
    public ServiceDefinition result() {
        if (!acceptable.get()) {
            throw new IllegalStateException("The line still has errors: " + findings);
        }
        return result;
    }

    public boolean isChanged() { return !line.get().isBlank(); }
    public StringProperty lineProperty() { return line; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Platform> platformProperty() { return platform; }
    public ObservableList<Finding> findings() { return FXCollections.unmodifiableObservableList(findings); }
    public ReadOnlyStringProperty previewProperty() { return preview.getReadOnlyProperty(); }
    /** What OK does, e.g. {@code Create Backup} or {@code Update SynSrv}. */
    public ReadOnlyStringProperty actionProperty() { return action.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty acceptableProperty() { return acceptable.getReadOnlyProperty(); }
}
