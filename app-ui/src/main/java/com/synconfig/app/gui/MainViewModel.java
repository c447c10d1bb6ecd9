package com.synconfig.app.gui;

import com.synconfig.app.gui.DialogService.UnsavedChoice;
import com.synconfig.model.check.Finding;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.config.ServiceTransfer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's commands (File menu, closing, noticing the file change on disk) and its status line.
 * Unsaved changes are never dropped without asking.
 */
public final class MainViewModel {

    private final ConfigurationDocument document;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** Set when the user chose to keep their edits over a change on disk; cleared by the next load or save. */
    private boolean diskChangeKept;
    private BiConsumer<ServiceConfiguration, ServiceConfiguration> onSaved = (before, after) -> { };

    public MainViewModel(ConfigurationDocument document, DialogService dialogs, Messages messages) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Loads the file at start, unless it was read ahead; false (after telling the user why) when it cannot be read. */
    public boolean open() {
        try {
            if (!document.isLoaded()) {
                document.load();
            }
            status.set(messages.format("status.loaded", document.file()));
            return true;
        } catch (IOException e) {
            dialogs.showError(messages.get("error.load.title"), e.getMessage());
            return false;
        }
    }

    /** Called after every save with the services as saved before and now (start modes take effect then). */
    public void setOnSaved(BiConsumer<ServiceConfiguration, ServiceConfiguration> onSaved) {
        this.onSaved = onSaved;
    }

    /** Saves; false (after telling the user why) when nothing was written. */
    public boolean save() {
        try {
            ServiceConfiguration before = document.savedServices();
            document.save();
            diskChangeKept = false;
            status.set(messages.format("status.saved", document.file()));
            onSaved.accept(before, document.savedServices());
            return true;
        } catch (IOException e) {
            dialogs.showError(messages.get("error.save.title"), e.getMessage());
            return false;
        }
    }

    public void reload() {
        if (document.isDirty() && !dialogs.confirm(messages.get("reload.title"), messages.get("reload.confirm"))) {
            return;
        }
        loadAgain("status.reloaded");
    }

    private void loadAgain(String statusKey) {
        try {
            document.load();
            diskChangeKept = false;
            status.set(messages.format(statusKey, document.file()));
        } catch (IOException e) {
            dialogs.showError(messages.get("error.load.title"), e.getMessage());
        }
    }

    /**
     * Called periodically and when the window gains focus: when another program changed the file, reload it;
     * when the user has edits, ask first (once per change).
     */
    public void checkDisk() {
        try {
            if (diskChangeKept || !document.changedOnDisk()) {
                return;
            }
        } catch (IOException e) {
            status.set(e.getMessage());
            return;
        }
        if (!document.isDirty()) {
            loadAgain("status.reloadedFromDisk");
        } else if (dialogs.confirm(messages.get("diskChange.title"), messages.get("diskChange.confirm"))) {
            loadAgain("status.reloadedFromDisk");
        } else {
            diskChangeKept = true;
            status.set(messages.get("status.diskChangeKept"));
        }
    }

    public void importServices() {
        dialogs.chooseOpenFile(messages.get("import.title"), document.file().getParent()).ifPresent(file -> {
            try {
                ServiceTransfer.ImportResult result = document.importFrom(file, false);
                if (result.refused()) {
                    String why = String.join("\n", result.findings().values().stream().flatMap(List::stream)
                            .map(Finding::message).toList());
                    if (!dialogs.confirm(messages.get("import.title"), messages.format("import.replace", why))) {
                        return;
                    }
                    result = document.importFrom(file, true);
                }
                status.set(messages.format("status.imported", result.added().size() + result.replaced().size(), file));
            } catch (IOException e) {
                dialogs.showError(messages.get("import.title"), e.getMessage());
            }
        });
    }

    public void exportServices() {
        dialogs.chooseSaveFile(messages.get("export.title"), document.file().getParent(), "synconfig-export.ini")
                .ifPresent(this::exportTo);
    }

    private void exportTo(Path file) {
        try {
            document.exportTo(file);
            status.set(messages.format("status.exported", document.services().services().size(), file));
        } catch (IOException e) {
            dialogs.showError(messages.get("export.title"), e.getMessage());
        }
    }

    /** Whether the window may close: asks to save unsaved changes; false when the user cancels or saving fails. */
    public boolean canClose() {
        if (!document.isDirty()) {
            return true;
        }
        UnsavedChoice choice = dialogs.askUnsaved(messages.format("unsaved.message", document.file()));
        return switch (choice) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Shows news or a problem that needs no answer in the status line (e.g. background work that failed). */
    public void report(String text) {
        status.set(text);
    }

    public ConfigurationDocument document() {
        return document;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
