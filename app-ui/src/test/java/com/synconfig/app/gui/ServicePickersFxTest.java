package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The service choosers of Ciphers, Files, Environment and Users keep showing a service while the services change. */
class ServicePickersFxTest extends MainWindowFxTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private static final List<String> SCREENS = List.of("ciphers", "files", "environment", "users");

    private void update(FxRobot robot, ServiceConfiguration services) {
        robot.interact(() -> gui.context.document().update(services));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String chosen(FxRobot robot, String screen) {
        GuiTestSupport.show(robot, gui.context, screen);
        return (String) robot.lookup("#" + screen + "-service").queryAs(ComboBox.class).getValue();
    }

    @Test
    void modifyingAPortKeepsEveryScreensService(FxRobot robot) {
        SCREENS.forEach(s -> assertThat(chosen(robot, s)).as(s).isEqualTo("SynSrv"));
        ServiceConfiguration services = gui.context.document().services();
        ServiceDefinition synSrv = services.find("SynSrv").orElseThrow();
        update(robot, services.with(synSrv.toBuilder().port(2345).scl(Scl.LEVEL_2).build()));
        SCREENS.forEach(s -> assertThat(chosen(robot, s)).as(s).isEqualTo("SynSrv"));
        GuiTestSupport.show(robot, gui.context, "ciphers");
        assertThat(robot.lookup("#ciphers-scl").queryAs(ComboBox.class).getValue())
                .as("Ciphers follows the service's new SCL").isEqualTo(Scl.LEVEL_2);
    }

    @Test
    void removeThenImportChoosesAServiceThatExists(FxRobot robot) {
        ServiceConfiguration services = gui.context.document().services();
        ServiceDefinition second = ServiceDefinition.named("Backup").toBuilder().port(2331).build();
        update(robot, services.with(second));
        SCREENS.forEach(s -> {
            GuiTestSupport.show(robot, gui.context, s);
            robot.interact(() -> robot.lookup("#" + s + "-service").queryAs(ComboBox.class).setValue("Backup"));
        });
        update(robot, gui.context.document().services().without("Backup"));
        SCREENS.forEach(s -> assertThat(chosen(robot, s)).as(s + " after Remove").isEqualTo("SynSrv"));
        update(robot, gui.context.document().services().with(second)); // Import brings it back
        SCREENS.forEach(s -> assertThat(chosen(robot, s)).as(s + " after Import").isEqualTo("SynSrv"));
        GuiTestSupport.show(robot, gui.context, "environment");
        assertThat(robot.lookup("#environment-table").queryAs(TableView.class).getItems()).isNotNull();
    }
}
