package com.synconfig.app.gui;

import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The service chooser of a screen that shows one service at a time: follows the configuration, keeps the
 * chosen service while it still exists, else chooses the first.
 */
public final class ServicePicker {

    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObjectProperty<String> service = new SimpleObjectProperty<>(this, "service");
    private ServiceConfiguration configuration = new ServiceConfiguration(List.of());

    /**
     * Starts following {@code services}; {@code changed} runs now and whenever the chosen service or its
     * configuration changes. Separate from the constructor so the owner's field is set before the first call.
     */
    public void follow(ObservableValue<ServiceConfiguration> services, Runnable changed) {
        services.addListener((o, was, now) -> servicesChanged(now, changed));
        service.addListener(o -> changed.run());
        servicesChanged(services.getValue(), changed);
    }

    private void servicesChanged(ServiceConfiguration now, Runnable changed) {
        configuration = now == null ? new ServiceConfiguration(List.of()) : now;
        String keep = service.get();
        if (!names.equals(configuration.names())) {
            // A chooser showing these names clears its value (and with it, through its binding, ours) when its
            // items are replaced: choose again after the replacement.
            names.setAll(configuration.names());
        }
        String choice = keep != null && names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0);
        if (java.util.Objects.equals(choice, service.get())) {
            changed.run();
        } else {
            service.set(choice);
        }
    }

    /** The chosen service's definition; empty when none is chosen. */
    public Optional<ServiceDefinition> selected() {
        return service.get() == null ? Optional.empty() : configuration.find(service.get());
    }

    /** Every service of the configuration followed. */
    public ServiceConfiguration configuration() { return configuration; }
    public ObservableList<String> names() { return names; }
    public ObjectProperty<String> serviceProperty() { return service; }
}
