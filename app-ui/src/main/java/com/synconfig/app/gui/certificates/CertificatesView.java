package com.synconfig.app.gui.certificates;

import com.synconfig.app.gui.CertificateWizardKind;
import com.synconfig.app.gui.Icons;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.TableColumns;
import com.synconfig.app.gui.Rows;
import com.synconfig.app.gui.StyleClasses;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Certificates screen: folder listing with expiry colouring, a banner for the services' certificates that expire,
 * the chosen file's chain as a tree with each certificate's details and the whole report, and the wizards.
 */
public final class CertificatesView extends BorderPane {

    private static final List<String> EXPIRY_CLASSES = List.of("expiry-valid", "expiry-soon", "expiry-invalid");

    /** @param inspectServer opens the window that inspects the certificate a TLS server presents */
    public CertificatesView(CertificatesViewModel vm, Messages messages, Runnable inspectServer) {
        Label folder = new Label();
        folder.setId("certificates-folder");
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> vm.folderProperty().get() == null ? "" : vm.folderProperty().get().toString(), vm.folderProperty()));
        Button choose = Icons.on(new Button(messages.get("certificates.choose")), Material2AL.FOLDER_OPEN);
        choose.setMnemonicParsing(true);
        choose.setOnAction(e -> vm.chooseFolder());
        Button refresh = Icons.on(new Button(messages.get("files.refresh")), Material2MZ.REFRESH);
        refresh.setOnAction(e -> vm.refresh());
        MenuButton wizards = Icons.on(new MenuButton(messages.get("certificates.new")), Material2MZ.NOTE_ADD);
        wizards.setId("certificates-new");
        for (CertificateWizardKind kind : CertificateWizardKind.values()) {
            MenuItem item = new MenuItem(messages.get("wizard.title." + kind.name()));
            item.setOnAction(e -> vm.runWizard(kind));
            wizards.getItems().add(item);
        }
        Button remote = new Button(messages.get("certificates.remote"));
        remote.setId("certificates-remote");
        remote.setMnemonicParsing(true);
        remote.setOnAction(e -> inspectServer.run());
        HBox top = Rows.onlyShrinking(new HBox(8, new Label(messages.get("certificates.folder")), folder, choose, refresh,
                wizards, remote), folder);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));

        TableView<CertificateRow> table = new TableView<>(vm.rows());
        table.setId("certificates-table");
        table.setPlaceholder(StyleClasses.placeholder(messages.get("certificates.none")));
        table.getColumns().add(TableColumns.text(messages.get("certificates.col.file"),
                r -> r.file().getFileName().toString(), 110));
        table.getColumns().add(TableColumns.text(messages.get("certificates.col.subject"), CertificateRow::subject, 150));
        table.getColumns().add(TableColumns.text(messages.get("certificates.col.expires"), CertificateRow::notAfter, 90));
        table.getColumns().add(TableColumns.text(messages.get("certificates.col.days"), CertificateRow::daysLeft, 75));
        table.getColumns().add(TableColumns.text(messages.get("certificates.col.key"), CertificateRow::key, 75));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CertificateRow item, boolean empty) {
                super.updateItem(item, empty);
                // Tints the row's own background only, so selection and text colours keep working.
                StyleClasses.exactlyOne(this, empty || item == null || item.expiry() == null ? null
                        : switch (item.expiry()) {
                            case VALID -> "expiry-valid";
                            case EXPIRES_SOON -> "expiry-soon";
                            case EXPIRED, NOT_YET_VALID -> "expiry-invalid";
                        }, EXPIRY_CLASSES);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        SplitPane split = new SplitPane(table, new CertificateDetailsPane(vm, messages));
        split.setDividerPositions(0.5);
        ExpiryBanner banner = new ExpiryBanner(vm.expiring());
        VBox center = new VBox(8, banner, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        setPadding(new Insets(10));
        // Files made elsewhere (the service dialog's wizard, another program) show up whenever the screen is shown,
        // and so do the services' certificates that expire.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.refresh();
            }
        });
        setTop(top);
        setCenter(center);
    }
}
