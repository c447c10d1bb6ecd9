package com.synconfig.app.gui.files;

import com.synconfig.app.gui.ServicePicker;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.server.store.IsamAdministration;
import com.synconfig.server.store.KeySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Files screen: the data files under the chosen service's data root; for ISAM files the record count, the keys
 * and the network-encrypt flag (the {@code isutl -p} equivalent), and creating a new ISAM file.
 */
public final class FilesViewModel {

    private static final int MAX_DEPTH = 4;

    private final ServiceLayouts layouts;
    private final ServicePicker picker = new ServicePicker();
    private final ObservableList<FileRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FileRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper dataRoot = new ReadOnlyStringWrapper(this, "dataRoot", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param layouts where each service's files are: the data root the server serves */
    public FilesViewModel(ObservableValue<ServiceConfiguration> services, ServiceLayouts layouts) {
        this.layouts = layouts;
        picker.follow(services, this::refresh);
    }

    /** The data root of the chosen service, as its layout (and so the server) has it. */
    public Path root() {
        return picker.selected().map(s -> layouts.of(s).dataRoot()).orElse(null);
    }

    /** Lists the data files again. */
    public void refresh() {
        Path root = root();
        dataRoot.set(root == null ? "" : root.toString());
        String keep = selected.get() == null ? null : selected.get().name();
        List<FileRow> found = new ArrayList<>();
        if (root != null && Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
                files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder())
                        .forEach(f -> found.add(row(root, f)));
            } catch (IOException e) {
                message.set("Cannot list " + root + ": " + e.getMessage());
            }
        }
        rows.setAll(found);
        selected.set(found.stream().filter(r -> r.name().equals(keep)).findFirst().orElse(null));
    }

    private FileRow row(Path root, Path file) {
        String name = root.relativize(file).toString().replace('\\', '/');
        long size = sizeOf(file);
        if (!IsamAdministration.isIsam(file)) {
            return new FileRow(file, name, false, size, -1, "", false);
        }
        try {
            IsamAdministration.Info isam = IsamAdministration.info(file);
            String keys = String.join("; ", isam.definition().keys().stream().map(KeySpec::toString).toList());
            return new FileRow(file, name, true, size, isam.records(), keys, isam.networkEncrypt());
        } catch (RuntimeException e) {
            // Open elsewhere (a running server holds it) or damaged: list it without its details.
            return new FileRow(file, name, true, size, -1, "(in use: " + e.getMessage() + ")", false);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Sets or clears the selected ISAM file's network-encrypt flag ({@code isutl -p -qfile=network_encrypt}). */
    public void setNetworkEncrypt(boolean on) {
        FileRow row = selected.get();
        if (row == null || !row.isam()) {
            return;
        }
        try {
            IsamAdministration.setNetworkEncrypt(row.file(), on);
            message.set(row.name() + (on ? ": remote access now requires network encryption."
                    : ": remote access no longer requires network encryption."));
        } catch (RuntimeException e) {
            message.set("Cannot change " + row.name() + ": " + e.getMessage()
                    + " Stop the service's server first if it has the file open.");
        }
        refresh();
    }

    /**
     * Creates an ISAM file under the data root.
     *
     * @param name       a path relative to the data root, e.g. {@code orders/cust.ism}
     * @param keys       key specifications, e.g. {@code 1:6} and {@code 7:10,dups}
     * @return empty when it was created, else what is wrong (nothing is created)
     */
    public Optional<String> createIsam(String name, String recordSize, List<String> keys,
                                                 boolean networkEncrypt) {
        Path root = root();
        if (root == null) {
            return Optional.of("Choose a service first.");
        }
        if (name == null || name.isBlank()) {
            return Optional.of("Enter a file name, e.g. cust.ism.");
        }
        Path file;
        try {
            file = IsamAdministration.inDataRoot(root, name);
            IsamAdministration.create(file, Integer.parseInt(recordSize.trim()), keys, networkEncrypt);
        } catch (NumberFormatException e) {
            return Optional.of("Record size '" + recordSize + "' is not a number: enter the record length in bytes.");
        } catch (IllegalArgumentException | IOException e) {
            return Optional.of(e.getMessage());
        }
        message.set("Created " + file + ".");
        refresh();
        return Optional.empty();
    }

    public ObservableList<String> serviceNames() { return picker.names(); }
    public ObjectProperty<String> serviceProperty() { return picker.serviceProperty(); }
    public ObservableList<FileRow> rows() { return rows; }
    public ObjectProperty<FileRow> selectedProperty() { return selected; }
    public ReadOnlyStringProperty dataRootProperty() { return dataRoot.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
