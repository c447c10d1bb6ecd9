package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.certificates.CertificateRow;
import com.synconfig.model.pki.CertificateToolkit;
import com.synconfig.model.pki.ChainLink;
import com.synconfig.model.pki.DistinguishedName;
import com.synconfig.model.pki.KeySpec;
import com.synconfig.model.pki.SubjectAltNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The certificate wizards never lose a file (#14): they never default to a file a service uses, ask before
 * replacing one (naming it and its services) and keep a backup; the Certificates screen lists files made elsewhere.
 */
class CertificateFilesFxTest extends MainWindowFxTest {

    Path home;
    Path live;
    String liveText;

    @Start
    void start(Stage stage) throws Exception {
        open(stage, fresh -> {
            home = fresh.serviceHome;
            live = home.resolve("rsynd.pem");
            new CertificateToolkit(m -> { }).selfSigned(DistinguishedName.ofCommonName("live.example.test"),
                    SubjectAltNames.defaults(), KeySpec.EC_P256, 100, live, null);
            liveText = Files.readString(live);
            fresh.saveSynSrv(b -> b.encrypt(true).certificateFile(live.toString()));
        });
    }

    private static void retype(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    private static void openWizard(FxRobot robot, GuiContext context, String title) {
        GuiTestSupport.show(robot, context, "certificates");
        robot.clickOn("#certificates-new");
        robot.clickOn(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The open "Replace the file?" question, if one is shown. */
    private static Optional<DialogPane> question(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().contains("Replace it?")).findFirst();
    }

    private static void answer(FxRobot robot, DialogPane question, ButtonType button) {
        robot.clickOn(question.lookupButton(button));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theServiceDialogsWizardDefaultsToANewFileNotTheOneTheServiceUses(FxRobot robot) throws Exception {
        GuiTestSupport.show(robot, gui.context, "certificates");
        GuiTestSupport.show(robot, gui.context, "services");
        robot.clickOn("#services-modify");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#editor-cert-create");
        WaitForAsyncUtils.waitForFxEvents();

        Path offered = Path.of(robot.lookup("#wizard-out").queryAs(TextField.class).getText());
        assertThat(offered).isEqualTo(home.resolve("rsynd-2.pem"));
        robot.clickOn("#wizard-ok");
        TextField cert = robot.lookup("#editor-cert").queryAs(TextField.class);
        GuiTestSupport.waitUntil(() -> cert.getText().equals(offered.toString()), 120);
        assertThat(question(robot)).isEmpty();
        assertThat(live).hasContent(liveText);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // Made in the service dialog, listed on the Certificates screen without Refresh.
        GuiTestSupport.show(robot, gui.context, "certificates");
        TableView<CertificateRow> table = robot.lookup("#certificates-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(CertificateRow::file).contains(offered);

        // Chosen, its chain shows as a tree (a self-signed certificate: itself alone).
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.file().equals(offered)).findFirst().orElseThrow()));
        TreeView<ChainLink> chain = robot.lookup("#certificates-chain").queryAs(TreeView.class);
        assertThat(chain.getRoot().getValue().subject()).startsWith("CN=");
        assertThat(chain.getRoot().getChildren()).isEmpty();
    }

    @Test
    void replacingTheLiveFileAsksNamingTheServiceAndKeepsABackup(FxRobot robot) throws Exception {
        openWizard(robot, gui.context, "New self-signed server certificate");
        assertThat(robot.lookup("#wizard-out").queryAs(TextField.class).getText())
                .isEqualTo(home.resolve("rsynd-2.pem").toString());
        retype(robot, "#wizard-out", live.toString());

        robot.clickOn("#wizard-ok");
        DialogPane asked = question(robot).orElseThrow();
        assertThat(asked.getContentText()).startsWith(live + " exists. It is the certificate file of service SynSrv")
                .endsWith("The current file is kept as rsynd.pem.bak.");
        answer(robot, asked, ButtonType.CANCEL);
        assertThat(live).hasContent(liveText);
        assertThat(home.resolve("rsynd.pem.bak")).doesNotExist();
        assertThat(robot.lookup("#wizard-ok").queryAs(Button.class).isDisabled()).as("the wizard stays open").isFalse();

        robot.clickOn("#wizard-ok");
        answer(robot, question(robot).orElseThrow(), ButtonType.OK);
        GuiTestSupport.waitUntil(() -> robot.lookup("#wizard-ok").tryQuery().isEmpty(), 120);
        assertThat(home.resolve("rsynd.pem.bak")).hasContent(liveText);
        assertThat(Files.readString(live)).isNotEqualTo(liveText).contains("BEGIN CERTIFICATE");
    }

    @Test
    void aNewLocalCaNeverSilentlyReplacesTheCaKey(FxRobot robot) throws Exception {
        Path caKey = home.resolve("ca-key.pem");
        Files.writeString(caKey, "the key of the CA that issued every certificate\n");
        openWizard(robot, gui.context, "New local certificate authority");
        assertThat(robot.lookup("#wizard-out2").queryAs(TextField.class).getText())
                .isEqualTo(home.resolve("ca-key-2.pem").toString());

        retype(robot, "#wizard-out2", caKey.toString());
        retype(robot, "#wizard-passphrase", "ca secret");
        retype(robot, "#wizard-passphrase-confirm", "ca secret");
        robot.clickOn("#wizard-ok");
        DialogPane asked = question(robot).orElseThrow();
        assertThat(asked.getContentText()).startsWith(caKey + " exists. No service uses it.");
        answer(robot, asked, ButtonType.CANCEL);
        assertThat(caKey).hasContent("the key of the CA that issued every certificate\n");
        robot.push(KeyCode.ESCAPE);
    }
}
