package com.synconfig.app.gui;

import com.synconfig.model.config.ConfigLocation;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The JavaFX desktop program. Accepts {@code --config=FILE} (or {@code --config FILE}) like the command line.
 * The window shows at once (its first frame, {@link StartupWindow}); the model is built and the configuration read
 * off the FX thread meanwhile, then the screens are put in.
 */
public final class SynConfigApplication extends Application {

    private volatile GuiContext context;

    public static void launchGui(String[] args) {
        JavaFxWarnings.quietClassPathWarning();
        Application.launch(SynConfigApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        Preferences preferences = Preferences.userNodeForPackage(SynConfigApplication.class);
        Appearance appearance = new Appearance(preferences, SystemColorScheme.current()::detect);
        appearance.install();
        StartupWindow.show(stage, preferences, appearance.themeProperty().get(), Messages.load());
        String configFlag = configFlag(getParameters().getRaw());
        Thread loader = new Thread(() -> {
            try {
                GuiContext loaded = new GuiContext(ConfigLocation.resolve(configFlag), preferences, appearance);
                loaded.setDocumentOpener(DocumentOpener.forThisDesktop(getHostServices()::showDocument));
                loaded.load();
                Platform.runLater(() -> open(loaded, stage));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> failed(e));
            }
        }, "synconfig-startup");
        loader.setDaemon(true);
        loader.start();
    }

    private void open(GuiContext loaded, Stage stage) {
        context = loaded;
        if (!loaded.open(stage)) {
            Platform.exit();
        }
    }

    private static void failed(Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()));
        alert.setHeaderText(e.getClass().getSimpleName());
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    static String configFlag(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--config=")) {
                return a.substring("--config=".length());
            }
            if (a.equals("--config") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
        }
        return null;
    }
}
