package com.synconfig.model.rsynd;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import org.junit.jupiter.api.Test;

class RsyndCommandLineRenderTest {

    private static ServiceDefinition everythingSet(String cert, String logFile) {
        return ServiceDefinition.defaults().toBuilder().encrypt(true).certificateFile(cert).scl(Scl.LEVEL_2)
                .nonSecure(true).defaultUser("guest").logLevel(LogLevel.REQUESTS).logFile(logFile).build();
    }

    @Test
    void aNewServiceWritesThePortAndItsExplicitLevelThree() {
        assertThat(RsyndCommandLine.render(ServiceDefinition.defaults(), Platform.UNIX)).isEqualTo("rsynd -p 2330 -scl=3");
        assertThat(RsyndCommandLine.render(ServiceDefinition.defaults(), Platform.WINDOWS)).isEqualTo("rsynd -p 2330 -scl=3");
        assertThat(RsyndCommandLine.render(ServiceDefinition.defaults(), Platform.OPENVMS)).isEqualTo("RSYND /PORT=2330 /SCL=3");
    }

    @Test
    void dashStyleWritesEveryNonDefaultOptionInFixedOrder() {
        ServiceDefinition s = everythingSet("/etc/synergy/rsynd.pem", "/var/log/rsynd.log");
        assertThat(RsyndCommandLine.render(s, Platform.UNIX)).isEqualTo(
                "rsynd -p 2330 -encrypt -cert=/etc/synergy/rsynd.pem -scl=2 -n -u guest -l requests -logfile=/var/log/rsynd.log");
    }

    @Test
    void qualifierStyleWritesEveryNonDefaultQualifierInFixedOrder() {
        ServiceDefinition s = everythingSet("SYS$MANAGER:RSYND.PEM", "SYS$MANAGER:RSYND.LOG");
        assertThat(RsyndCommandLine.render(s, Platform.OPENVMS)).isEqualTo("RSYND /PORT=2330 /ENCRYPT"
                + " /CERTIFICATE=SYS$MANAGER:RSYND.PEM /SCL=2 /NOSECURE /DEFAULT_USER=guest /LOG=requests"
                + " /LOGFILE=SYS$MANAGER:RSYND.LOG");
    }

    /** A line without -scl means "the default, whatever it becomes": only level 0 says that. */
    @Test
    void sclZeroIsLeftOutWhileTwoAndThreeAreWritten() {
        ServiceDefinition s = ServiceDefinition.defaults().toBuilder().scl(Scl.DEFAULT).build();
        assertThat(RsyndCommandLine.render(s, Platform.UNIX)).isEqualTo("rsynd -p 2330");
        assertThat(RsyndCommandLine.render(s, Platform.OPENVMS)).isEqualTo("RSYND /PORT=2330");
        assertThat(RsyndCommandLine.render(s.toBuilder().scl(Scl.LEVEL_2).build(), Platform.UNIX)).isEqualTo("rsynd -p 2330 -scl=2");
        assertThat(RsyndCommandLine.render(s.toBuilder().scl(Scl.LEVEL_3).build(), Platform.UNIX)).isEqualTo("rsynd -p 2330 -scl=3");
        assertThat(RsyndCommandLine.render(s.toBuilder().scl(Scl.LEVEL_3).build(), Platform.OPENVMS))
                .isEqualTo("RSYND /PORT=2330 /SCL=3");
    }

    @Test
    void valuesWithSpacesAreDoubleQuoted() {
        ServiceDefinition s = ServiceDefinition.defaults().toBuilder().encrypt(true)
                .certificateFile("C:\\Program Files\\Synergex\\rsynd.pem").defaultUser("John Smith").build();
        assertThat(RsyndCommandLine.render(s, Platform.WINDOWS)).isEqualTo(
                "rsynd -p 2330 -encrypt -cert=\"C:\\Program Files\\Synergex\\rsynd.pem\" -scl=3 -u \"John Smith\"");
    }

    @Test
    void doubleQuotesInsideAValueAreDoubled() {
        ServiceDefinition s = ServiceDefinition.defaults().toBuilder().logFile("/var/log/\"odd\".log").build();
        assertThat(RsyndCommandLine.render(s, Platform.UNIX)).isEqualTo("rsynd -p 2330 -scl=3 -logfile=\"/var/log/\"\"odd\"\".log\"");
    }

    @Test
    void aSeparateValueStartingWithDashIsQuotedSoItIsNotReadAsAnOption() {
        ServiceDefinition s = ServiceDefinition.defaults().toBuilder().nonSecure(true).defaultUser("-guest").build();
        assertThat(RsyndCommandLine.render(s, Platform.UNIX)).isEqualTo("rsynd -p 2330 -scl=3 -n -u \"-guest\"");
    }

    @Test
    void qualifierValuesWithSlashesAreQuoted() {
        ServiceDefinition s = ServiceDefinition.defaults().toBuilder().encrypt(true)
                .certificateFile("/sys$manager/rsynd.pem").build();
        assertThat(RsyndCommandLine.render(s, Platform.OPENVMS))
                .isEqualTo("RSYND /PORT=2330 /ENCRYPT /CERTIFICATE=\"/sys$manager/rsynd.pem\" /SCL=3");
    }
}
