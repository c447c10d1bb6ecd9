package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The certificate wizards reach what only the command line did (#14): the subject fields OU, L, ST, C and e-mail,
 * judged by the subject's own rules, and a confirmation for every new passphrase; every field has its own Alt key.
 */
class CertificateWizardFxTest extends MainWindowFxTest {

    private static final List<String> WIZARDS = List.of("New self-signed server certificate",
            "New local certificate authority", "Issue a server certificate from the local CA",
            "New certificate request for a public CA", "Import a CA's reply", "Convert PEM \u2194 PKCS#12");

    Path home;

    @Start
    void start(Stage stage) throws Exception {
        open(stage, fresh -> home = fresh.serviceHome);
    }

    private void openWizard(FxRobot robot, String title) {
        GuiTestSupport.show(robot, gui.context, "certificates");
        robot.clickOn("#certificates-new");
        robot.clickOn(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane wizard(FxRobot robot) {
        Node n = robot.lookup("#wizard-ok").query();
        while (!(n instanceof DialogPane)) {
            n = n.getParent();
        }
        return (DialogPane) n;
    }

    @Test
    void everyWizardsLabelsHaveTheirOwnAltKeyThatFocusesTheirField(FxRobot robot) {
        for (String title : WIZARDS) {
            openWizard(robot, title);
            Map<Character, String> seen = new HashMap<>();
            List<Label> labels = robot.from(wizard(robot)).lookup((java.util.function.Predicate<Node>) n -> n instanceof Label l
                    && l.getLabelFor() != null).queryAllAs(Label.class).stream().toList();
            assertThat(labels).as(title).hasSizeGreaterThan(3);
            for (Label label : labels) {
                int at = label.getText().indexOf('_');
                assertThat(label.isMnemonicParsing() && at >= 0).as("%s: %s has an Alt key", title, label.getText()).isTrue();
                char key = Character.toUpperCase(label.getText().charAt(at + 1));
                assertThat(seen.put(key, label.getText())).as("%s: Alt+%s is taken by %s and %s", title, key,
                        seen.get(key), label.getText()).isNull();
                assertThat(label.getLabelFor()).isInstanceOf(Control.class);
                assertThat(label.getLabelFor().isFocusTraversable()).as(label.getText()).isTrue();
            }
            assertThat(seen).as(title).containsKeys('P', 'R');
            robot.push(KeyCode.ALT, KeyCode.R);
            assertThat(robot.lookup("#wizard-passphrase-confirm").queryAs(PasswordField.class).isFocused())
                    .as("%s: Alt+R, the confirmation", title).isTrue();
            robot.push(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void theSubjectFieldsAndAConfirmedPassphraseMakeTheCertificateTheCommandLineWould(FxRobot robot) throws Exception {
        openWizard(robot, "New self-signed server certificate");
        Button ok = robot.lookup("#wizard-ok").queryAs(Button.class);
        Label problem = robot.lookup("#wizard-problem").queryAs(Label.class);
        assertThat(ok.isDisabled()).as("a filled-in default form").isFalse();
        robot.clickOn("#wizard-cn"); // TestFX writes into the window clicked last

        robot.push(KeyCode.ALT, KeyCode.Y);
        robot.write("Germany");
        assertThat(problem.getText()).isEqualTo("Country (C) 'Germany' must be a two-letter ISO code, e.g. US or DE.");
        assertThat(ok.isDisabled()).as("Finish blocked").isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("DE");
        robot.push(KeyCode.ALT, KeyCode.U).write("Servers");
        robot.push(KeyCode.ALT, KeyCode.L).write("Berlin");
        robot.push(KeyCode.ALT, KeyCode.S).write("Berlin");
        robot.push(KeyCode.ALT, KeyCode.O).write("Example");
        robot.push(KeyCode.ALT, KeyCode.E).write("admin@example.test");
        robot.push(KeyCode.ALT, KeyCode.N).push(KeyCode.CONTROL, KeyCode.A).write("files.example.test");
        robot.push(KeyCode.ALT, KeyCode.A).push(KeyCode.CONTROL, KeyCode.A).write("DNS:files.example.test");
        assertThat(problem.getText()).isEmpty();

        robot.push(KeyCode.ALT, KeyCode.P).write("s3cret");
        robot.push(KeyCode.ALT, KeyCode.R).write("s3creT");
        assertThat(problem.getText()).isEqualTo("The two passphrases for the new key differ: type the same passphrase"
                + " twice.");
        assertThat(ok.isDisabled()).as("Finish blocked").isTrue();
        robot.push(KeyCode.BACK_SPACE).write("t");
        assertThat(problem.getText()).isEmpty();
        Path out = Path.of(robot.lookup("#wizard-out").queryAs(TextField.class).getText());

        robot.clickOn(ok);
        GuiTestSupport.waitUntil(() -> robot.lookup("#wizard-ok").tryQuery().isEmpty(), 120);
        assertThat(openssl("x509", "-in", out.toString(), "-noout", "-subject", "-nameopt", "RFC2253")).isEqualTo(
                "subject=emailAddress=admin@example.test,CN=files.example.test,OU=Servers,O=Example,L=Berlin,ST=Berlin,C=DE");
        assertThat(openssl("pkey", "-in", out.toString(), "-passin", "pass:s3cret", "-noout")).isEmpty();
        assertThat(openssl("pkey", "-in", out.toString(), "-passin", "pass:s3creT", "-noout")).isNotEmpty();
    }

    /** Runs openssl; its trimmed output (stdout and stderr). */
    private static String openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
