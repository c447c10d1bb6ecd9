package com.synconfig.model.rsynd;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.StartMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dash style (UNIX and Windows): what parses, and the message for each thing that does not. */
class RsyndCommandLineParseTest {

    /** A service at level 0, the level a line without -scl means, so lines without it parse back to this base. */
    private static final ServiceDefinition BASE = ServiceDefinition.defaults().toBuilder().scl(Scl.DEFAULT)
            .platform(Platform.UNIX).startMode(StartMode.MANUAL).dataRoot("/srv/data").env("DBLDIR", "/opt/dbl").build();

    private static RsyndParseResult parse(String line) {
        return RsyndCommandLine.parse(line, BASE);
    }

    private static Finding onlyFinding(String line) {
        RsyndParseResult r = parse(line);
        assertThat(r.findings()).hasSize(1);
        return r.findings().get(0);
    }

    @Test
    void readsEverySetting() {
        RsyndParseResult r = parse(
                "rsynd -p 2400 -encrypt -cert=/etc/synergy/rsynd.pem -scl=2 -n -u guest -l requests -logfile=/var/log/rsynd.log");
        assertThat(r.findings()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.service()).isEqualTo(BASE.toBuilder().port(2400).encrypt(true).certificateFile("/etc/synergy/rsynd.pem")
                .scl(Scl.LEVEL_2).nonSecure(true).defaultUser("guest").logLevel(LogLevel.REQUESTS)
                .logFile("/var/log/rsynd.log").build());
    }

    @Test
    void settingsTheLineLeavesOutTakeRsyndDefaultsNotTheBasesValues() {
        ServiceDefinition encryptedBase = BASE.toBuilder().port(4000).encrypt(true).scl(Scl.LEVEL_2).defaultUser("x").build();
        RsyndParseResult r = RsyndCommandLine.parse("rsynd", encryptedBase);
        assertThat(r.service()).isEqualTo(BASE);
    }

    @Test
    void aLineWithoutSclMeansTheCurrentDefaultNotTheExplicitLevelThree() {
        ServiceDefinition atThree = BASE.toBuilder().scl(Scl.LEVEL_3).build();
        assertThat(RsyndCommandLine.parse("rsynd -p 2330", atThree).service().scl()).isEqualTo(Scl.DEFAULT);
        assertThat(RsyndCommandLine.parse("rsynd -p 2330 -scl=3", BASE).service().scl()).isEqualTo(Scl.LEVEL_3);
    }

    @Test
    void keepsWhatACommandLineCannotSayFromTheBase() {
        ServiceDefinition s = parse("rsynd -p 2400").service();
        assertThat(s.name()).isEqualTo("SynSrv");
        assertThat(s.startMode()).isEqualTo(StartMode.MANUAL);
        assertThat(s.dataRoot()).isEqualTo("/srv/data");
        assertThat(s.environment()).containsExactly(java.util.Map.entry("DBLDIR", "/opt/dbl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-p 2400", "rsynd -p 2400", "/usr/synergyde/bin/rsynd -p 2400", "RSYND.EXE -p 2400",
            "\"C:\\Program Files\\Synergex\\SynergyDE\\bin\\rsynd.exe\" -p 2400", "  rsynd   -p=2400  "})
    void acceptsTheProgramWordOrAPathToItOrNone(String line) {
        RsyndParseResult r = parse(line);
        assertThat(r.findings()).isEmpty();
        assertThat(r.service().port()).isEqualTo(2400);
    }

    @Test
    void valueOptionsTakeTheirValueAfterEqualsOrAsTheNextWord() {
        RsyndParseResult r = parse("rsynd -p=2400 -cert /x.pem -scl 2 -u=guest -l=data -logfile /l.log");
        assertThat(r.findings()).isEmpty();
        assertThat(r.service()).isEqualTo(BASE.toBuilder().port(2400).certificateFile("/x.pem").scl(Scl.LEVEL_2)
                .defaultUser("guest").logLevel(LogLevel.DATA).logFile("/l.log").build());
    }

    @Test
    void unquotesValuesWithSpaces() {
        RsyndParseResult r = RsyndCommandLine.parse(
                "rsynd -p 2330 -encrypt -cert=\"C:\\Program Files\\Synergex\\rsynd.pem\" -n -u \"John Smith\"",
                BASE.toBuilder().platform(Platform.WINDOWS).build());
        assertThat(r.service().certificateFile()).isEqualTo("C:\\Program Files\\Synergex\\rsynd.pem");
        assertThat(r.service().defaultUser()).isEqualTo("John Smith");
        assertThat(r.service().platform()).isEqualTo(Platform.WINDOWS);
    }

    @Test
    void aQuotedStretchMayStartInsideAWordAndDoubledQuotesStandForOne() {
        assertThat(parse("rsynd -logfile=/var/log/\"my logs\"/x.log").service().logFile())
                .isEqualTo("/var/log/my logs/x.log");
        assertThat(parse("rsynd -logfile=\"/var/log/\"\"x\"\".log\"").service().logFile())
                .isEqualTo("/var/log/\"x\".log");
        // Outside quotes, "" is an empty quoted stretch, not a quote character.
        assertThat(parse("rsynd -logfile=/var/log/\"\"x.log").service().logFile()).isEqualTo("/var/log/x.log");
    }

    @Test
    void unterminatedQuoteNamesItsPosition() {
        Finding f = onlyFinding("rsynd -cert=\"C:\\Program Files\\rsynd.pem");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("The double quote at position 13 is never closed.");
        assertThat(f.fix()).isEqualTo("Add the closing double quote after the quoted value.");
        assertThat(parse("rsynd -cert=\"C:\\Program Files\\rsynd.pem").service()).isNull();
    }

    @Test
    void unknownOptionIsNamedAndTheValidOnesListed() {
        Finding f = onlyFinding("rsynd -p 2330 -x");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("Unknown option '-x' at position 15.");
        assertThat(f.fix()).isEqualTo("Use one of: -p PORT, -encrypt, -cert=FILE, -scl=N, -n, -u USER, -l LEVEL, -logfile=FILE.");
    }

    @Test
    void optionNamesAreCaseSensitive() {
        assertThat(onlyFinding("rsynd -P 2330").message()).isEqualTo("Unknown option '-P' at position 7.");
    }

    @Test
    void aWordAfterAnUnknownOptionIsTakenAsItsValueNotReportedAgain() {
        assertThat(parse("rsynd -P 2330 stray").findings()).extracting(Finding::message).containsExactly(
                "Unknown option '-P' at position 7.", "Unexpected word 'stray' at position 15.");
    }

    @Test
    void portThatIsNotANumber() {
        Finding f = onlyFinding("rsynd -p abc");
        assertThat(f.field()).isEqualTo("port");
        assertThat(f.message()).isEqualTo("Port 'abc' (position 7) is not a number.");
        assertThat(f.fix()).isEqualTo("Give a port from 1024 to 65535, e.g. -p 2330.");
    }

    @Test
    void portOutOfRangeGetsTheValidatorsMessage() {
        Finding f = onlyFinding("rsynd -p 80");
        assertThat(f.field()).isEqualTo("port");
        assertThat(f.message()).isEqualTo("Port 80 is outside 1024-65535.");
        assertThat(f.fix()).isEqualTo("Choose a port from 1024 to 65535; 2330 is the default.");
        assertThat(onlyFinding("rsynd -p 65536").message()).isEqualTo("Port 65536 is outside 1024-65535.");
    }

    @Test
    void badSclNamesTheValidLevels() {
        Finding f = onlyFinding("rsynd -scl=1");
        assertThat(f.field()).isEqualTo("scl");
        assertThat(f.message()).isEqualTo("Security compliance level '1' (position 7) is not valid.");
        assertThat(f.fix()).isEqualTo("Use 0 (default, currently 3), 2 or 3.");
    }

    @Test
    void badLogLevelNamesTheValidOnes() {
        Finding f = onlyFinding("rsynd -l verbose");
        assertThat(f.field()).isEqualTo("logLevel");
        assertThat(f.message()).isEqualTo("Log level 'verbose' (position 7) is not known.");
        assertThat(f.fix()).isEqualTo("Use basic, errors, requests, data.");
    }

    @Test
    void missingValueAtTheEnd() {
        Finding f = onlyFinding("rsynd -encrypt -p");
        assertThat(f.field()).isEqualTo("port");
        assertThat(f.message()).isEqualTo("-p at position 16 needs a value.");
        assertThat(f.fix()).isEqualTo("Write it as -p 2330.");
    }

    @Test
    void missingValueBeforeTheNextOption() {
        Finding f = onlyFinding("rsynd -u -n");
        assertThat(f.field()).isEqualTo("defaultUser");
        assertThat(f.message()).isEqualTo("-u at position 7 needs a value.");
        assertThat(f.fix()).isEqualTo("Write it as -u guest.");
    }

    @Test
    void emptyValueAfterEquals() {
        Finding f = onlyFinding("rsynd -encrypt -cert=");
        assertThat(f.field()).isEqualTo("certificateFile");
        assertThat(f.message()).isEqualTo("-cert= at position 16 needs a value.");
        assertThat(f.fix()).isEqualTo("Write it as -cert=rsynd.pem.");
    }

    @Test
    void repeatedOptionNamesBothPositions() {
        Finding f = onlyFinding("rsynd -p 2330 -encrypt -p 2400");
        assertThat(f.field()).isEqualTo("port");
        assertThat(f.message()).isEqualTo("-p is given twice (positions 7 and 24).");
        assertThat(f.fix()).isEqualTo("Keep only one of them.");
        assertThat(onlyFinding("rsynd -n -n").message()).isEqualTo("-n is given twice (positions 7 and 10).");
    }

    @Test
    void flagWithAValue() {
        Finding f = onlyFinding("rsynd -encrypt=yes");
        assertThat(f.field()).isEqualTo("encrypt");
        assertThat(f.message()).isEqualTo("Option -encrypt at position 7 takes no value.");
        assertThat(f.fix()).isEqualTo("Write -encrypt alone.");
    }

    @Test
    void strayWordIsReported() {
        Finding f = onlyFinding("rsynd -encrypt -cert=C:\\Program Files\\rsynd.pem");
        assertThat(f.message()).isEqualTo("Unexpected word 'Files\\rsynd.pem' at position 33.");
        assertThat(f.fix()).contains("quote a value that contains spaces");
    }

    @Test
    void aFirstWordThatIsNotRsyndIsReported() {
        Finding f = onlyFinding("xfserver -p 2330");
        assertThat(f.message()).isEqualTo("The command line starts with 'xfserver' (position 1), which is not rsynd.");
        assertThat(f.fix()).isEqualTo("Start with rsynd (or its path), or with the first option.");
    }

    @Test
    void deprecatedCipherIsAcceptedReportedAndDropped() {
        RsyndParseResult r = parse("rsynd -p 2330 -encrypt -cipher=high -cert=/c.pem");
        assertThat(r.ok()).isTrue();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.field()).isEqualTo("cipher");
            assertThat(f.message()).isEqualTo("-cipher=high at position 24 is deprecated in 11.1; the only cipher level is high.");
            assertThat(f.fix()).isEqualTo("Remove it: it is ignored, and SynConfig never writes it.");
        });
        assertThat(r.service()).isEqualTo(BASE.toBuilder().encrypt(true).certificateFile("/c.pem").build());
        assertThat(RsyndCommandLine.render(r.service(), Platform.UNIX)).isEqualTo("rsynd -p 2330 -encrypt -cert=/c.pem");
    }

    @Test
    void everyProblemOnALineIsReportedNotJustTheFirst() {
        RsyndParseResult r = parse("rsynd -p 80 -scl=4 -q");
        assertThat(r.findings()).extracting(Finding::field).containsExactlyInAnyOrder("port", "scl", "commandLine");
        assertThat(r.service()).isNull();
        assertThat(r.ok()).isFalse();
    }

    @Test
    void emptyLineMeansEveryDefault() {
        RsyndParseResult r = parse("");
        assertThat(r.findings()).isEmpty();
        assertThat(r.service()).isEqualTo(BASE);
    }
}
