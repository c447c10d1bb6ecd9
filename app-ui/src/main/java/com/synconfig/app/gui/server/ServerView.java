package com.synconfig.app.gui.server;

import com.synconfig.app.gui.Icons;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.StyleClasses;
import com.synconfig.app.gui.TableColumns;
import com.synconfig.model.service.LogLevel;
import com.synconfig.server.ConnectionInfo;
import com.synconfig.server.ServerState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Server screen: Start/Stop/Restart (off the FX thread), live state, connections, and the filtered log; the
 * composition root polls the state in the background.
 */
public final class ServerView extends BorderPane {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final ServerViewModel vm;
    private final Messages messages;

    /** @param check opens the Check window for a running service */
    public ServerView(ServerViewModel vm, ServerActions actions, Messages messages, Consumer<String> check) {
        this.vm = vm;
        this.messages = messages;
        ComboBox<String> service = new ComboBox<>(vm.serviceNames());
        service.setId("server-service");
        service.setMinWidth(Region.USE_PREF_SIZE);
        service.valueProperty().bindBidirectional(vm.serviceProperty());
        Button start = button("server-start", "server.start", Material2MZ.PLAY_ARROW);
        start.disableProperty().bind(vm.busyProperty().or(vm.stateProperty().isEqualTo(ServerState.RUNNING))
                .or(vm.serviceProperty().isNull()));
        start.setOnAction(e -> actions.start(vm.serviceProperty().get()));
        Button stop = button("server-stop", "server.stop", Material2MZ.STOP);
        stop.disableProperty().bind(vm.busyProperty().or(vm.stateProperty().isNotEqualTo(ServerState.RUNNING)));
        stop.setOnAction(e -> actions.stop(vm.serviceProperty().get()));
        Button restart = button("server-restart", "server.restart", Material2MZ.REPLAY);
        restart.disableProperty().bind(stop.disableProperty());
        restart.setOnAction(e -> actions.restart(vm.serviceProperty().get()));
        Button checkButton = button("server-check", "server.check", Material2MZ.POLICY);
        checkButton.disableProperty().bind(stop.disableProperty());
        checkButton.setTooltip(new Tooltip(messages.get("server.check.tooltip")));
        checkButton.setOnAction(e -> check.accept(vm.serviceProperty().get()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("server-status");
        status.textProperty().bind(vm.statusTextProperty());
        Label serviceLabel = new Label(messages.get("server.service"));
        serviceLabel.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(0); // the long status line gives way (with an ellipsis), never the buttons
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(vm.statusTextProperty());
        status.setTooltip(whole);
        HBox top = new HBox(8, serviceLabel, service, start, stop, restart, checkButton, progress, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));

        SplitPane split = new SplitPane(connectionsTable(), logView());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setPadding(new Insets(10));
        setTop(top);
        setCenter(split);
    }

    private Button button(String id, String key, Ikon icon) {
        Button b = Icons.on(new Button(messages.get(key)), icon);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private TableView<ConnectionInfo> connectionsTable() {
        TableView<ConnectionInfo> table = new TableView<>(vm.connections());
        table.setId("server-connections");
        table.setPlaceholder(StyleClasses.placeholder(messages.get("server.noConnections")));
        table.getColumns().add(column("server.col.address", ConnectionInfo::remote, 150));
        table.getColumns().add(column("server.col.user", ConnectionInfo::user, 90));
        table.getColumns().add(column("server.col.protocol", ConnectionInfo::protocol, 80));
        table.getColumns().add(column("server.col.cipher", ConnectionInfo::cipher, 250));
        table.getColumns().add(column("server.col.files", c -> String.join(", ", c.openFiles()), 150));
        table.getColumns().add(column("server.col.in", c -> Long.toString(c.bytesIn()), 80));
        table.getColumns().add(column("server.col.out", c -> Long.toString(c.bytesOut()), 80));
        table.getColumns().add(column("server.col.since", c -> SINCE.format(c.since()), 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    private TableColumn<ConnectionInfo, String> column(String key, Function<ConnectionInfo, String> value, double w) {
        return TableColumns.text(messages.get(key), value, w);
    }

    private VBox logView() {
        ComboBox<LogLevel> level = new ComboBox<>();
        level.setId("server-loglevel");
        level.getItems().setAll(LogLevel.values());
        level.valueProperty().bindBidirectional(vm.logLevelProperty());
        ListView<LogLine> lines = new ListView<>(vm.visibleLog());
        lines.setId("server-log");
        lines.getStyleClass().add(StyleClasses.MONOSPACE);
        lines.setPlaceholder(StyleClasses.placeholder(messages.get("server.noLog")));
        vm.visibleLog().addListener((javafx.collections.ListChangeListener<LogLine>) c ->
                lines.scrollTo(vm.visibleLog().size() - 1));
        HBox bar = new HBox(8, new Label(messages.get("server.log")), level);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, lines);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(lines, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }
}
