package com.synconfig.app.gui.users;

import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.ServicePicker;
import com.synconfig.app.gui.Worker;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.server.auth.UserFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Users screen: the secure-mode users of the chosen service (its users file, where the service layout puts it),
 * and adding a user, resetting a password and removing a user. Changes go to the file at once, as
 * {@code synconfig user} makes them: the service reads it at every login. The user file and its rules decide; this
 * screen asks them, and says when the service is in non-secure mode and so does not use its users.
 */
public final class UsersViewModel {

    private final ServiceLayouts layouts;
    private final DialogService dialogs;
    private final Messages messages;
    private final Worker worker;
    private final ServicePicker picker = new ServicePicker();
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper usersFile = new ReadOnlyStringWrapper(this, "usersFile", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param services the services as edited (a user can be given to a service before it is saved)
     * @param worker   does the file work (bcrypt is slow on purpose) off the FX thread
     */
    public UsersViewModel(ObservableValue<ServiceConfiguration> services, ServiceLayouts layouts, DialogService dialogs,
                          Messages messages, Worker worker) {
        this.layouts = layouts;
        this.dialogs = dialogs;
        this.messages = messages;
        this.worker = worker;
        picker.follow(services, this::refresh);
    }

    /** The users file of the chosen service; empty when no service is chosen. */
    public Optional<Path> file() {
        return picker.selected().map(s -> layouts.of(s).usersFile());
    }

    /** Reads the users file again (another program, e.g. {@code synconfig user}, may have changed it). */
    public void refresh() {
        usersFile.set(file().map(Path::toString).orElse(""));
        message.set("");
        Optional<Path> file = file();
        if (file.isEmpty()) {
            show(List.of());
            return;
        }
        change(file.get(), () -> { }, null);
    }

    /** What Add user fills in. */
    public PasswordForm newUserForm() {
        return PasswordForm.newUser();
    }

    /** What Reset password fills in, for the selected user; empty when none is selected. */
    public Optional<PasswordForm> resetForm() {
        return Optional.ofNullable(selected.get()).map(PasswordForm::reset);
    }

    /** Adds the form's user (refused by the user file when the name is taken). */
    public void add(PasswordForm form) {
        String user = form.userName();
        char[] password = form.passwordChars();
        file().ifPresent(f -> change(f, () -> new UserFile(f).create(user, password),
                messages.format("users.added", user, serviceName())));
    }

    /** Gives the form's user the form's password. */
    public void resetPassword(PasswordForm form) {
        String user = form.userName();
        char[] password = form.passwordChars();
        file().ifPresent(f -> change(f, () -> new UserFile(f).resetPassword(user, password),
                messages.format("users.resetDone", user, serviceName())));
    }

    /** Removes the selected user after asking. */
    public void removeSelected() {
        String user = selected.get();
        Optional<Path> file = file();
        if (user == null || file.isEmpty() || !dialogs.confirm(messages.get("users.remove.title"),
                messages.format("users.remove.confirm", user, serviceName()))) {
            return;
        }
        change(file.get(), () -> new UserFile(file.get()).remove(user), messages.format("users.removed", user,
                serviceName()));
    }

    /** A change of the users file, made off the FX thread. */
    @FunctionalInterface
    private interface FileChange {
        void run() throws Exception;
    }

    /**
     * Makes {@code change} to {@code file} and reads the users back, off the FX thread; then shows them and
     * {@code done} (when the same file is still shown), or the failure: the file is then as it was.
     */
    private void change(Path file, FileChange change, String done) {
        busy.set(true);
        worker.run(() -> {
            change.run();
            return new UserFile(file).list();
        }, list -> {
            busy.set(false);
            if (file().filter(file::equals).isPresent()) {
                show(list);
                message.set(done == null ? "" : done);
            }
        }, failure -> {
            busy.set(false);
            String why = Objects.toString(failure.getMessage(), failure.toString());
            if (done == null) { // reading failed: say so where the users would be
                users.clear();
                notice.set(why);
            } else {
                message.set(why);
                dialogs.showError(messages.get("users.failed"), why);
            }
        });
    }

    private void show(List<String> names) {
        String keep = selected.get();
        users.setAll(names);
        selected.set(keep != null && names.contains(keep) ? keep : null);
        notice.set(picker.selected().map(s -> noticeFor(s, names.isEmpty())).orElse(""));
    }

    /** Non-secure mode does not use the users; secure mode with no users lets nobody in. */
    private String noticeFor(ServiceDefinition service, boolean noUsers) {
        if (service.nonSecure()) {
            return messages.format("users.nonSecure", service.name(), service.defaultUser() == null
                    ? messages.get("users.noDefaultUser") : service.defaultUser());
        }
        return noUsers ? messages.format("users.nobody", service.name()) : "";
    }

    private String serviceName() {
        return picker.serviceProperty().get();
    }

    public ObservableList<String> serviceNames() { return picker.names(); }
    public ObjectProperty<String> serviceProperty() { return picker.serviceProperty(); }
    public ObservableList<String> users() { return FXCollections.unmodifiableObservableList(users); }
    public ObjectProperty<String> selectedProperty() { return selected; }
    public ReadOnlyStringProperty usersFileProperty() { return usersFile.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
