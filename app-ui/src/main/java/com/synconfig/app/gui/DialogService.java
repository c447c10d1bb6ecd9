package com.synconfig.app.gui;

import com.synconfig.app.gui.services.ServiceEditorViewModel;
import com.synconfig.model.service.ServiceDefinition;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a view model may ask of the person at the screen. View models talk to this interface only, so they
 * never touch a Stage and tests can answer for the user.
 */
public interface DialogService {

    /** The answer to "you have unsaved changes". */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    boolean confirm(String title, String message);

    UnsavedChoice askUnsaved(String message);

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** A file to read, or empty when the user cancels. */
    Optional<Path> chooseOpenFile(String title, Path initialDirectory);

    /** A file to write, or empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, Path initialDirectory, String initialName);

    /** A directory, or empty when the user cancels. */
    Optional<Path> chooseDirectory(String title, Path initialDirectory);

    /**
     * Runs a certificate wizard (asks its questions, then creates the files in the background with progress).
     *
     * @param kind          which wizard
     * @param suggestedFile where the main output goes unless the user changes it
     * @return the service-ready file (or, for a CA or a request, the certificate or request) when it was created
     */
    Optional<Path> runCertificateWizard(CertificateWizardKind kind, Path suggestedFile);

    /** Shows the xfServer Information dialog for {@code editor}; the edited service when the user presses OK. */
    Optional<ServiceDefinition> editService(ServiceEditorViewModel editor);
}
