package com.synconfig.app.gui.files;

import com.synconfig.app.gui.BackgroundWork;
import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.Icons;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.Rows;
import com.synconfig.app.gui.StyleClasses;
import com.synconfig.app.gui.TableColumns;
import java.util.Arrays;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Files screen: data files of a service, ISAM details, the network-encrypt flag, creating an ISAM file, and
 * GETFA on a file of the running service.
 */
public final class FilesView extends BorderPane {

    private final FilesViewModel vm;
    private final Messages messages;
    private final DialogService dialogs;

    /** @param work runs GETFA off the FX thread */
    public FilesView(FilesViewModel vm, Messages messages, DialogService dialogs, BackgroundWork work) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        ComboBox<String> service = new ComboBox<>(vm.serviceNames());
        service.setId("files-service");
        service.valueProperty().bindBidirectional(vm.serviceProperty());
        Label root = new Label();
        root.textProperty().bind(vm.dataRootProperty());
        Button refresh = Icons.on(new Button(messages.get("files.refresh")), Material2MZ.REFRESH);
        refresh.setOnAction(e -> vm.refresh());
        Button create = Icons.on(new Button(messages.get("files.create")), Material2MZ.NOTE_ADD);
        create.setId("files-create");
        create.setMnemonicParsing(true);
        create.setOnAction(e -> createIsam());
        HBox top = Rows.onlyShrinking(new HBox(8, new Label(messages.get("files.service")), service,
                new Label(messages.get("files.root")), root, refresh, create), root);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));

        TableView<FileRow> table = new TableView<>(vm.rows());
        table.setId("files-table");
        table.setPlaceholder(StyleClasses.placeholder(messages.get("files.none")));
        table.getColumns().add(column("files.col.name", FileRow::name, 260));
        table.getColumns().add(column("files.col.type", r -> r.isam() ? "ISAM" : messages.get("files.sequential"), 90));
        table.getColumns().add(column("files.col.size", r -> Long.toString(r.size()), 90));
        table.getColumns().add(column("files.col.records", r -> r.records() < 0 ? "" : Long.toString(r.records()), 80));
        table.getColumns().add(column("files.col.keys", FileRow::keys, 200));
        table.getColumns().add(column("files.col.netcrypt",
                r -> r.isam() ? messages.get(r.networkEncrypt() ? "services.encrypted.yes" : "services.encrypted.no")
                        : "", 130));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));

        CheckBox netcrypt = new CheckBox(messages.get("files.netcrypt"));
        netcrypt.setId("files-netcrypt");
        netcrypt.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().isam(), vm.selectedProperty()));
        vm.selectedProperty().addListener((o, was, now) -> netcrypt.setSelected(now != null && now.networkEncrypt()));
        netcrypt.setOnAction(e -> vm.setNetworkEncrypt(netcrypt.isSelected()));
        Label message = new Label();
        message.setId("files-message");
        message.textProperty().bind(vm.messageProperty());
        HBox flags = new HBox(12, netcrypt, message);
        flags.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(8, flags, new FileAttributesBar(vm, messages, work));
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setPadding(new Insets(10));
        setTop(top);
        setCenter(table);
        setBottom(bottom);
    }

    private TableColumn<FileRow, String> column(String key, Function<FileRow, String> value, double width) {
        return TableColumns.text(messages.get(key), value, width);
    }

    /** Asks for the new file's name, record size, keys and flag; repeats the question while it is wrong. */
    private void createIsam() {
        TextField name = new TextField("cust.ism");
        TextField size = new TextField("80");
        TextField keys = new TextField("1:6");
        keys.setPromptText("1:6; 7:10,dups");
        CheckBox netcrypt = new CheckBox(messages.get("files.netcrypt"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("files.new.name")), name);
        grid.addRow(1, new Label(messages.get("files.new.size")), size);
        grid.addRow(2, new Label(messages.get("files.new.keys")), keys);
        grid.add(netcrypt, 1, 3);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("files.create.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        vm.createIsam(name.getText(), size.getText(), Arrays.asList(keys.getText().split(";")), netcrypt.isSelected())
                .ifPresent(problem -> dialogs.showError(messages.get("files.create.title"), problem));
    }
}
