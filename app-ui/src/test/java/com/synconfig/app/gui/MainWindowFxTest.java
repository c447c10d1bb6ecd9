package com.synconfig.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test of the real main window (TestFX on Monocle): each test gets a fresh configuration home and the program's
 * window on {@link #stage}, closed (and the home's preferences cleared) after it. TestFX looks for the {@code @Start}
 * method in the test class itself only, so each subclass has one that calls {@link #open}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class MainWindowFxTest {

    @TempDir
    static Path dir;
    GuiTestSupport gui;
    Stage stage;

    void open(Stage stage) throws Exception {
        open(stage, fresh -> { });
    }

    /** @param before prepares the fresh home (preferences, saved services) before the window opens */
    void open(Stage stage, Preparation before) throws Exception {
        this.stage = stage;
        gui = new GuiTestSupport(Files.createDirectories(dir.resolve("t" + System.nanoTime())));
        before.prepare(gui);
        gui.start(stage);
    }

    /** What a test does to its fresh home before the window opens. */
    @FunctionalInterface
    interface Preparation {
        void prepare(GuiTestSupport fresh) throws Exception;
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }
}
