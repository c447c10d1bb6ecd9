package com.synconfig.app.gui.check;

import com.synconfig.app.gui.StyleClasses;
import com.synconfig.app.gui.TableColumns;
import com.synconfig.app.gui.BackgroundWork;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.WindowPlacement;
import com.synconfig.app.gui.services.ToggleMnemonics;
import com.synconfig.model.servicecheck.CheckItem;
import com.synconfig.model.servicecheck.ServiceCheckReport;
import com.synconfig.model.servicecheck.Verdict;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Check window: progress while the service is probed, then a table of item, predicted, actual and verdict with
 * the overall verdict above it; the selected row's reason and evidence below. Runs in the background; closing it
 * cancels a check still running.
 */
public final class ServiceCheckWindow extends Stage {

    private final ServiceCheckViewModel vm;
    private final BackgroundWork work;
    private Task<ServiceCheckReport> running;

    public ServiceCheckWindow(Window owner, ServiceCheckViewModel vm, Messages messages, BackgroundWork work) {
        this.vm = vm;
        this.work = work;
        initOwner(owner);
        setTitle(messages.format("check.title", vm.service()));

        ProgressBar bar = new ProgressBar();
        bar.setId("check-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(vm.runningProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label progress = new Label();
        progress.setId("check-progress-text");
        progress.textProperty().bind(vm.progressTextProperty());
        Label verdict = new Label();
        verdict.setId("check-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.summaryProperty());
        verdict.getStyleClass().add(StyleClasses.STRONG);
        vm.verdictProperty().addListener((o, was, now) -> StyleClasses.exactlyOne(verdict, textClass(now),
                VERDICT_TEXT_CLASSES));
        VBox top = new VBox(6, progress, bar, verdict);
        top.setPadding(new Insets(0, 0, 8, 0));

        TableView<CheckItem> table = table(messages);
        TextArea details = new TextArea();
        details.setId("check-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.textProperty().bind(vm.detailsProperty());
        details.setPromptText(messages.get("check.pick"));
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.78);

        BorderPane root = new BorderPane(split, top, null, buttons(messages), null);
        root.setPadding(new Insets(10));
        setScene(new Scene(root, 1010, 620));
        setMinWidth(560);
        setMinHeight(380);
        setOnShown(e -> {
            WindowPlacement.keepOnScreen(this);
            requestFocus();
            table.requestFocus();
        });
        setOnHidden(e -> {
            if (running != null && running.isRunning()) {
                running.cancel(true);
            }
        });
    }

    /** Shows the window and starts the check. */
    public void open() {
        show();
        runCheck();
    }

    private void runCheck() {
        vm.started();
        running = work.run(vm.work(), vm::show, vm::failed);
    }

    private TableView<CheckItem> table(Messages messages) {
        TableView<CheckItem> table = new TableView<>(vm.visibleItems());
        table.setId("check-table");
        table.setPlaceholder(StyleClasses.placeholder(messages.get("check.none")));
        table.getColumns().add(TableColumns.text(messages.get("check.col.group"), CheckItem::group, 110));
        table.getColumns().add(TableColumns.text(messages.get("check.col.item"), CheckItem::item, 330));
        table.getColumns().add(TableColumns.text(messages.get("check.col.predicted"), CheckItem::predicted, 90));
        table.getColumns().add(TableColumns.text(messages.get("check.col.actual"), CheckItem::actual, 300));
        TableColumn<CheckItem, Verdict> verdict = new TableColumn<>(messages.get("check.col.verdict"));
        verdict.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verdict()));
        verdict.setCellFactory(c -> new VerdictCell());
        verdict.setPrefWidth(120);
        table.getColumns().add(verdict);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        return table;
    }

    private HBox buttons(Messages messages) {
        CheckBox untestable = ToggleMnemonics.checkBox(messages.get("check.showUntestable"));
        untestable.setId("check-show-untestable");
        untestable.setMnemonicParsing(true);
        untestable.selectedProperty().bindBidirectional(vm.showUntestableProperty());
        untestable.setTooltip(new Tooltip(messages.get("check.showUntestable.tooltip")));
        Button again = button("check-again", messages.get("check.again"));
        again.disableProperty().bind(vm.runningProperty());
        again.setOnAction(e -> runCheck());
        Button copy = button("check-copy", messages.get("check.copy"));
        copy.disableProperty().bind(vm.runningProperty().or(vm.verdictProperty().isNull()));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.reportText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button close = button("check-close", messages.get("check.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, untestable, gap, again, copy, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static Button button(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static final List<String> VERDICT_TEXT_CLASSES = List.of(StyleClasses.FINDING_INFO,
            StyleClasses.FINDING_ERROR, StyleClasses.FINDING_WARNING);

    /** The overall verdict's text colour: the finding colours (differs is an error, not testable a warning). */
    private static String textClass(Verdict v) {
        return v == null ? null : switch (v) {
            case HOLDS -> StyleClasses.FINDING_INFO;
            case DIFFERS -> StyleClasses.FINDING_ERROR;
            case NOT_TESTABLE -> StyleClasses.FINDING_WARNING;
        };
    }

    /** The verdict's dot: pass, fail, or warn for not testable here (the diagnostics' dot classes). */
    private static String dotClass(Verdict v) {
        return switch (v) {
            case HOLDS -> "status-pass";
            case DIFFERS -> "status-fail";
            case NOT_TESTABLE -> "status-warn";
        };
    }

    /** A coloured dot and the verdict's words. */
    private static final class VerdictCell extends TableCell<CheckItem, Verdict> {
        @Override
        protected void updateItem(Verdict v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setGraphic(StyleClasses.with(new Circle(6), "status-dot", dotClass(v)));
            setText(v.text());
        }
    }
}
