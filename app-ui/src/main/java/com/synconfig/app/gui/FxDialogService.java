package com.synconfig.app.gui;

import com.synconfig.app.gui.certificates.CertificateWizard;
import com.synconfig.app.gui.services.ServiceEditorDialog;
import com.synconfig.app.gui.services.ServiceEditorViewModel;
import com.synconfig.model.pki.CertificateFileGuard;
import com.synconfig.model.service.ServiceDefinition;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Messages messages;

    private final BackgroundWork work;
    private final Supplier<CertificateFileGuard> certificateFiles;

    /** @param certificateFiles what the certificate wizards may write over, asked each time a wizard opens */
    public FxDialogService(Window owner, Messages messages, BackgroundWork work,
                           Supplier<CertificateFileGuard> certificateFiles) {
        this.owner = owner;
        this.messages = messages;
        this.work = work;
        this.certificateFiles = certificateFiles;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public UnsavedChoice askUnsaved(String message) {
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.WARNING, messages.get("unsaved.title"), message);
        alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(activeWindow());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(480);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // long texts grow the dialog instead of being cut
        alert.setResizable(true);
        alert.setOnShown(e -> WindowPlacement.keepOnScreen(alert.getDialogPane().getScene().getWindow()));
        return alert;
    }

    /**
     * The window the user works in, so a question asked from a dialog returns the focus to that dialog. The newest
     * focused one: some platforms (Monocle) report every window of the program as focused.
     */
    private Window activeWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).reduce((older, newer) -> newer).orElse(owner);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path initialDirectory) {
        FileChooser chooser = fileChooser(title, initialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialDirectory, String initialName) {
        FileChooser chooser = fileChooser(title, initialDirectory);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDirectory) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser fileChooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }

    @Override
    public Optional<Path> runCertificateWizard(CertificateWizardKind kind, Path suggestedFile) {
        return new CertificateWizard(kind, suggestedFile, owner, messages, work, certificateFiles.get(), this)
                .showAndWait();
    }

    @Override
    public Optional<ServiceDefinition> editService(ServiceEditorViewModel editor) {
        Dialog<ServiceDefinition> dialog = new ServiceEditorDialog(editor, messages, this);
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }
}
