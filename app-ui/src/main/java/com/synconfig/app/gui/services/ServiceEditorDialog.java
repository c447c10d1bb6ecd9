package com.synconfig.app.gui.services;

import com.synconfig.app.gui.CertificateWizardKind;
import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.StyleClasses;
import com.synconfig.model.check.Finding;
import com.synconfig.model.service.ConnectionLimits;
import com.synconfig.model.rsynd.RsyndCommandLine;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.PortRule;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.StartMode;
import com.synconfig.app.gui.WindowPlacement;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The xfServer Information dialog (Add and Modify): every setting of one service, decorated live with the
 * validator's findings, OK disabled while errors remain, and the equivalent {@code rsynd} command line below.
 */
public final class ServiceEditorDialog extends Dialog<ServiceDefinition> {

    private final ServiceEditorViewModel vm;
    private final Messages messages;
    private final DialogService dialogs;
    private static final double TOOLTIP_WIDTH = 420;
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane grid = new GridPane();
    /** The label each finding field is shown under, e.g. {@code certificateFile} -> {@code Certificate file}. */
    private final Map<String, String> fieldLabels = new HashMap<>();
    private int row;

    public ServiceEditorDialog(ServiceEditorViewModel vm, Messages messages, DialogService dialogs) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        setTitle(vm.isAdding() ? messages.get("editor.title.add") : messages.format("editor.title.modify",
                vm.nameProperty().get()));
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.hasErrorsProperty());
        getDialogPane().lookupButton(ButtonType.OK).setId("editor-ok");
        getDialogPane().setContent(scrolling(content()));
        getDialogPane().setPrefWidth(760);
        getDialogPane().getStyleClass().add(StyleClasses.FORM_DIALOG);
        setResultConverter(button -> button == ButtonType.OK ? vm.result() : null);
        setOnShowing(e -> WindowPlacement.fitToScreen(getDialogPane(), getOwner()));
        setOnShown(e -> WindowPlacement.keepOnScreen(getDialogPane().getScene().getWindow()));
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::enterMeansOk);
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::escapeAsksFirst);
        validation.setErrorDecorationEnabled(true);
        // Reachable from the pane, so UI tests can ask which message decorates a field.
        getDialogPane().getProperties().put(ValidationSupport.class, validation);
        vm.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> validation.revalidate());
    }

    private Node content() {
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        TextField name = explain(textField("editor-name", vm.nameProperty()), "name");
        name.setEditable(vm.isAdding());
        name.setDisable(!vm.isAdding());
        addRow("editor.name", name, "name");
        addRow("editor.platform", explain(comboBox("editor-platform", Platform.values(), vm.platformProperty(),
                Platform::displayName), "platform"), null);
        addRow("editor.port", explain(textField("editor-port", vm.portTextProperty()), ServiceEditorViewModel.PORT,
                Integer.toString(PortRule.MIN), Integer.toString(PortRule.MAX),
                Integer.toString(ServiceDefinition.DEFAULT_PORT)), ServiceEditorViewModel.PORT);

        CheckBox encrypt = explain(ToggleMnemonics.checkBox(messages.get("editor.encrypt")), "encrypt");
        encrypt.setId("editor-encrypt");
        encrypt.selectedProperty().bindBidirectional(vm.encryptProperty());
        addRow(null, encrypt, null);

        TextField cert = explain(textField("editor-cert", vm.certificateFileProperty()), "certificateFile");
        cert.setPromptText(messages.get("editor.cert.prompt"));
        Button browse = new Button(messages.get("editor.cert.browse"));
        browse.setOnAction(e -> dialogs.chooseOpenFile(messages.get("editor.chooseCert"), startDirectory(cert.getText()))
                .ifPresent(p -> vm.certificateFileProperty().set(p.toString())));
        Button create = new Button(messages.get("editor.cert.create"));
        create.setId("editor-cert-create");
        create.setOnAction(e -> dialogs.runCertificateWizard(CertificateWizardKind.SELF_SIGNED,
                        vm.suggestedCertificate())
                .ifPresent(p -> vm.certificateFileProperty().set(p.toString())));
        addRow("editor.cert", withButtons(cert, browse, create), cert, "certificateFile");

        addRow("editor.scl", explain(comboBox("editor-scl", Scl.values(), vm.sclProperty(),
                ServiceEditorViewModel::sclChoiceText), "scl"), "scl");

        ToggleGroup security = new ToggleGroup();
        RadioButton secure = explain(ToggleMnemonics.radioButton(messages.get("editor.secure")), "nonSecure");
        RadioButton nonSecure = explain(ToggleMnemonics.radioButton(messages.get("editor.nonSecure")), "nonSecure");
        nonSecure.setId("editor-nonsecure");
        secure.setToggleGroup(security);
        nonSecure.setToggleGroup(security);
        (vm.nonSecureProperty().get() ? nonSecure : secure).setSelected(true);
        nonSecure.selectedProperty().addListener((o, was, now) -> vm.nonSecureProperty().set(now));
        addRow("editor.security", new HBox(16, secure, nonSecure), nonSecure, "nonSecure");
        addRow("editor.defaultUser", explain(textField("editor-user", vm.defaultUserProperty()), "defaultUser"),
                "defaultUser");

        addRow("editor.startMode", explain(comboBox("editor-startmode", StartMode.values(), vm.startModeProperty(),
                StartMode::label), "startMode"), null);
        addRow("editor.logLevel", explain(comboBox("editor-loglevel", LogLevel.values(), vm.logLevelProperty(),
                LogLevel::id), "logLevel"), null);
        TextField logFile = explain(textField("editor-logfile", vm.logFileProperty()), "logFile");
        logFile.setPromptText(messages.get("editor.logFile.prompt"));
        addRow("editor.logFile", logFile, null);

        TextField dataRoot = explain(textField("editor-dataroot", vm.dataRootProperty()), "dataRoot");
        dataRoot.setPromptText(messages.get("editor.dataRoot.prompt"));
        Button browseRoot = new Button(messages.get("editor.browseFolder"));
        browseRoot.setOnAction(e -> dialogs.chooseDirectory(messages.get("editor.chooseFolder"),
                startDirectory(dataRoot.getText())).ifPresent(p -> vm.dataRootProperty().set(p.toString())));
        addRow("editor.dataRoot", withButtons(dataRoot, browseRoot), dataRoot, "dataRoot");
        addLimitsRow();
        TableView<EnvironmentEntry> environment = explain(environmentTable(), "environment");
        addRow("editor.environment", environmentEditor(environment), environment, "environment");
        addRow("editor.findings", findingsList(), null);

        TextArea preview = new TextArea();
        preview.setId("editor-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(2);
        preview.getStyleClass().add(StyleClasses.MONOSPACE);
        preview.setPromptText(messages.get("editor.preview.none"));
        preview.textProperty().bind(vm.previewProperty());
        Label previewLabel = new Label();
        previewLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("editor.preview", vm.platformProperty().get().displayName()),
                vm.platformProperty()));
        Label restart = new Label();
        restart.setId("editor-restart-warning");
        restart.setWrapText(true);
        restart.getStyleClass().add(StyleClasses.RESTART_NOTE);
        restart.textProperty().bind(vm.restartWarningProperty());
        restart.visibleProperty().bind(vm.restartWarningProperty().isNotEmpty());
        restart.managedProperty().bind(restart.visibleProperty());
        VBox box = new VBox(6, restart, grid, previewLabel, preview);
        return box;
    }

    /** Maximum connections, per host, and the login timeout: one row, each field decorated with its findings. */
    private void addLimitsRow() {
        ConnectionLimits d = ConnectionLimits.DEFAULTS;
        TextField total = explain(limitField("editor-maxconnections", vm.maxConnectionsProperty()),
                ConnectionLimits.MAX_CONNECTIONS, ConnectionLimits.MOST_CONNECTIONS, d.maxConnections());
        TextField perHost = explain(limitField("editor-maxperhost", vm.maxConnectionsPerHostProperty()),
                ConnectionLimits.MAX_CONNECTIONS_PER_HOST, d.maxConnectionsPerHost());
        TextField timeout = explain(limitField("editor-logintimeout", vm.loginTimeoutProperty()),
                ConnectionLimits.LOGIN_TIMEOUT, ConnectionLimits.LONGEST_LOGIN_SECONDS, d.loginTimeoutSeconds());
        Label perHostLabel = new Label(messages.get("editor.limits.perHost"));
        Label timeoutLabel = new Label(messages.get("editor.limits.loginTimeout"));
        perHostLabel.setLabelFor(perHost);
        timeoutLabel.setLabelFor(timeout);
        HBox row = new HBox(6, total, perHostLabel, perHost, timeoutLabel, timeout);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        addRow("editor.limits", row, total, ConnectionLimits.MAX_CONNECTIONS);
        fieldLabels.put(ConnectionLimits.MAX_CONNECTIONS_PER_HOST, plainLabel(perHostLabel.getText()));
        fieldLabels.put(ConnectionLimits.LOGIN_TIMEOUT, plainLabel(timeoutLabel.getText()));
        register(perHost, ConnectionLimits.MAX_CONNECTIONS_PER_HOST);
        register(timeout, ConnectionLimits.LOGIN_TIMEOUT);
    }

    private static TextField limitField(String id, javafx.beans.property.StringProperty property) {
        TextField field = textField(id, property);
        field.setPrefColumnCount(6);
        return field;
    }

    private void addRow(String labelKey, Node field, String findingField) {
        addRow(labelKey, field, field instanceof Control control ? control : null, findingField);
    }

    /**
     * One row: the label (its mnemonic focuses {@code target}, the control inside {@code field} that takes input)
     * and the field; {@code target} is decorated with the findings about {@code findingField}.
     */
    private void addRow(String labelKey, Node field, Control target, String findingField) {
        if (labelKey != null) {
            Label label = new Label(messages.get(labelKey));
            label.setMnemonicParsing(true);
            label.setLabelFor(target == null ? field : target);
            label.setMinWidth(Control.USE_PREF_SIZE);
            grid.add(label, 0, row);
            if (findingField != null) {
                fieldLabels.put(findingField, plainLabel(label.getText()));
            }
        }
        grid.add(field, 1, row);
        if (findingField != null && target != null) {
            register(target, findingField);
        }
        row++;
    }

    /**
     * Gives a field its tooltip: what the setting is, and the rsynd option it is on the command line of the chosen
     * platform (as the command line's renderer writes it), or that the command line does not carry it.
     */
    private <T extends Control> T explain(T control, String field, Object... details) {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(TOOLTIP_WIDTH);
        tip.textProperty().bind(Bindings.createStringBinding(() -> messages.format("editor.tip." + field, details) + "\n"
                + RsyndCommandLine.optionFor(field, vm.platformProperty().get())
                        .map(option -> messages.format("editor.tip.option", option))
                        .orElse(messages.get("editor.tip.noOption")), vm.platformProperty()));
        control.setTooltip(tip);
        return control;
    }

    /** {@code "_Certificate file:"} as a person reads it: {@code "Certificate file"}. */
    private static String plainLabel(String text) {
        String plain = text.replace("_", "").strip();
        return plain.endsWith(":") ? plain.substring(0, plain.length() - 1) : plain;
    }

    /** Decorates {@code control} with the findings about {@code field}: message and fix. */
    private void register(Control control, String field) {
        validation.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromMessages(vm.findingsFor(field).stream().map(f -> message(c, f)).toList()));
    }

    /** A finding as the dialog lists it: severity, the field's label (not its internal name), message and fix. */
    String describe(Finding f) {
        String label = fieldLabels.getOrDefault(f.field(), "");
        return f.severity().name() + (label.isEmpty() ? "" : " " + label + ":") + " " + f.messageAndFix();
    }

    private static ValidationMessage message(Control c, Finding f) {
        String text = f.fix().isEmpty() ? f.message() : f.message() + "\nFix: " + f.fix();
        Severity severity = switch (f.severity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
        };
        return new SimpleMessage(c, text, severity);
    }

    /** ControlsFX's own SimpleValidationMessage is package-private in some releases; this is the same thing. */
    private record SimpleMessage(Control target, String text, Severity severity) implements ValidationMessage {
        @Override
        public String getText() { return text; }
        @Override
        public Severity getSeverity() { return severity; }
        @Override
        public Control getTarget() { return target; }
    }

    private static TextField textField(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static <T> ComboBox<T> comboBox(String id, T[] values, javafx.beans.property.ObjectProperty<T> property,
                                            Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(property);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : text.apply(t); }
            @Override
            public T fromString(String s) { return null; }
        });
        return box;
    }

    /** The form scrolls when the screen is smaller than the dialog, so OK and Cancel stay in reach. */
    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("editor-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(StyleClasses.FORM_SCROLL);
        return scroll;
    }

    /** Enter on a check box or radio button means OK (as in a text field), not "toggle": Space toggles. */
    private void enterMeansOk(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof ButtonBase b && !(b instanceof Button)) {
            e.consume();
            Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
            if (!ok.isDisabled()) {
                ok.fire();
            }
        }
    }

    /** Escape on a form with entries asks before it discards them (Cancel stays one deliberate click). */
    private void escapeAsksFirst(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            if (!vm.isChanged() || dialogs.confirm(messages.get("editor.discard.title"),
                    messages.get("editor.discard.confirm"))) {
                setResult(null);
                close();
            }
        }
    }

    private static HBox withButtons(Control field, Button... buttons) {
        HBox box = new HBox(6, field);
        box.getChildren().addAll(buttons);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    private static Path startDirectory(String current) {
        if (current == null || current.isBlank()) {
            return Path.of(System.getProperty("user.home"));
        }
        Path p = Path.of(current).toAbsolutePath();
        return java.nio.file.Files.isDirectory(p) ? p : p.getParent();
    }

    private TableView<EnvironmentEntry> environmentTable() {
        TableView<EnvironmentEntry> table = new TableView<>(vm.environment());
        table.setId("editor-environment");
        table.setEditable(true);
        table.setPrefHeight(110);
        table.setPlaceholder(StyleClasses.placeholder(messages.get("editor.env.none")));
        table.getColumns().add(editableColumn("editor.env.name", EnvironmentEntry::nameProperty));
        table.getColumns().add(editableColumn("editor.env.value", EnvironmentEntry::valueProperty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private Node environmentEditor(TableView<EnvironmentEntry> table) {
        Button add = new Button(messages.get("editor.env.add"));
        add.setOnAction(e -> {
            vm.addEnvironmentVariable();
            table.edit(vm.environment().size() - 1, table.getColumns().get(0));
        });
        Button remove = new Button(messages.get("editor.env.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.environment().remove(table.getSelectionModel().getSelectedItem()));
        VBox buttons = new VBox(6, add, remove);
        HBox box = new HBox(6, table, buttons);
        HBox.setHgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableColumn<EnvironmentEntry, String> editableColumn(
            String key, Function<EnvironmentEntry, javafx.beans.property.StringProperty> property) {
        TableColumn<EnvironmentEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> property.apply(e.getRowValue()).set(e.getNewValue()));
        return column;
    }

    private Node findingsList() {
        ListView<Finding> list = new ListView<>(vm.findings());
        list.setId("editor-findings");
        list.getStyleClass().add(StyleClasses.WRAPPING_CELLS);
        list.setPrefHeight(84);
        list.setPlaceholder(StyleClasses.placeholder(messages.get("editor.noFindings")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : describe(f));
                setWrapText(true);
                setPrefWidth(0);
                StyleClasses.severity(this, empty || f == null ? null : f.severity());
            }
        });
        return list;
    }
}
