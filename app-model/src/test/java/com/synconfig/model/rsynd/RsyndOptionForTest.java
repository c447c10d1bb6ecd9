package com.synconfig.model.rsynd;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import org.junit.jupiter.api.Test;

/** What the service dialog's tooltips say each setting is on the rsynd command line. */
class RsyndOptionForTest {

    @Test
    void eachSettingOfTheCommandLineNamesItsOptionInThePlatformsStyle() {
        assertThat(RsyndCommandLine.optionFor("port", Platform.UNIX)).hasValue("-p PORT");
        assertThat(RsyndCommandLine.optionFor("encrypt", Platform.WINDOWS)).hasValue("-encrypt");
        assertThat(RsyndCommandLine.optionFor("certificateFile", Platform.UNIX)).hasValue("-cert=FILE");
        assertThat(RsyndCommandLine.optionFor("scl", Platform.UNIX)).hasValue("-scl=N");
        assertThat(RsyndCommandLine.optionFor("nonSecure", Platform.UNIX)).hasValue("-n");
        assertThat(RsyndCommandLine.optionFor("defaultUser", Platform.UNIX)).hasValue("-u USER");
        assertThat(RsyndCommandLine.optionFor("logLevel", Platform.UNIX)).hasValue("-l LEVEL");
        assertThat(RsyndCommandLine.optionFor("logFile", Platform.UNIX)).hasValue("-logfile=FILE");
        assertThat(RsyndCommandLine.optionFor("port", Platform.OPENVMS)).hasValue("/PORT=PORT");
        assertThat(RsyndCommandLine.optionFor("nonSecure", Platform.OPENVMS)).hasValue("/NOSECURE");
        assertThat(RsyndCommandLine.optionFor("certificateFile", Platform.OPENVMS)).hasValue("/CERTIFICATE=FILE");
    }

    @Test
    void settingsTheCommandLineDoesNotCarryHaveNoOption() {
        for (String field : new String[] {"name", "platform", "startMode", "dataRoot", "environment", "cipher"}) {
            assertThat(RsyndCommandLine.optionFor(field, Platform.UNIX)).as(field).isEmpty();
        }
    }

    /** The option a tooltip names is the one the rendered line writes for that setting. */
    @Test
    void theNamedOptionIsWhatTheRenderedLineWrites() {
        ServiceDefinition s = ServiceDefinition.defaults().toBuilder().port(4000).encrypt(true).certificateFile("c.pem")
                .scl(Scl.LEVEL_2).nonSecure(true).defaultUser("guest").logLevel(LogLevel.REQUESTS).logFile("r.log")
                .build();
        for (Platform platform : Platform.values()) {
            String line = RsyndCommandLine.render(s, platform);
            for (String field : new String[] {"port", "encrypt", "certificateFile", "scl", "nonSecure", "defaultUser",
                    "logLevel", "logFile"}) {
                String option = RsyndCommandLine.optionFor(field, platform).orElseThrow();
                String name = option.split("[ =]")[0]; // -p, -cert, /PORT, /ENCRYPT...
                assertThat(line.split(" ")).as(platform + " " + field).anyMatch(
                        word -> word.equals(name) || word.startsWith(name + "="));
            }
        }
    }
}
