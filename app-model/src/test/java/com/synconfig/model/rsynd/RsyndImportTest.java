package com.synconfig.model.rsynd;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.StartMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pasted rsynd line as a new or updated service, in whichever form it is written. */
class RsyndImportTest {

    private static final Platform DASH_HERE = Platform.current() == Platform.OPENVMS ? Platform.UNIX : Platform.current();

    private static RsyndImport.Result create(String line) {
        return RsyndImport.read(line, "Backup", Optional.empty(), Optional.empty());
    }

    @Test
    void aDashLineMakesANewServiceForThisMachine() {
        RsyndImport.Result r = create("rsynd -p 2331 -encrypt -cert=/etc/synergy/rsynd.pem -scl=2 -n -u guest -l requests");
        assertThat(r.findings()).isEmpty();
        assertThat(r.updates()).isFalse();
        assertThat(r.platform()).isEqualTo(DASH_HERE);
        assertThat(r.service()).isEqualTo(ServiceDefinition.named("Backup").toBuilder().platform(DASH_HERE).port(2331)
                .encrypt(true).certificateFile("/etc/synergy/rsynd.pem").scl(Scl.LEVEL_2).nonSecure(true)
                .defaultUser("guest").logLevel(LogLevel.REQUESTS).build());
    }

    @Test
    void aQualifierLineIsReadAsOpenVms() {
        RsyndImport.Result r = create("$ RSYND/PORT=2331/ENCRYPT /CERT=DKA0:[SYNERGY]RSYND.PEM /SCL=3");
        assertThat(r.findings()).isEmpty();
        assertThat(r.platform()).isEqualTo(Platform.OPENVMS);
        assertThat(r.service().platform()).isEqualTo(Platform.OPENVMS);
        assertThat(r.service().certificateFile()).isEqualTo("DKA0:[SYNERGY]RSYND.PEM");
        assertThat(r.service().scl()).isEqualTo(Scl.LEVEL_3);
        assertThat(create("/usr/synergyde/bin/rsynd -p 2331").platform()).as("a path is not a qualifier")
                .isEqualTo(DASH_HERE);
    }

    @Test
    void anUpdateKeepsWhatALineCannotSayAndSaysSo() {
        ServiceDefinition synSrv = ServiceDefinition.defaults().toBuilder().platform(Platform.OPENVMS).port(2400)
                .startMode(StartMode.MANUAL).dataRoot("/srv/data").env("DBLDIR", "/etc/synergy").scl(Scl.LEVEL_2).build();
        RsyndImport.Result r = RsyndImport.read("rsynd -p 2330 -encrypt", "ignored", Optional.of(synSrv), Optional.empty());
        assertThat(r.updates()).isTrue();
        assertThat(r.service()).isEqualTo(synSrv.toBuilder().platform(DASH_HERE).port(2330).encrypt(true)
                .scl(Scl.DEFAULT).build());
        assertThat(r.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(r.findings()).extracting(Finding::message).containsExactly(
                "Read as a command line for " + DASH_HERE.displayName() + ": the target platform of SynSrv becomes "
                        + DASH_HERE.displayName() + ".",
                "The line replaces every setting an rsynd line can hold: what it leaves out takes rsynd's default."
                        + " SynSrv keeps its start mode, data root and environment.");
    }

    @Test
    void aLineWithoutOptionsKeepsTheServicesOwnForm() {
        ServiceDefinition vms = ServiceDefinition.defaults().toBuilder().platform(Platform.OPENVMS).build();
        assertThat(RsyndImport.read("RSYND", "x", Optional.of(vms), Optional.empty()).platform())
                .isEqualTo(Platform.OPENVMS);
        assertThat(create("rsynd").platform()).isEqualTo(Platform.current());
    }

    @Test
    void errorsNameTheWordAndTheFixAndGiveNoService() {
        RsyndImport.Result r = create("rsynd -p 2331 -x -encrypt");
        assertThat(r.ok()).isFalse();
        assertThat(r.service()).isNull();
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.messageAndFix())
                .startsWith("Unknown option '-x' at position 15. Fix: Use one of: -p PORT, -encrypt"));
        assertThat(create("RSYND /PORT=abc").findings()).singleElement().satisfies(f -> assertThat(f.messageAndFix())
                .isEqualTo("Port 'abc' (position 7) is not a number. Fix: Give a port from 1024 to 65535, e.g. /PORT=2330."));
        assertThat(create("  ").findings()).singleElement().satisfies(f -> assertThat(f.messageAndFix())
                .startsWith("The command line is empty. Fix: Paste the line that starts rsynd"));
    }

    @Test
    void aPlatformGivenDecidesTheForm() {
        RsyndImport.Result r = RsyndImport.read("rsynd -p 2331", "Backup", Optional.empty(),
                Optional.of(Platform.OPENVMS));
        assertThat(r.platform()).isEqualTo(Platform.OPENVMS);
        assertThat(r.findings()).extracting(Finding::message).contains("Unexpected parameter '-p' at position 7.");
        assertThat(RsyndImport.read("rsynd -p 2331", "Backup", Optional.empty(), Optional.of(Platform.WINDOWS))
                .service().platform()).isEqualTo(Platform.WINDOWS);
    }
}
