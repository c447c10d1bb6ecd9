package com.synconfig.app.gui.services;

import com.synconfig.app.gui.ConfigurationDocument;
import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.Messages;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
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
    private final ObservableList<ServiceRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceRow> selected = new SimpleObjectProperty<>(this, "selected");

    public ServicesViewModel(ConfigurationDocument document, ServiceValidator validator, ServiceLayouts layouts,
                             DialogService dialogs, Messages messages, ServiceStates states) {
        this.document = document;
        this.validator = validator;
        this.layouts = layouts;
        this.dialogs = dialogs;
        this.messages = messages;
        this.states = states;
        document.servicesProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Rebuilds the rows from the document, keeping the selection on the same service where it still exists. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().name();
        ServiceConfiguration config = document.services();
        rows.setAll(config == null ? java.util.List.of()
                : config.services().stream().map(s -> ServiceRow.of(s, states.stateText(s.name()))).toList());
        selected.set(rows.stream().filter(r -> r.name().equals(keep)).findFirst().orElse(null));
    }

    public void add() {
        dialogs.editService(ServiceEditorViewModel.add(document.services().services(), validator, layouts))
                .ifPresent(s -> document.update(document.services().with(s)));
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

    public void removeSelected() {
        selectedService().ifPresent(service -> {
            if (dialogs.confirm(messages.get("services.remove.title"),
                    messages.format("services.remove.confirm", service.name()))) {
                document.update(document.services().without(service.name()));
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
}
