package com.synconfig.app.gui.ciphers;

import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.Rows;
import com.synconfig.app.gui.StyleClasses;
import com.synconfig.app.gui.services.ServiceEditorViewModel;
import com.synconfig.model.service.Scl;
import com.synconfig.model.tls.ClientProfile;
import com.synconfig.model.tls.KeyType;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Ciphers screen: offered suites, the {@code openssl ciphers -v} view, exclusions, client preview, matrix. */
public final class CiphersView extends BorderPane {

    public CiphersView(CiphersViewModel vm, Messages messages) {
        ComboBox<String> service = new ComboBox<>(vm.serviceNames());
        service.setId("ciphers-service");
        service.valueProperty().bindBidirectional(vm.serviceProperty());
        ComboBox<Scl> scl = combo("ciphers-scl", vm.sclProperty(), ServiceEditorViewModel::sclChoiceText, Scl.values());
        ComboBox<KeyType> key = combo("ciphers-key", vm.keyTypeProperty(), KeyType::name, KeyType.values());
        ProgressIndicator probing = new ProgressIndicator();
        probing.setPrefSize(18, 18);
        probing.visibleProperty().bind(vm.factsProperty().isNull());
        Label protocols = new Label();
        protocols.setId("ciphers-protocols");
        protocols.textProperty().bind(vm.protocolsProperty());
        HBox top = Rows.onlyShrinking(new HBox(8, new Label(messages.get("ciphers.service")), service,
                new Label(messages.get("ciphers.scl")), scl, new Label(messages.get("ciphers.key")), key, probing,
                protocols), protocols);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));

        TabPane tabs = new TabPane(
                tab(messages.get("ciphers.tab.offered"), offeredTable(vm, messages)),
                tab(messages.get("ciphers.tab.openssl"), monospace("ciphers-openssl", vm)),
                tab(messages.get("ciphers.tab.excluded"), excludedList(vm, messages)),
                tab(messages.get("ciphers.tab.client"), clientPreview(vm, messages)),
                tab(messages.get("ciphers.tab.matrix"), matrixTable(vm, messages)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setPadding(new Insets(10));
        setTop(top);
        setCenter(tabs);
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        return new Tab(title, content);
    }

    private static <T> ComboBox<T> combo(String id, javafx.beans.property.ObjectProperty<T> property,
                                         Function<T, String> text, T[] values) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(property);
        box.setConverter(converter(text));
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : text.apply(t); }
            @Override
            public T fromString(String s) { return null; }
        };
    }

    private static TableView<CipherRow> offeredTable(CiphersViewModel vm, Messages messages) {
        TableView<CipherRow> table = new TableView<>(vm.offered());
        table.setId("ciphers-table");
        table.getColumns().add(column(messages.get("ciphers.col.openssl"), CipherRow::openSslName, 200));
        table.getColumns().add(column(messages.get("ciphers.col.iana"), CipherRow::ianaName, 290));
        table.getColumns().add(column(messages.get("ciphers.col.protocol"), CipherRow::protocol, 70));
        table.getColumns().add(column(messages.get("ciphers.col.over"), CipherRow::usableOver, 90));
        table.getColumns().add(column("Kx", CipherRow::kx, 52));
        table.getColumns().add(column("Au", CipherRow::au, 48));
        table.getColumns().add(column("Enc", CipherRow::enc, 120));
        table.getColumns().add(column("Mac", CipherRow::mac, 54));
        table.getColumns().add(column(messages.get("ciphers.col.class"), CipherRow::strength, 54));
        table.getColumns().add(column(messages.get("ciphers.col.notes"), CipherRow::notes, 150));
        table.getStyleClass().add(StyleClasses.COMPACT); // ten columns of long names: smaller type instead of clipping
        table.setPlaceholder(untilProbed(vm, messages, "ciphers.none"));
        return table;
    }

    private static <R, T> TableColumn<R, T> column(String title, Function<R, T> value, double width) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TextArea monospace(String id, CiphersViewModel vm) {
        TextArea text = new TextArea();
        text.setId(id);
        text.setEditable(false);
        text.getStyleClass().add(StyleClasses.MONOSPACE);
        text.textProperty().bind(vm.opensslTextProperty());
        return text;
    }

    /** An empty table's text: the engine is being asked, then {@code emptyKey}'s explanation. */
    private static Label untilProbed(CiphersViewModel vm, Messages messages, String emptyKey) {
        Label placeholder = StyleClasses.placeholder("");
        placeholder.textProperty().bind(Bindings.when(vm.factsProperty().isNull())
                .then(messages.get("ciphers.probing")).otherwise(messages.get(emptyKey)));
        return placeholder;
    }

    private static ListView<String> excludedList(CiphersViewModel vm, Messages messages) {
        ListView<String> list = new ListView<>(vm.excluded());
        list.setPlaceholder(untilProbed(vm, messages, "ciphers.noExcluded"));
        list.setId("ciphers-excluded");
        list.getStyleClass().add(StyleClasses.MONOSPACE);
        return list;
    }

    private static VBox clientPreview(CiphersViewModel vm, Messages messages) {
        ComboBox<ClientProfile> client = new ComboBox<>(vm.clients());
        client.setId("ciphers-client");
        client.valueProperty().bindBidirectional(vm.clientProperty());
        client.setConverter(converter(c -> c.id() + " \u2014 " + c.description()));
        TextArea result = new TextArea();
        result.setId("ciphers-negotiated");
        result.setEditable(false);
        result.setWrapText(true);
        result.getStyleClass().add(StyleClasses.MONOSPACE);
        result.textProperty().bind(vm.negotiatedProperty());
        VBox box = new VBox(8, new HBox(8, new Label(messages.get("ciphers.client")), client),
                new Label(messages.get("ciphers.negotiated")), result);
        box.setPadding(new Insets(8));
        return box;
    }

    private static TableView<MatrixRow> matrixTable(CiphersViewModel vm, Messages messages) {
        TableView<MatrixRow> table = new TableView<>(vm.matrix());
        table.setPlaceholder(untilProbed(vm, messages, "ciphers.none"));
        table.setId("ciphers-matrix");
        table.getColumns().add(column("SCL", MatrixRow::scl, 170));
        for (int i = 0; i < vm.clients().size(); i++) {
            int index = i;
            TableColumn<MatrixRow, String> c = column(vm.clients().get(i).id(), r -> r.cells().get(index), 240);
            c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    getStyleClass().removeAll(StyleClasses.FINDING_ERROR, StyleClasses.STRONG);
                    if (!empty && "FAIL".equals(item)) {
                        getStyleClass().addAll(StyleClasses.FINDING_ERROR, StyleClasses.STRONG);
                    }
                }
            });
            table.getColumns().add(c);
        }
        return table;
    }
}
