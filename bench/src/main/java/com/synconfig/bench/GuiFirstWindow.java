package com.synconfig.bench;

import java.util.List;

/**
 * Starts the program's launcher with no arguments (the desktop program) and prints {@code FIRST_WINDOW} as soon
 * as a JavaFX window is showing, then exits. Run with the program's own class path plus this class; JavaFX is
 * reached by reflection so the harness needs no JavaFX itself.
 */
public final class GuiFirstWindow {

    private static final long GIVE_UP_MILLIS = 60_000;

    private GuiFirstWindow() {
    }

    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(GuiFirstWindow::watch, "first-window-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Class.forName("com.synconfig.app.Launcher").getMethod("main", String[].class).invoke(null, (Object) args);
    }

    private static void watch() {
        long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            try {
                List<?> windows = (List<?>) Class.forName("javafx.stage.Window").getMethod("getWindows").invoke(null);
                for (Object w : windows.toArray()) {
                    if ((Boolean) w.getClass().getMethod("isShowing").invoke(w)) {
                        System.out.println("FIRST_WINDOW");
                        System.out.flush();
                        Runtime.getRuntime().halt(0);
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException notYet) {
                // JavaFX not loaded yet, or the list changed while we looked
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
        System.out.println("NO_WINDOW");
        Runtime.getRuntime().halt(3);
    }
}
