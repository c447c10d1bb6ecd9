package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synconfig.app.cli.SynConfigCommand;
import com.synconfig.model.servicecheck.CheckItem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Check window (Server screen) and the server certificate window (Certificates screen), driven by the keyboard
 * against a real running service: what they show is what {@code synconfig check} and the real openssl say.
 */
class ServiceCheckFxTest extends MainWindowFxTest {

    Path pem;
    int port;

    @Start
    void start(Stage stage) throws Exception {
        port = GuiTestSupport.freePort();
        open(stage, fresh -> pem = fresh.saveEncryptedSynSrv(port));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theCheckWindowShowsWhatSynconfigCheckSaysAndIsWorkedByKeyboard(FxRobot robot) throws Exception {
        startSynSrv(robot);
        Button check = robot.lookup("#server-check").queryAs(Button.class);
        // Check is for a running service: enabled once the start has ended (the screen's poll may say Running first)
        GuiTestSupport.waitUntil(() -> !check.isDisabled(), 60);

        robot.push(KeyCode.ALT, KeyCode.C);
        Stage window = window("Check SynSrv");
        Label verdict = robot.from(window.getScene().getRoot()).lookup("#check-verdict").queryAs(Label.class);
        GuiTestSupport.waitUntil(() -> verdict.getText().startsWith("Verdict: "), 120);
        assertThat(verdict.getText()).startsWith("Verdict: holds. Every tested prediction holds: ");

        robot.push(KeyCode.ALT, KeyCode.S);
        CheckBox all = robot.from(window.getScene().getRoot()).lookup("#check-show-untestable").queryAs(CheckBox.class);
        assertThat(all.isSelected()).as("Alt+S shows the rows not testable here").isTrue();
        TableView<CheckItem> table = robot.from(window.getScene().getRoot()).lookup("#check-table")
                .queryAs(TableView.class);
        assertThat(rows(table.getItems())).isEqualTo(cliRows());

        robot.interact(table::requestFocus);
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(window.getScene().getRoot()).lookup("#check-details").queryAs(TextArea.class).getText())
                .startsWith("Why predicted: ").contains("\nSeen: ");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).as("Escape closes it").isFalse();
    }

    @Test
    void theCertificatesScreenInspectsTheCertificateAServerPresents(FxRobot robot) throws Exception {
        startSynSrv(robot);
        GuiTestSupport.show(robot, gui.context, "certificates");

        robot.push(KeyCode.ALT, KeyCode.I);
        Stage window = window("Inspect a server's certificate");
        TextField endpoint = robot.from(window.getScene().getRoot()).lookup("#remote-endpoint").queryAs(TextField.class);
        assertThat(endpoint.getText()).as("the encrypted service is suggested").isEqualTo("localhost:" + port);
        assertThat(endpoint.isFocused()).isTrue();
        robot.push(KeyCode.ENTER);
        TextArea report = robot.from(window.getScene().getRoot()).lookup("#remote-report").queryAs(TextArea.class);
        GuiTestSupport.waitUntil(() -> !report.getText().isEmpty(), 60);

        assertThat(report.getText()).startsWith("localhost:" + port + ": 1 object(s)\n")
                .contains("  Subject:   CN=localhost\n").contains(opensslFingerprint());

        robot.interact(() -> endpoint.setText("localhost"));
        robot.push(KeyCode.ENTER);
        assertThat(robot.from(window.getScene().getRoot()).lookup("#remote-error").queryAs(Label.class).getText())
                .startsWith("'localhost' is not HOST:PORT");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isFalse();
    }

    private void startSynSrv(FxRobot robot) throws Exception {
        GuiTestSupport.show(robot, gui.context, "server");
        robot.clickOn("#server-start");
        Label status = robot.lookup("#server-status").queryAs(Label.class);
        GuiTestSupport.waitUntil(() -> status.getText().startsWith("Running on port " + port), 60);
    }

    private static Stage window(String title) throws Exception {
        GuiTestSupport.waitUntil(() -> find(title).isPresent(), 30);
        return find(title).orElseThrow();
    }

    private static Optional<Stage> find(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .map(Stage.class::cast).findFirst();
    }

    private static List<String> rows(List<CheckItem> items) {
        return items.stream().map(i -> String.join(" | ", i.group(), i.item(), i.predicted(), i.actual(),
                i.verdict().name())).toList();
    }

    /** The same rows from the command line's {@code synconfig check SynSrv --json}. */
    private List<String> cliRows() throws Exception {
        StringWriter out = new StringWriter();
        String[] check = {"--config", gui.configFile.toString(), "check", "SynSrv", "--json"};
        var cl = SynConfigCommand.forArguments(check);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute(check)).isZero();
        List<String> rows = new ArrayList<>();
        for (JsonNode i : new ObjectMapper().readTree(out.toString()).get("items")) {
            rows.add(String.join(" | ", i.get("group").asText(), i.get("item").asText(), i.get("predicted").asText(),
                    i.get("actual").asText(), i.get("verdict").asText()));
        }
        return rows;
    }

    private String opensslFingerprint() throws Exception {
        Process p = new ProcessBuilder("openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in", pem.toString())
                .redirectErrorStream(true).start();
        String line = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.waitFor()).isZero();
        return line.substring(line.indexOf('=') + 1);
    }
}
