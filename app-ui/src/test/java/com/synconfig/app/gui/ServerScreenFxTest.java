package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.server.LogLine;
import com.synconfig.server.ConnectionInfo;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFileClient;
import java.net.ServerSocket;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Starts the embedded server from the Server screen, connects with the client library, sees it, stops it. */
class ServerScreenFxTest extends MainWindowFxTest {

    int port;

    @Start
    void start(Stage stage) throws Exception {
        port = GuiTestSupport.freePort();
        open(stage, fresh -> fresh.saveEncryptedSynSrv(port));
    }

    @SuppressWarnings("unchecked")
    @Test
    void startConnectSeeTheConnectionAndStop(FxRobot robot) throws Exception {
        robot.clickOn("Server");
        robot.clickOn("#server-start");
        Label status = robot.lookup("#server-status").queryAs(Label.class);
        GuiTestSupport.waitUntil(() -> status.getText().startsWith("Running on port " + port), 60);
        assertThat(robot.lookup("#status-server").queryAs(Label.class).getText()).contains("SynSrv :" + port);

        TableView<ConnectionInfo> connections = robot.lookup("#server-connections").queryAs(TableView.class);
        try (RemoteFileClient client = RemoteFileClient.connect(ClientOptions.of("localhost", port).encrypt(true)
                .trust(com.synconfig.server.client.ServerTrust.anyServer()))) {
            assertThat(client.encrypted()).isTrue();
            // The row appears at accept time; the protocol fills in at the next refresh after the handshake.
            GuiTestSupport.waitUntil(() -> connections.getItems().size() == 1
                    && !connections.getItems().get(0).protocol().isEmpty(), 30);
            ConnectionInfo shown = connections.getItems().get(0);
            assertThat(shown.protocol()).isEqualTo(client.protocol());
            assertThat(shown.cipher()).isNotEmpty();
            assertThat(shown.remote()).contains("127.0.0.1");
        }
        GuiTestSupport.waitUntil(() -> connections.getItems().isEmpty(), 30);
        ListView<LogLine> log = robot.lookup("#server-log").queryAs(ListView.class);
        assertThat(log.getItems()).extracting(l -> l.event().kind())
                .contains(ServerEvent.Kind.STARTED, ServerEvent.Kind.CONNECTED);

        robot.clickOn("#server-stop");
        GuiTestSupport.waitUntil(() -> status.getText().startsWith("Stopped"), 60);
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).as("the port is free again after Stop").isEqualTo(port);
        }
        robot.clickOn("xfServer services");
        TableView<com.synconfig.app.gui.services.ServiceRow> services =
                robot.lookup("#services-table").queryAs(TableView.class);
        assertThat(services.getItems().get(0).state()).isEqualTo("Stopped");
    }
}
