package com.synconfig.app.gui.certificates;

import com.synconfig.app.gui.CertificateWizardKind;
import com.synconfig.app.gui.Icons;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.Rows;
import com.synconfig.app.gui.StyleClasses;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Certificates screen: folder listing with expiry colouring, the chosen file's chain as a tree and its report,
 * and the wizards.
 */
public final class CertificatesView extends BorderPane {

    private static final List<String> EXPIRY_CLASSES = List.of("expiry-valid", "expiry-soon", "expiry-invalid");

    public CertificatesView(CertificatesViewModel vm, Messages messages) {
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
        HBox top = Rows.onlyShrinking(new HBox(8, new Label(messages.get("certificates.folder")), folder, choose, refresh,
                wizards), folder);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));

        TableView<CertificateRow> table = new TableView<>(vm.rows());
        table.setId("certificates-table");
        table.setPlaceholder(StyleClasses.placeholder(messages.get("certificates.none")));
        table.getColumns().add(column(messages.get("certificates.col.file"), r -> r.file().getFileName().toString(), 110));
        table.getColumns().add(column(messages.get("certificates.col.subject"), CertificateRow::subject, 150));
        table.getColumns().add(column(messages.get("certificates.col.expires"), CertificateRow::notAfter, 90));
        table.getColumns().add(column(messages.get("certificates.col.days"), CertificateRow::daysLeft, 75));
        table.getColumns().add(column(messages.get("certificates.col.key"), CertificateRow::key, 75));
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

        TextArea inspector = new TextArea();
        inspector.setId("certificates-inspector");
        inspector.setEditable(false);
        inspector.getStyleClass().add(StyleClasses.MONOSPACE);
        inspector.textProperty().bind(vm.inspectionProperty());
        inspector.setPromptText(messages.get("certificates.pick"));
        TreeView<String> chain = new TreeView<>();
        chain.setId("certificates-chain");
        chain.setShowRoot(true);
        chain.setPrefHeight(90);
        chain.setRoot(tree(vm.chain()));
        vm.chain().addListener((ListChangeListener<String>) c -> chain.setRoot(tree(vm.chain())));
        VBox details = new VBox(6, chain, inspector);
        VBox.setVgrow(inspector, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, details);
        split.setDividerPositions(0.5);
        setPadding(new Insets(10));
        // Files made elsewhere (the service dialog's wizard, another program) show up whenever the screen is shown.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.refresh();
            }
        });
        setTop(top);
        setCenter(split);
    }

    /** The chain as nested items, root first, each certificate under its issuer, all expanded. */
    private static TreeItem<String> tree(List<String> chain) {
        TreeItem<String> root = null;
        TreeItem<String> parent = null;
        for (String subject : chain) {
            TreeItem<String> item = new TreeItem<>(subject);
            item.setExpanded(true);
            if (parent == null) {
                root = item;
            } else {
                parent.getChildren().add(item);
            }
            parent = item;
        }
        return root;
    }

    private static TableColumn<CertificateRow, String> column(String title, Function<CertificateRow, String> value,
                                                             double width) {
        TableColumn<CertificateRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
