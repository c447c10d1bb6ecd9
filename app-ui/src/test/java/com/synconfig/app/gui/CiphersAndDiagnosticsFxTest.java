package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.ciphers.CipherRow;
import com.synconfig.model.service.Scl;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.EngineFacts;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.ServerOffer;
import com.synconfig.server.diag.CheckResult;
import com.synconfig.server.tls.EngineProbe;
import com.synconfig.server.tls.TlsEngine;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class CiphersAndDiagnosticsFxTest extends MainWindowFxTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theCipherTableFollowsTheScl(FxRobot robot) throws Exception {
        robot.clickOn("Ciphers");
        TableView<CipherRow> table = robot.lookup("#ciphers-table").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> !table.getItems().isEmpty(), 120);
        EngineFacts facts = EngineProbe.facts(TlsEngine.preferred());

        assertThat(robot.lookup("#ciphers-scl").queryAs(ComboBox.class).getValue()).isEqualTo(Scl.LEVEL_3);
        assertTableShows(table, ServerOffer.compute(Scl.LEVEL_3, KeyType.RSA, facts, CipherCatalog.standard()));
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.usableOver()).doesNotContain("TLSv1.1"));

        robot.clickOn("#ciphers-scl");
        robot.clickOn("2: TLSv1.1, TLSv1.2, TLSv1.3");
        WaitForAsyncUtils.waitForFxEvents();
        ServerOffer scl2 = ServerOffer.compute(Scl.LEVEL_2, KeyType.RSA, facts, CipherCatalog.standard());
        assertTableShows(table, scl2);
        assertThat(robot.lookup("#ciphers-protocols").queryAs(Label.class).getText()).contains("TLSv1.1");
        if (scl2.protocolNames().contains("TLSv1.1")) {
            assertThat(table.getItems()).anySatisfy(r -> assertThat(r.usableOver()).contains("TLSv1.1"));
        }
        String openssl = robot.lookup("#ciphers-openssl").queryAs(TextArea.class).getText();
        assertThat(openssl.lines()).hasSize(scl2.offered().size());
    }

    private static void assertTableShows(TableView<CipherRow> table, ServerOffer offer) {
        assertThat(table.getItems()).extracting(CipherRow::openSslName)
                .containsExactlyElementsOf(offer.offered().stream().map(CipherSuite::openSslName).toList());
        List<String> protocols = offer.protocolNames();
        for (int i = 0; i < offer.offered().size(); i++) {
            CipherSuite s = offer.offered().get(i);
            assertThat(table.getItems().get(i).usableOver()).isEqualTo(String.join(", ",
                    protocols.stream().filter(p -> s.usableWith(com.synconfig.model.tls.TlsProtocol.parse(p))).toList()));
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void dltestRunsInTheBackgroundAndShowsEveryCheckWithDetails(FxRobot robot) throws Exception {
        robot.clickOn("Diagnostics");
        robot.clickOn("#diagnostics-run");
        TableView<CheckResult> table = robot.lookup("#diagnostics-table").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> !table.getItems().isEmpty(), 120);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(CheckResult::check).contains("Native OpenSSL");
        String summary = robot.lookup("#diagnostics-summary").queryAs(Label.class).getText();
        assertThat(summary).startsWith(table.getItems().size() + " checks");
        assertThat(robot.lookup("#status-" + table.getItems().get(0).status().name()).tryQuery()).isPresent();
        String details = robot.lookup("#diagnostics-details").queryAs(TextArea.class).getText();
        CheckResult selected = table.getSelectionModel().getSelectedItem();
        assertThat(details).contains(selected.check()).contains(selected.summary());
    }
}
