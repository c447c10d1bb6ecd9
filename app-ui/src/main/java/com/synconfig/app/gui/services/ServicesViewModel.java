package com.synconfig.app.gui.services;

import com.synconfig.app.gui.ConfigurationDocument;
import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.ServiceControl;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import java.util.List;
import java.util.Optional;
import com.synconfig.server.ServerState;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The xfServer services screen: the table of services and Add, Modify, Remove. Changes go to the document. */
public final class ServicesViewModel {

    private final ConfigurationDocument document;
    private final ServiceValidator validator;
    private final ServiceLayouts layouts;
    private final DialogService dialogs;
    private final Messages messages;
    private final ServiceStates states;
    private final ServiceControl control;
    private final ObservableList<ServiceRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper(this, "canStop");

    public ServicesViewModel(ConfigurationDocument document, ServiceValidator validator, ServiceLayouts layouts,
                             DialogService dialogs, Messages messages, ServiceStates states, ServiceControl control) {
        this.document = document;
        this.validator = validator;
        this.layouts = layouts;
        this.dialogs = dialogs;
        this.messages = messages;
        this.states = states;
        this.control = control;
        document.servicesProperty().addListener((o, was, now) -> refresh());
        selected.addListener(o -> followState());
        refresh();
    }

    /** Start is for a stopped (or failed) service, Stop and Restart for a running one: as the last poll found it. */
    private void followState() {
        ServerState state = selected.get() == null ? null : states.state(selected.get().name());
        canStart.set(state == ServerState.STOPPED || state == ServerState.FAILED);
        canStop.set(state == ServerState.RUNNING || state == ServerState.STARTING);
    }

    /** Rebuilds the rows from the document, keeping the selection on the same service where it still exists. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().name();
        ServiceConfiguration config = document.services();
        rows.setAll(config == null ? java.util.List.of()
                : config.services().stream().map(s -> ServiceRow.of(s, states.stateText(s.name()))).toList());
        select(keep);
        followState();
    }

    private void select(String name) {
        selected.set(rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null));
    }

    /** Adds a service through the dialog and selects it, so Modify, Start or Remove act on it next. */
    public void add() {
        dialogs.editService(ServiceEditorViewModel.add(document.services().services(), validator, layouts))
                .ifPresent(s -> {
                    document.update(document.services().with(s));
                    select(s.name());
                });
    }

    public void modifySelected() {
        selectedService().ifPresent(this::modify);
    }

    /** Opens the dialog for the named service (used by other screens that edit a service too). */
    public void modify(String name) {
        document.services().find(name).ifPresent(this::modify);
    }

    private void modify(ServiceDefinition service) {
        ServiceEditorViewModel editor = ServiceEditorViewModel.modify(service, document.services().services(), validator,
                layouts);
        states.connectedClients(service.name()).ifPresent(clients -> editor.setRestartWarning(
                messages.format("editor.restartWarning", service.name(), clients)));
        dialogs.editService(editor).ifPresent(s -> document.update(document.services().with(s)));
    }

    /**
     * Removes the selected service after asking; a running one is stopped first (the question names its connected
     * clients), so nothing keeps serving under a name the configuration no longer has.
     */
    public void removeSelected() {
        selectedService().ifPresent(service -> {
            String name = service.name();
            boolean running = states.connectedClients(name).isPresent();
            List<String> clients = states.clientAddresses(name);
            String question = !running ? messages.format("services.remove.confirm", name)
                    : clients.isEmpty() ? messages.format("services.remove.running", name)
                    : messages.format("services.remove.runningClients", name, clients.size(), String.join(", ", clients));
            if (!dialogs.confirm(messages.get("services.remove.title"), question)) {
                return;
            }
            Runnable remove = () -> document.update(document.services().without(name));
            if (running) {
                control.retire(name, remove);
            } else {
                remove.run();
            }
        });
    }

    public Optional<ServiceDefinition> selectedService() {
        return selected.get() == null ? Optional.empty() : document.services().find(selected.get().name());
    }

    public ObservableList<ServiceRow> rows() {
        return rows;
    }

    public ObjectProperty<ServiceRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** Stop and Restart. */
    public ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }
}
