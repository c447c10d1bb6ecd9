package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.certificates.CertificateRow;
import com.synconfig.app.gui.certificates.OpenSslChain;
import com.synconfig.model.pki.ChainLink;
import com.synconfig.model.pki.ReportField;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Certificates screen shows a chain made by the real openssl as a tree (the root from the folder's local CA),
 * each certificate's details, and a banner for the configured service whose certificate expires soon (#14).
 */
class CertificateDetailsFxTest extends MainWindowFxTest {

    Path home;

    @Start
    void start(Stage stage) throws Exception {
        open(stage, fresh -> {
            home = fresh.serviceHome;
            OpenSslChain.make(home, 10);
            fresh.saveSynSrv(b -> b.encrypt(true).certificateFile(home.resolve("service.pem").toString()));
        });
    }

    @Test
    void aBannerNamesTheFileAndTheServiceWhoseCertificateExpiresWhenTheScreenOpens(FxRobot robot) {
        GuiTestSupport.show(robot, gui.context, "certificates");
        VBox banner = robot.lookup("#certificates-expiry").queryAs(VBox.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getChildren()).singleElement().satisfies(line -> {
            assertThat(((Label) line).getText()).startsWith("Certificate 'CN=details.example.test' in "
                    + home.resolve("service.pem") + ", used by service SynSrv, expires on ").contains("days");
            assertThat(line.getStyleClass()).contains("banner-warning");
        });
        assertThat(banner.getStyleClass()).contains("banner");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theChainIsATreeFromTheLocalCaDownAndEachCertificatesDetailsShowFromTheKeyboard(FxRobot robot) {
        GuiTestSupport.show(robot, gui.context, "certificates");
        TableView<CertificateRow> files = robot.lookup("#certificates-table").queryAs(TableView.class);
        robot.interact(() -> files.getSelectionModel().select(files.getItems().stream()
                .filter(r -> r.file().endsWith("service.pem")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        TreeView<ChainLink> chain = robot.lookup("#certificates-chain").queryAs(TreeView.class);
        TreeItem<ChainLink> root = chain.getRoot();
        assertThat(root.getValue().origin()).isEqualTo(ChainLink.Origin.LOCAL_CA);
        TreeItem<ChainLink> intermediate = root.getChildren().get(0);
        TreeItem<ChainLink> leaf = intermediate.getChildren().get(0);
        assertThat(intermediate.getValue().subject()).isEqualTo("CN=Details Intermediate,OU=Servers,O=Example");
        assertThat(leaf.getValue().subject()).isEqualTo("CN=details.example.test");
        assertThat(leaf.getChildren()).isEmpty();
        assertThat(robot.from(chain).lookup(".tree-cell").queryAllAs(TreeCell.class)).extracting(TreeCell::getText)
                .contains("CN=Details Root,O=Example,C=DE  (local CA: " + home.resolve("ca.pem") + ")");
        assertThat(chain.getSelectionModel().getSelectedItem()).as("the file's own certificate first").isSameAs(leaf);

        TableView<ReportField> details = robot.lookup("#certificates-details").queryAs(TableView.class);
        assertThat(value(details, "Subject")).isEqualTo("CN=details.example.test");
        assertThat(value(details, "SANs")).isEqualTo("DNS:details.example.test, IP:192.0.2.7, email:admin@example.test");

        robot.push(KeyCode.ALT, KeyCode.C);
        assertThat(chain.isFocused()).as("Alt+C: the chain").isTrue();
        robot.push(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(value(details, "Subject")).isEqualTo("CN=Details Intermediate,OU=Servers,O=Example");
        assertThat(value(details, "CA")).isEqualTo("yes, path length 0");
        assertThat(value(details, "Key")).isEqualTo("EC P-384");
        robot.push(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(value(details, "Issuer")).isEqualTo("CN=Details Root,O=Example,C=DE");

        robot.push(KeyCode.ALT, KeyCode.D);
        assertThat(details.isFocused()).as("Alt+D: the details").isTrue();
        // The Services screen, shown first, had Alt+R ("_Restart"): its leftover must not swallow this screen's Alt+R.
        robot.push(KeyCode.ALT, KeyCode.R);
        assertThat(robot.lookup("#certificates-inspector").queryAs(TextArea.class).isFocused()).as("Alt+R: the report")
                .isTrue();
        assertThat(robot.lookup("#certificates-inspector").queryAs(TextArea.class).getText())
                .contains("Local CA " + home.resolve("ca.pem") + " #1 certificate");

        // Shown again after another screen, its labels' Alt keys still work.
        GuiTestSupport.show(robot, gui.context, "files");
        GuiTestSupport.show(robot, gui.context, "certificates");
        robot.clickOn("#certificates-table");
        robot.push(KeyCode.ALT, KeyCode.C);
        assertThat(chain.isFocused()).as("Alt+C after the screen was shown again").isTrue();
    }

    private static String value(TableView<ReportField> details, String label) {
        return details.getItems().stream().filter(f -> f.label().equals(label)).findFirst()
                .map(ReportField::value).orElseThrow(() -> new AssertionError("no " + label + " in " + details.getItems()));
    }
}
