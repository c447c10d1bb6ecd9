package com.synconfig.app.gui.diagnostics;

import com.synconfig.app.gui.BackgroundWork;
import com.synconfig.app.gui.Icons;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.Rows;
import com.synconfig.app.gui.StyleClasses;
import com.synconfig.server.diag.CheckResult;
import com.synconfig.server.diag.CheckStatus;
import com.synconfig.server.diag.DltestReport;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import javafx.geometry.Orientation;
import java.util.Locale;

/** The Diagnostics screen: Run dltest (off the FX thread), results with status icons, details and fix, copy. */
public final class DiagnosticsView extends BorderPane {

    public DiagnosticsView(DiagnosticsViewModel vm, Messages messages, BackgroundWork work) {
        Button run = Icons.on(new Button(messages.get("diagnostics.run")), Material2MZ.PLAY_ARROW);
        run.setId("diagnostics-run");
        run.setMnemonicParsing(true);
        run.disableProperty().bind(vm.runningProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.runningProperty());
        Button copy = Icons.on(new Button(messages.get("diagnostics.copy")), Material2AL.CONTENT_COPY);
        copy.setId("diagnostics-copy");
        copy.setMnemonicParsing(true);
        copy.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.results()));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.reportText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label summary = new Label();
        summary.setId("diagnostics-summary");
        summary.textProperty().bind(vm.summaryProperty());
        run.setOnAction(e -> {
            vm.runningProperty().set(true);
            Task<DltestReport> task = new Task<>() {
                @Override
                protected DltestReport call() {
                    return vm.check();
                }
            };
            task.setOnSucceeded(done -> {
                vm.show(task.getValue());
                vm.runningProperty().set(false);
            });
            task.setOnFailed(failed -> {
                vm.runningProperty().set(false);
                summary.textProperty().unbind();
                summary.setText(String.valueOf(task.getException()));
            });
            work.run(task);
        });
        HBox top = Rows.onlyShrinking(new HBox(8, run, progress, summary, copy), summary);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));

        TableView<CheckResult> table = new TableView<>(vm.results());
        table.setId("diagnostics-table");
        table.setPlaceholder(StyleClasses.placeholder(messages.get("diagnostics.none")));
        TableColumn<CheckResult, CheckStatus> status = new TableColumn<>(messages.get("diagnostics.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(80);
        TableColumn<CheckResult, String> check = new TableColumn<>(messages.get("diagnostics.col.check"));
        check.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().check()));
        check.setPrefWidth(200);
        TableColumn<CheckResult, String> what = new TableColumn<>(messages.get("diagnostics.col.summary"));
        what.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().summary()));
        what.setPrefWidth(460);
        table.getColumns().addAll(java.util.List.of(status, check, what));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        TextArea details = new TextArea();
        details.setId("diagnostics-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.textProperty().bind(vm.detailsProperty());
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setPadding(new Insets(10));
        setTop(top);
        setCenter(split);
    }

    /** A coloured dot and the word: green PASS, amber WARN, red FAIL. */
    private static final class StatusCell extends TableCell<CheckResult, CheckStatus> {
        @Override
        protected void updateItem(CheckStatus s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setGraphic(StyleClasses.with(new Circle(6), "status-dot", "status-" + s.name().toLowerCase(Locale.ROOT)));
            setText(s.name());
            setId("status-" + s.name());
        }
    }
}
