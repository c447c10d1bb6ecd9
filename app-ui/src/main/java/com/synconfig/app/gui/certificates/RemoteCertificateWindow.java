package com.synconfig.app.gui.certificates;

import com.synconfig.app.gui.StyleClasses;
import com.synconfig.app.gui.BackgroundWork;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.WindowPlacement;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Inspect a server's certificate": type {@code host:port}, press Enter, read the chain the server presents and the
 * findings about it (the report {@code cert inspect --connect} prints).
 */
public final class RemoteCertificateWindow extends Stage {

    public RemoteCertificateWindow(Window owner, RemoteCertificateViewModel vm, Messages messages, BackgroundWork work) {
        initOwner(owner);
        setTitle(messages.get("remote.title"));
        TextField endpoint = new TextField();
        endpoint.setId("remote-endpoint");
        endpoint.setPromptText(messages.get("remote.prompt"));
        endpoint.textProperty().bindBidirectional(vm.endpointProperty());
        endpoint.setTooltip(new Tooltip(messages.get("remote.tooltip")));
        HBox.setHgrow(endpoint, Priority.ALWAYS);
        Label label = new Label(messages.get("remote.endpoint"));
        label.setMnemonicParsing(true);
        label.setLabelFor(endpoint);
        Button inspect = new Button(messages.get("remote.inspect"));
        inspect.setId("remote-inspect");
        inspect.setMnemonicParsing(true);
        inspect.setDefaultButton(true);
        inspect.disableProperty().bind(vm.busyProperty());
        inspect.setOnAction(e -> vm.inspection().ifPresent(job -> work.run(job, vm::show, vm::failed)));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.busyProperty());
        HBox top = new HBox(8, label, endpoint, inspect, progress);
        top.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("remote-error");
        error.setWrapText(true);
        error.getStyleClass().add(StyleClasses.FINDING_ERROR);
        error.textProperty().bind(vm.errorProperty());
        TextArea report = new TextArea();
        report.setId("remote-report");
        report.setEditable(false);
        report.getStyleClass().add(StyleClasses.MONOSPACE);
        report.textProperty().bind(vm.reportProperty());
        report.setPromptText(messages.get("remote.none"));
        VBox.setVgrow(report, Priority.ALWAYS);
        Button close = new Button(messages.get("check.close"));
        close.setId("remote-close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(8, top, error, report, bottom);
        root.setPadding(new Insets(10));
        setScene(new Scene(new BorderPane(root), 760, 560));
        setMinWidth(480);
        setMinHeight(320);
        setOnShown(e -> {
            WindowPlacement.keepOnScreen(this);
            requestFocus();
            endpoint.requestFocus();
            endpoint.selectAll();
        });
    }
}
