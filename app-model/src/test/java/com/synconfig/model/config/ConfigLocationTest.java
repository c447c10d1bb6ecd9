package com.synconfig.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ConfigLocation.Source;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLocationTest {

    private final Map<String, String> props = new HashMap<>(Map.of("os.name", "Linux", "user.home", "/home/ann"));
    private final Map<String, String> env = new HashMap<>();

    private ConfigLocation resolve(String flag) {
        return ConfigLocation.resolve(flag, props::get, env::get);
    }

    @Test
    void flagBeatsPropertyEnvironmentAndDefault() {
        props.put(ConfigLocation.SYSTEM_PROPERTY, "/prop/x.ini");
        env.put(ConfigLocation.HOME_VARIABLE, "/envhome");
        assertThat(resolve("/flag/y.ini")).isEqualTo(new ConfigLocation(Path.of("/flag/y.ini"), Source.COMMAND_LINE));
    }

    @Test
    void propertyBeatsEnvironment() {
        props.put(ConfigLocation.SYSTEM_PROPERTY, "/prop/x.ini");
        env.put(ConfigLocation.HOME_VARIABLE, "/envhome");
        assertThat(resolve(null)).isEqualTo(new ConfigLocation(Path.of("/prop/x.ini"), Source.SYSTEM_PROPERTY));
    }

    @Test
    void environmentNamesADirectoryHoldingSynconfigIni() {
        env.put(ConfigLocation.HOME_VARIABLE, "/envhome");
        props.put(ConfigLocation.SYSTEM_PROPERTY, " ");
        assertThat(resolve("")).isEqualTo(new ConfigLocation(Path.of("/envhome/synconfig.ini"), Source.ENVIRONMENT));
    }

    @Test
    void linuxDefaultFollowsXdgAndIgnoresARelativeValue() {
        assertThat(resolve(null)).isEqualTo(
                new ConfigLocation(Path.of("/home/ann/.config/synconfig/synconfig.ini"), Source.OS_DEFAULT));
        env.put("XDG_CONFIG_HOME", "/xdg");
        assertThat(resolve(null).file()).isEqualTo(Path.of("/xdg/synconfig/synconfig.ini"));
        env.put("XDG_CONFIG_HOME", "relative/dir");
        assertThat(resolve(null).file()).isEqualTo(Path.of("/home/ann/.config/synconfig/synconfig.ini"));
    }

    @Test
    void macAndWindowsDefaults() {
        props.put("os.name", "Mac OS X");
        assertThat(resolve(null).file())
                .isEqualTo(Path.of("/home/ann/Library/Application Support/SynConfig/synconfig.ini"));
        props.put("os.name", "Windows 11");
        env.put("ProgramData", "/programdata");
        assertThat(resolve(null).file()).isEqualTo(Path.of("/programdata/SynConfig/synconfig.ini"));
        assertThat(resolve(null).source()).isEqualTo(Source.OS_DEFAULT);
    }

    @Test
    void describeSaysWhichSourceWon() {
        assertThat(resolve("/flag/y.ini").describe()).isEqualTo("/flag/y.ini (chosen by the --config option)");
        env.put(ConfigLocation.HOME_VARIABLE, "/envhome");
        assertThat(resolve(null).describe()).contains("environment variable SYNCONFIG_HOME");
    }
}
