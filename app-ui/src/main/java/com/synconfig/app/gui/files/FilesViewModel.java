package com.synconfig.app.gui.files;

import com.synconfig.app.gui.ServicePicker;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.server.ServerState;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.FileAttributes;
import com.synconfig.server.client.LocalServiceClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.client.ServerNotTrustedException;
import com.synconfig.server.store.IsamAdministration;
import com.synconfig.server.store.KeySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
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
 * The Files screen: the data files under the chosen service's data root; for ISAM files the record count, the keys
 * and the network-encrypt flag (the {@code isutl -p} equivalent), creating a new ISAM file, and GETFA on a file of the
 * running service through the client {@code synconfig client getfa} uses ({@link FileAttributes}).
 */
public final class FilesViewModel {

    private static final int MAX_DEPTH = 4;
    private static final Duration GETFA_TIMEOUT = Duration.ofSeconds(10);

    private final ServiceLayouts layouts;
    private final Function<String, ServerState> states;
    private final ServicePicker picker = new ServicePicker();
    private final ObservableList<FileRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FileRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper dataRoot = new ReadOnlyStringWrapper(this, "dataRoot", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper attributes = new ReadOnlyStringWrapper(this, "attributes", "");
    private final ReadOnlyBooleanWrapper attributesFailed = new ReadOnlyBooleanWrapper(this, "attributesFailed");
    private final ReadOnlyBooleanWrapper secure = new ReadOnlyBooleanWrapper(this, "secure");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking");

    /**
     * @param layouts where each service's files are: the data root the server serves
     * @param states  whether a service is running (GETFA needs its server)
     */
    public FilesViewModel(ObservableValue<ServiceConfiguration> services, ServiceLayouts layouts,
                          Function<String, ServerState> states) {
        this.layouts = layouts;
        this.states = states;
        selected.addListener((o, was, now) -> {
            attributes.set(""); // an answer about another file
            attributesFailed.set(false);
        });
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
        secure.set(picker.selected().map(s -> !s.nonSecure()).orElse(false));
        String keep = selected.get() == null ? null : selected.get().name();
        List<FileRow> found = new ArrayList<>();
        if (root != null && Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
                files.filter(Files::isRegularFile).filter(f -> !IsamAdministration.isCompanion(f))
                        .sorted(Comparator.naturalOrder())
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

    /**
     * GETFA on the selected file as things stand now: the request to run off the FX thread (connect to the running
     * service as a client, open the file, ask SLE and SLC, close); empty, with the reason shown, when it cannot be
     * asked.
     *
     * @param user     the login for a secure-mode service (ignored otherwise)
     * @param password its password
     */
    public Optional<Callable<FileAttributes>> attributesRequest(String user, String password) {
        Optional<ServiceDefinition> service = picker.selected();
        FileRow row = selected.get();
        String refusal = service.isEmpty() ? "Choose a service first."
                : row == null ? "Choose a file first: GETFA opens it on the service."
                : states.apply(service.get().name()) != ServerState.RUNNING ? "Service " + service.get().name()
                        + " is not running: start it (Server screen, or Start on the services screen), then ask again."
                : null;
        if (refusal != null) {
            showAttributesProblem(refusal);
            return Optional.empty();
        }
        ServiceLayout layout = layouts.of(service.get());
        String file = row.name();
        boolean login = !service.get().nonSecure();
        attributes.set("Asking " + service.get().name() + " for the attributes of " + file + "…");
        attributesFailed.set(false);
        asking.set(true);
        return Optional.of(() -> {
            ClientOptions options = LocalServiceClient.options(layout, GETFA_TIMEOUT);
            return FileAttributes.get(login ? options.login(user, password) : options, file);
        });
    }

    /** The answer of GETFA, shown. */
    public void showAttributes(FileAttributes answer) {
        asking.set(false);
        attributesFailed.set(false);
        attributes.set(answer.file() + ": SLE " + answer.encrypted() + (answer.encrypted().equals("1")
                ? " (encrypted), SLC " + answer.cipher().trim() : " (not encrypted), SLC blank"));
    }

    /** Why GETFA failed: the server's error as a client reports it, or why the connection could not be made. */
    public void showAttributesFailure(Throwable failure) {
        String why = failure instanceof ServerNotTrustedException e ? e.describe() + " The running service presents"
                + " another certificate than its certificate file holds (was the file replaced after it started?):"
                + " restart the service."
                : failure instanceof RemoteFileException e ? e.describe() : String.valueOf(failure.getMessage());
        showAttributesProblem("GETFA failed: " + why);
    }

    private void showAttributesProblem(String text) {
        asking.set(false);
        attributesFailed.set(true);
        attributes.set(text);
    }

    public ObservableList<String> serviceNames() { return picker.names(); }
    public ObjectProperty<String> serviceProperty() { return picker.serviceProperty(); }
    public ObservableList<FileRow> rows() { return rows; }
    public ObjectProperty<FileRow> selectedProperty() { return selected; }
    public ReadOnlyStringProperty dataRootProperty() { return dataRoot.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The last GETFA answer, or why it failed. */
    public ReadOnlyStringProperty attributesProperty() { return attributes.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty attributesFailedProperty() { return attributesFailed.getReadOnlyProperty(); }
    /** While a GETFA request is under way. */
    public ReadOnlyBooleanProperty askingProperty() { return asking.getReadOnlyProperty(); }
    /** Whether the chosen service runs in secure mode: GETFA then logs in. */
    public ReadOnlyBooleanProperty secureProperty() { return secure.getReadOnlyProperty(); }
}
