package com.synconfig.app.gui.certificates;

import com.synconfig.app.gui.BackgroundWork;
import com.synconfig.app.gui.CertificateWizardKind;
import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.WindowPlacement;
import com.synconfig.app.gui.StyleClasses;
import com.synconfig.model.pki.CertificateFileGuard;
import com.synconfig.model.pki.CertificateIssuer;
import com.synconfig.model.pki.CertificateToolkit;
import com.synconfig.model.pki.KeySpec;
import com.synconfig.model.pki.SubjectAltNames;
import com.synconfig.model.service.ServiceDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * One dialog for every certificate wizard: the fields the chosen operation needs (each label's Alt mnemonic focuses
 * its field), then the work on a background thread with a progress bar and the toolkit's progress notes; the dialog
 * closes when the files are written. OK stays disabled, with the reason shown, while the {@link CertificateWizardForm}
 * has a problem (a wrong subject field, two passphrases that differ). Outputs default to names no service and no file
 * has; replacing an existing file is asked first and keeps a backup.
 */
public final class CertificateWizard {

    private final CertificateWizardKind kind;
    private final Messages messages;
    private final BackgroundWork work;
    private final CertificateFileGuard guard;
    private final DialogService dialogs;
    private final Dialog<Path> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final CertificateWizardForm form;
    private final Label problem = new Label();
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar();
    /** While the files are being made: OK stays disabled. */
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private int row;

    private final TextField cn = field("wizard-cn", SubjectAltNames.localHostName());
    private final TextField org = field("wizard-o", "");
    private final TextField unit = field("wizard-ou", "");
    private final TextField locality = field("wizard-l", "");
    private final TextField state = field("wizard-st", "");
    private final TextField country = field("wizard-c", "");
    private final TextField email = field("wizard-email", "");
    private final TextField sans = field("wizard-sans", String.join(", ", SubjectAltNames.defaults().entries()));
    private final ComboBox<KeySpec> keySpec = new ComboBox<>();
    private final TextField days = field("wizard-days", "");
    private final TextField out = field("wizard-out", "");
    private final TextField secondOut = field("wizard-out2", "");
    private final TextField caCert = field("wizard-cacert", "");
    private final TextField caKey = field("wizard-cakey", "");
    private final PasswordField passphrase = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final PasswordField otherPassphrase = new PasswordField();

    /**
     * @param guard   decides the default output names (never a file a service uses) and what replacing a file means
     * @param dialogs asks before an existing file is replaced
     */
    public CertificateWizard(CertificateWizardKind kind, Path suggestedFile, Window owner, Messages messages,
                             BackgroundWork work, CertificateFileGuard guard, DialogService dialogs) {
        this.kind = kind;
        this.messages = messages;
        this.work = work;
        this.guard = guard;
        this.dialogs = dialogs;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("wizard.title." + kind.name()));
        keySpec.setId("wizard-key");
        keySpec.getItems().setAll(KeySpec.RSA_2048, KeySpec.RSA_3072, KeySpec.RSA_4096, KeySpec.EC_P256, KeySpec.EC_P384);
        keySpec.setValue(KeySpec.DEFAULT);
        passphrase.setId("wizard-passphrase");
        confirmation.setId("wizard-passphrase-confirm");
        otherPassphrase.setId("wizard-passphrase2");
        form = new CertificateWizardForm(kind);
        bind();
        grid.setHgap(8);
        grid.setVgap(6);
        layout(suggestedFile);
        problem.setId("wizard-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(form.problemProperty());
        progress.setVisible(false);
        progress.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(10, grid, problem, progress, progressText);
        content.setPadding(new Insets(8));
        content.setPrefWidth(620);
        // The form scrolls on a small screen, so OK and Cancel stay in reach (up to 16 rows: taller than 600 px).
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("wizard-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStyleClass().add(StyleClasses.FORM_DIALOG);
        dialog.setOnShowing(e -> WindowPlacement.fitToScreen(dialog.getDialogPane(), owner));
        dialog.setOnShown(e -> WindowPlacement.keepOnScreen(dialog.getDialogPane().getScene().getWindow()));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("wizard-ok");
        ok.disableProperty().bind(form.problemProperty().isNotEmpty().or(working));
        // OK starts the work; the dialog stays open (with progress) until the files are written or it failed.
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            start(ok);
        });
        dialog.setResultConverter(b -> null);
    }

    /** The form's values are the fields' texts. */
    private void bind() {
        form.cn.bindBidirectional(cn.textProperty());
        form.o.bindBidirectional(org.textProperty());
        form.ou.bindBidirectional(unit.textProperty());
        form.l.bindBidirectional(locality.textProperty());
        form.st.bindBidirectional(state.textProperty());
        form.c.bindBidirectional(country.textProperty());
        form.email.bindBidirectional(email.textProperty());
        form.sans.bindBidirectional(sans.textProperty());
        form.days.bindBidirectional(days.textProperty());
        form.passphrase.bindBidirectional(passphrase.textProperty());
        form.confirmation.bindBidirectional(confirmation.textProperty());
    }

    private void layout(Path suggested) {
        String file = suggested == null ? "" : suggested.toString();
        String serviceFile = output(suggested == null ? ServiceDefinition.DEFAULT_CERTIFICATE : file);
        switch (kind) {
            case SELF_SIGNED -> {
                subjectRows();
                namesAndKeyRows();
                add("wizard.days", days, String.valueOf(CertificateIssuer.DEFAULT_SERVER_DAYS));
                add("wizard.out", out, serviceFile);
                newPassphraseRows("wizard.keyPassphrase");
            }
            case LOCAL_CA -> {
                cn.setText("SynConfig local CA");
                subjectRows();
                add("wizard.key", keySpec, null);
                add("wizard.days", days, String.valueOf(CertificateIssuer.DEFAULT_CA_DAYS));
                add("wizard.caCertOut", out, output(sibling(suggested, "ca-cert.pem")));
                add("wizard.caKeyOut", secondOut, output(sibling(suggested, "ca-key.pem")));
                newPassphraseRows("wizard.newCaPassphrase");
            }
            case ISSUE_FROM_CA -> {
                add("wizard.caCert", caCert, sibling(suggested, "ca-cert.pem"));
                add("wizard.caKey", caKey, sibling(suggested, "ca-key.pem"));
                add("wizard.caPassphrase", otherPassphrase, null);
                subjectRows();
                namesAndKeyRows();
                add("wizard.days", days, String.valueOf(CertificateIssuer.DEFAULT_SERVER_DAYS));
                add("wizard.out", out, serviceFile);
                newPassphraseRows("wizard.keyPassphrase");
            }
            case REQUEST -> {
                subjectRows();
                namesAndKeyRows();
                add("wizard.requestOut", out, output(sibling(suggested, "rsynd.csr")));
                add("wizard.keyOut", secondOut, output(sibling(suggested, "rsynd-key.pem")));
                newPassphraseRows("wizard.keyPassphrase");
            }
            case IMPORT_REPLY -> {
                add("wizard.reply", caCert, sibling(suggested, "reply.pem"));
                add("wizard.keyIn", caKey, sibling(suggested, "rsynd-key.pem"));
                add("wizard.keyInPassphrase", otherPassphrase, null);
                add("wizard.out", out, serviceFile);
                newPassphraseRows("wizard.keyPassphrase");
            }
            case CONVERT -> {
                add("wizard.convertIn", caCert, file);
                add("wizard.convertInPassphrase", otherPassphrase, null);
                add("wizard.convertOut", out, output(sibling(suggested, "rsynd.p12")));
                newPassphraseRows("wizard.convertOutPassphrase");
            }
        }
    }

    /** The subject fields {@code synconfig cert} takes: --cn --o --ou --l --st --c --email. */
    private void subjectRows() {
        add("wizard.cn", cn, null);
        add("wizard.o", org, null);
        add("wizard.ou", unit, null);
        add("wizard.l", locality, null);
        add("wizard.st", state, null);
        add("wizard.c", country, null);
        add("wizard.email", email, null);
    }

    private void namesAndKeyRows() {
        add("wizard.sans", sans, null);
        add("wizard.key", keySpec, null);
    }

    /** A new passphrase, and the field that confirms it. */
    private void newPassphraseRows(String labelKey) {
        add(labelKey, passphrase, null);
        add("wizard.confirmPassphrase", confirmation, null);
    }

    private static String sibling(Path suggested, String name) {
        return suggested == null ? name : suggested.resolveSibling(name).toString();
    }

    /** The default for an output: {@code wanted} unless a service uses it or it exists, then the next free name. */
    private String output(String wanted) {
        return guard.freeFile(Path.of(wanted).toAbsolutePath()).toString();
    }

    private void add(String key, Node field, String initial) {
        if (initial != null && field instanceof TextField t) {
            t.setText(initial);
        }
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        row++;
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }

    public Optional<Path> showAndWait() {
        return dialog.showAndWait();
    }

    /** The files this wizard writes, as entered. */
    private List<Path> outputs() {
        List<Path> files = new ArrayList<>(List.of(Path.of(out.getText().trim())));
        if (kind == CertificateWizardKind.LOCAL_CA || kind == CertificateWizardKind.REQUEST) {
            files.add(Path.of(secondOut.getText().trim()));
        }
        return files;
    }

    /** Asks before each existing output is replaced; empty when the admin said no to one of them. */
    private Optional<List<CertificateFileGuard.Replacement>> confirmReplacements() {
        List<CertificateFileGuard.Replacement> agreed = new ArrayList<>();
        for (Path file : outputs()) {
            Optional<CertificateFileGuard.Replacement> replacement = guard.replacing(file);
            if (replacement.isPresent()) {
                if (!dialogs.confirm(messages.get("wizard.replace.title"), replacement.get().question())) {
                    return Optional.empty();
                }
                agreed.add(replacement.get());
            }
        }
        return Optional.of(agreed);
    }

    private void start(Button ok) {
        Optional<List<CertificateFileGuard.Replacement>> replacements = confirmReplacements();
        if (replacements.isEmpty()) {
            return;
        }
        working.set(true);
        grid.setDisable(true);
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                for (CertificateFileGuard.Replacement replacement : replacements.get()) {
                    replacement.keepBackup();
                }
                CertificateToolkit toolkit = new CertificateToolkit(this::updateMessage);
                return perform(toolkit);
            }
        };
        progressText.getStyleClass().remove(StyleClasses.FINDING_ERROR);
        progressText.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            dialog.setResult(task.getValue());
            dialog.close();
        });
        task.setOnFailed(e -> {
            progressText.textProperty().unbind();
            progressText.setText(messages.get("wizard.failed") + " " + task.getException().getMessage());
            progressText.getStyleClass().add(StyleClasses.FINDING_ERROR);
            progress.setVisible(false);
            grid.setDisable(false);
            working.set(false);
        });
        work.run(task);
    }

    /** The toolkit call for this wizard, with the values as entered (runs on a background thread). */
    private Path perform(CertificateToolkit toolkit) throws Exception {
        Path main = Path.of(out.getText().trim());
        char[] newPassphrase = form.newPassphrase();
        switch (kind) {
            case SELF_SIGNED -> toolkit.selfSigned(form.subject(), form.altNames(), keySpec.getValue(), form.days(), main,
                    newPassphrase);
            case LOCAL_CA -> toolkit.createCa(form.subject(), keySpec.getValue(), form.days(), newPassphrase, main,
                    Path.of(secondOut.getText().trim()));
            case ISSUE_FROM_CA -> toolkit.issue(Path.of(caCert.getText().trim()), Path.of(caKey.getText().trim()),
                    secret(otherPassphrase), form.subject(), form.altNames(), keySpec.getValue(), form.days(), main,
                    newPassphrase);
            case REQUEST -> toolkit.request(form.subject(), form.altNames(), keySpec.getValue(), main,
                    Path.of(secondOut.getText().trim()), newPassphrase);
            case IMPORT_REPLY -> toolkit.importReply(Path.of(caCert.getText().trim()), List.of(),
                    Path.of(caKey.getText().trim()), secret(otherPassphrase), main, newPassphrase);
            case CONVERT -> toolkit.convert(Path.of(caCert.getText().trim()), secret(otherPassphrase), main,
                    newPassphrase);
        }
        return main;
    }

    private static char[] secret(PasswordField field) {
        return field.getText().isEmpty() ? null : field.getText().toCharArray();
    }
}
