package com.synconfig.app.gui;

import com.synconfig.model.config.ConfigLocation;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX desktop program. Accepts {@code --config=FILE} (or {@code --config FILE}) like the command line. */
public final class SynConfigApplication extends Application {

    private GuiContext context;

    public static void launchGui(String[] args) {
        JavaFxWarnings.quietClassPathWarning();
        Application.launch(SynConfigApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        context = new GuiContext(ConfigLocation.resolve(configFlag(getParameters().getRaw())),
                Preferences.userNodeForPackage(SynConfigApplication.class));
        context.setBrowser(getHostServices()::showDocument);
        if (!context.open(stage)) {
            Platform.exit();
        }
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
