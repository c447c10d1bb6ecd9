package com.synconfig.app.gui;

import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.config.ServiceTransfer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The configuration file as the program edits it: the services as last loaded or saved, and the services as edited
 * since. Nothing reaches the disk until {@link #save()}; {@link #dirtyProperty()} says whether anything would.
 */
public final class ConfigurationDocument {

    private final ConfigStore store;
    private final ObjectProperty<ConfigSnapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<ServiceConfiguration> services = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();

    public ConfigurationDocument(ConfigStore store) {
        this.store = store;
        dirty.bind(Bindings.createBooleanBinding(
                () -> snapshot.get() != null && !snapshot.get().services().equals(services.get()), snapshot, services));
    }

    public Path file() {
        return store.file();
    }

    /** Whether the file has been read (by {@link #load()}). */
    public boolean isLoaded() {
        return snapshot.get() != null;
    }

    /** Reads the file (writing the defaults on first start) and drops any edits. */
    public void load() throws IOException {
        ConfigSnapshot loaded = store.load();
        snapshot.set(loaded);
        services.set(loaded.services());
    }

    /**
     * Writes the edits.
     *
     * @throws com.synconfig.model.config.ConcurrentChangeException when the file changed on disk since it was loaded
     */
    public void save() throws IOException {
        ConfigSnapshot saved = store.save(snapshot.get(), services.get());
        snapshot.set(saved);
        services.set(saved.services());
    }

    /** Whether the file on disk is no longer the one loaded or saved last (another program or person changed it). */
    public boolean changedOnDisk() throws IOException {
        return Files.exists(store.file()) && !store.load().contentHash().equals(snapshot.get().contentHash());
    }

    /** The services as last loaded or saved (what a server started now runs). */
    public ServiceConfiguration savedServices() {
        return snapshot.get().services();
    }

    public void update(ServiceConfiguration edited) {
        services.set(edited);
    }

    /** Merges the services of an export file; returns what happened (nothing changes when it has errors). */
    public ServiceTransfer.ImportResult importFrom(Path file, boolean replace) throws IOException {
        ServiceTransfer.ImportResult result = ServiceTransfer.merge(services.get(), ServiceTransfer.read(file), replace);
        services.set(result.merged());
        return result;
    }

    /** Writes every service, as edited, to an export file. */
    public void exportTo(Path file) throws IOException {
        ServiceTransfer.exportTo(file, services.get(), List.of());
    }

    public ServiceConfiguration services() {
        return services.get();
    }

    public ReadOnlyObjectProperty<ServiceConfiguration> servicesProperty() {
        return services;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
