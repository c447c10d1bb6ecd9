package com.synconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void configOptionAloneStillMeansTheDesktopProgram() {
        assertThat(Launcher.onlyGuiOptions(new String[] {})).isTrue();
        assertThat(Launcher.onlyGuiOptions(new String[] {"--config", "/tmp/x.ini"})).isTrue();
        assertThat(Launcher.onlyGuiOptions(new String[] {"--config=/tmp/x.ini"})).isTrue();
    }

    @Test
    void anythingElseMeansTheCommandLine() {
        assertThat(Launcher.onlyGuiOptions(new String[] {"--config", "/tmp/x.ini", "service", "list"})).isFalse();
        assertThat(Launcher.onlyGuiOptions(new String[] {"--headless"})).isFalse();
        assertThat(Launcher.onlyGuiOptions(new String[] {"--config"})).isFalse();
        assertThat(Launcher.onlyGuiOptions(new String[] {"service", "list"})).isFalse();
    }

    @Test
    void backgroundServersStartWithThisLauncher() {
        assertThat(com.synconfig.app.process.ThisProgram.LAUNCHER).isEqualTo(Launcher.class.getName());
        assertThat(com.synconfig.app.process.ThisProgram.command().words()).endsWith(Launcher.class.getName());
    }
}
