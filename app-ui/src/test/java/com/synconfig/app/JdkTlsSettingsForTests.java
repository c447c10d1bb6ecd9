package com.synconfig.app;

import com.synconfig.server.tls.JdkTlsSettings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The tests' composition root for the JDK's TLS settings: applied once, before any test class loads, as the
 * program's launcher applies them first thing in main (registered in META-INF/services).
 */
public final class JdkTlsSettingsForTests implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        JdkTlsSettings.apply();
    }
}
