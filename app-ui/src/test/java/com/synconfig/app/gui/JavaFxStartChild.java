package com.synconfig.app.gui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/** Run by {@link JavaFxWarningsTest} in its own JVM: starts JavaFX as the program does, then stops it. */
public final class JavaFxStartChild {

    private JavaFxStartChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        JavaFxWarnings.quietClassPathWarning();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        System.out.println("JavaFX started");
        Platform.exit();
    }
}
