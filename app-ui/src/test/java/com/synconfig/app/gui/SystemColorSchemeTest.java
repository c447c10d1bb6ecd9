package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemColorSchemeTest {

    @TempDir
    Path home;

    /** The real gsettings, reading a settings file of our own (its keyfile back end) instead of the desktop's. */
    private Map<String, String> gnome(String colorScheme, String gtkTheme) throws IOException, InterruptedException {
        assumeTrue(runs("gsettings", "--version"), "gsettings is not installed");
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("GSETTINGS_BACKEND", "keyfile");
        Path keyfile = home.resolve("config/glib-2.0/settings/keyfile");
        Files.createDirectories(keyfile.getParent());
        Files.writeString(keyfile, "[org/gnome/desktop/interface]\n"
                + (colorScheme == null ? "" : "color-scheme='" + colorScheme + "'\n")
                + (gtkTheme == null ? "" : "gtk-theme='" + gtkTheme + "'\n"));
        return env;
    }

    private static boolean runs(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void gnomePreferDarkIsDarkAndDefaultIsLight() throws Exception {
        assertThat(SystemColorScheme.running("Linux", gnome("prefer-dark", null)).detect()).isEqualTo(Theme.DARK);
        assertThat(SystemColorScheme.running("Linux", gnome("prefer-light", null)).detect()).isEqualTo(Theme.LIGHT);
        assertThat(SystemColorScheme.running("Linux", gnome("default", null)).detect()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void withoutAColorSchemeADarkGtkThemeIsDark() throws Exception {
        assertThat(SystemColorScheme.running("Linux", gnome("default", "Adwaita-dark")).detect()).isEqualTo(Theme.DARK);
        assertThat(SystemColorScheme.running("Linux", gnome("default", "Adwaita")).detect()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void gtkThemeInTheEnvironmentWinsOverTheSettings() throws Exception {
        Map<String, String> env = gnome("prefer-dark", null);
        env.put("GTK_THEME", "Adwaita");
        assertThat(SystemColorScheme.running("Linux", env).detect()).isEqualTo(Theme.LIGHT);
        env.put("GTK_THEME", "Adwaita:dark");
        assertThat(SystemColorScheme.running("Linux", env).detect()).isEqualTo(Theme.DARK);
    }

    @Test
    void noDesktopToAskMeansLight() {
        // e.g. a server with no gsettings and no GTK_THEME: every command fails
        assertThat(new SystemColorScheme("Linux", Map.of(), command -> Optional.empty()).detect()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void windowsAppsUseLightTheme() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(new SystemColorScheme("Windows 11", Map.of(), answering("reg", dark)).detect()).isEqualTo(Theme.DARK);
        assertThat(new SystemColorScheme("Windows 11", Map.of(), answering("reg", dark.replace("0x0", "0x1"))).detect())
                .isEqualTo(Theme.LIGHT);
        assertThat(new SystemColorScheme("Windows 11", Map.of(), c -> Optional.empty()).detect()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void macOsAppleInterfaceStyle() {
        assertThat(new SystemColorScheme("Mac OS X", Map.of(), answering("defaults", "Dark\n")).detect())
                .isEqualTo(Theme.DARK);
        // light mode: the key does not exist and `defaults` fails
        assertThat(new SystemColorScheme("Mac OS X", Map.of(), c -> Optional.empty()).detect()).isEqualTo(Theme.LIGHT);
    }

    /** What the OS's own command prints (copied from a real run): not available on this machine. */
    private static java.util.function.Function<List<String>, Optional<String>> answering(String program, String output) {
        return command -> command.get(0).equals(program) ? Optional.of(output) : Optional.empty();
    }
}
