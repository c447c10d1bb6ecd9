package com.synconfig.app.gui.certificates;

import com.synconfig.app.gui.StyleClasses;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.TableColumns;
import com.synconfig.model.pki.ChainLink;
import com.synconfig.model.pki.ReportField;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/**
 * The chosen file's details, as KeyStore Explorer shows a certificate: the chain as a tree (root first, each
 * certificate under its issuer, marked when it came from the local CA or is missing), the facts of the certificate
 * chosen in it, and the whole report as {@code cert inspect} prints it. It only renders the view model's report.
 */
final class CertificateDetailsPane extends SplitPane {

    CertificateDetailsPane(CertificatesViewModel vm, Messages messages) {
        TreeView<ChainLink> chain = new TreeView<>();
        chain.setId("certificates-chain");
        chain.setShowRoot(true);
        chain.setPrefHeight(90);
        chain.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(ChainLink link, boolean empty) {
                super.updateItem(link, empty);
                setText(empty || link == null ? null : link.label());
            }
        });
        chain.setRoot(tree(vm.chain()));
        vm.chain().addListener((ListChangeListener<ChainLink>) c -> chain.setRoot(tree(vm.chain())));
        chain.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedLinkProperty().set(now.getValue());
            }
        });
        vm.selectedLinkProperty().addListener((o, was, now) -> select(chain, now));
        select(chain, vm.selectedLinkProperty().get());

        TableView<ReportField> details = new TableView<>(vm.details());
        details.setId("certificates-details");
        details.setPlaceholder(StyleClasses.placeholder(messages.get("certificates.details.none")));
        details.getColumns().add(TableColumns.text(messages.get("certificates.col.field"), ReportField::label, 90));
        TableColumn<ReportField, String> value = TableColumns.text(messages.get("certificates.col.value"),
                ReportField::value, 300);
        value.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text)); // long values (extensions, SHA-256)
            }
        });
        details.getColumns().add(value);
        details.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TextArea report = new TextArea();
        report.setId("certificates-inspector");
        report.setEditable(false);
        report.getStyleClass().add("monospace");
        report.setFont(Font.font("Monospaced", report.getFont().getSize())); // until a stylesheet says otherwise
        report.textProperty().bind(vm.inspectionProperty());
        report.setPromptText(messages.get("certificates.pick"));

        setOrientation(Orientation.VERTICAL);
        getItems().setAll(labelled(messages.get("certificates.chain"), chain),
                labelled(messages.get("certificates.details"), details),
                labelled(messages.get("certificates.report"), report));
        setDividerPositions(0.25, 0.65);
    }

    /** A heading whose Alt mnemonic focuses {@code content}, over it. */
    private static Node labelled(String heading, Control content) {
        Label label = new Label(heading);
        label.setMnemonicParsing(true);
        label.setWrapText(true); // a narrow pane wraps the heading rather than cutting it short
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setLabelFor(content);
        VBox box = new VBox(4, label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private static void select(TreeView<ChainLink> tree, ChainLink link) {
        for (TreeItem<ChainLink> item = tree.getRoot(); item != null;
             item = item.getChildren().isEmpty() ? null : item.getChildren().get(0)) {
            if (item.getValue() == link) {
                if (tree.getSelectionModel().getSelectedItem() != item) {
                    tree.getSelectionModel().select(item);
                }
                return;
            }
        }
    }

    /** The chain as nested items, root first, each certificate under its issuer, all expanded. */
    private static TreeItem<ChainLink> tree(List<ChainLink> chain) {
        TreeItem<ChainLink> root = null;
        TreeItem<ChainLink> parent = null;
        for (ChainLink link : chain) {
            TreeItem<ChainLink> item = new TreeItem<>(link);
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
}
