package com.synconfig.model.rsynd;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OpenVMS qualifier style: names, abbreviations, and the message for each thing that does not parse. */
class RsyndQualifierParseTest {

    /** At level 0, what a line without /SCL means. */
    private static final ServiceDefinition BASE = ServiceDefinition.defaults().toBuilder().scl(Scl.DEFAULT)
            .platform(Platform.OPENVMS).build();

    private static RsyndParseResult parse(String line) {
        return RsyndCommandLine.parse(line, BASE);
    }

    private static Finding onlyFinding(String line) {
        RsyndParseResult r = parse(line);
        assertThat(r.findings()).hasSize(1);
        return r.findings().get(0);
    }

    @Test
    void readsEveryQualifier() {
        RsyndParseResult r = parse("RSYND /PORT=2400 /ENCRYPT /CERTIFICATE=DKA0:[SYNERGY]RSYND.PEM /SCL=0 /NOSECURE"
                + " /DEFAULT_USER=guest /LOG=errors /LOGFILE=SYS$MANAGER:RSYND.LOG");
        assertThat(r.findings()).isEmpty();
        assertThat(r.service()).isEqualTo(BASE.toBuilder().port(2400).encrypt(true).certificateFile("DKA0:[SYNERGY]RSYND.PEM")
                .scl(Scl.DEFAULT).nonSecure(true).defaultUser("guest").logLevel(LogLevel.ERRORS)
                .logFile("SYS$MANAGER:RSYND.LOG").build());
    }

    @Test
    void namesAreCaseInsensitiveValuesKeepTheirCaseAndQualifiersMayTouch() {
        RsyndParseResult r = parse("rsynd/port=2400/encrypt/certificate=dka0:[syn]Rsynd.Pem/log=Requests");
        assertThat(r.findings()).isEmpty();
        assertThat(r.service()).isEqualTo(BASE.toBuilder().port(2400).encrypt(true).certificateFile("dka0:[syn]Rsynd.Pem")
                .logLevel(LogLevel.REQUESTS).build());
    }

    @Test
    void acceptsUnambiguousAbbreviationsOfFourOrMoreCharacters() {
        RsyndParseResult r = parse("RSYND /PORT=2400 /ENCR /CERT=X.PEM /NOSE /DEFA=guest /LOGF=Y.LOG");
        assertThat(r.findings()).isEmpty();
        assertThat(r.service()).isEqualTo(BASE.toBuilder().port(2400).encrypt(true).certificateFile("X.PEM")
                .nonSecure(true).defaultUser("guest").logFile("Y.LOG").build());
    }

    @Test
    void everyPrefixOfAtLeastFourCharactersOfEveryQualifierIsUnambiguous() {
        for (RsyndOption o : RsyndOption.current()) {
            String name = o.qualifier();
            String value = o.takesValue() ? "=" + o.exampleValue() : "";
            for (int n = Math.min(4, name.length()); n <= name.length(); n++) {
                String line = "RSYND /" + name.substring(0, n) + value;
                RsyndParseResult r = parse(line);
                assertThat(r.findings()).as(line).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSYND /PORT=2400", "$ RSYND /PORT=2400", "/PORT=2400", "SYS$SYSTEM:RSYND.EXE;1 /PORT=2400",
            "DKA0:[SYS0.SYSCOMMON.SYSEXE]RSYND.EXE/PORT=2400", "RSYND /PORT:2400"})
    void acceptsTheProgramWordOrAPathToItOrNone(String line) {
        RsyndParseResult r = parse(line);
        assertThat(r.findings()).isEmpty();
        assertThat(r.service().port()).isEqualTo(2400);
    }

    @Test
    void explicitDefaultsNoencryptAndSecure() {
        RsyndParseResult r = parse("RSYND /NOENCRYPT /SECURE");
        assertThat(r.findings()).isEmpty();
        assertThat(r.service()).isEqualTo(BASE);
    }

    @Test
    void quotedValuesMayHoldSpacesAndSlashes() {
        RsyndParseResult r = parse("RSYND/CERTIFICATE=\"/sys$manager/my certs/rsynd.pem\"/PORT=2400");
        assertThat(r.findings()).isEmpty();
        assertThat(r.service().certificateFile()).isEqualTo("/sys$manager/my certs/rsynd.pem");
        assertThat(r.service().port()).isEqualTo(2400);
    }

    @Test
    void positionsCountTheQuotesOfEarlierValues() {
        Finding f = onlyFinding("RSYND/CERT=\"a b\"/PORT=x");
        assertThat(f.message()).isEqualTo("Port 'x' (position 17) is not a number.");
        assertThat(f.fix()).isEqualTo("Give a port from 1024 to 65535, e.g. /PORT=2330.");
    }

    @Test
    void unknownQualifierIsNamedAndTheValidOnesListed() {
        Finding f = onlyFinding("RSYND /PORT=2330 /VERBOSE");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("Unknown qualifier '/VERBOSE' at position 18.");
        assertThat(f.fix()).isEqualTo("Use one of: /PORT=PORT, /ENCRYPT, /NOENCRYPT, /CERTIFICATE=FILE, /SCL=N, /NOSECURE,"
                + " /SECURE, /DEFAULT_USER=USER, /LOG=LEVEL, /LOGFILE=FILE.");
    }

    @Test
    void abbreviationShorterThanFourCharactersIsRefused() {
        Finding f = onlyFinding("RSYND /PO=2330");
        assertThat(f.message()).isEqualTo("Qualifier '/PO' at position 7 is too short to abbreviate.");
        assertThat(f.fix()).isEqualTo("Write at least 4 characters of /PORT.");
    }

    @Test
    void shortFullNamesNeedNoFourCharacters() {
        assertThat(parse("RSYND /SCL=2 /LOG=data").findings()).isEmpty();
    }

    @Test
    void qualifierNameMissingAfterSlash() {
        Finding f = onlyFinding("RSYND //PORT=2330");
        assertThat(f.message()).isEqualTo("A qualifier name is missing after the '/' at position 7.");
        assertThat(f.fix()).startsWith("Write a qualifier after the '/', or remove the '/'. Valid: /PORT=PORT,");
    }

    @Test
    void badSclNamesTheValidLevels() {
        Finding f = onlyFinding("RSYND /SCL=1");
        assertThat(f.message()).isEqualTo("Security compliance level '1' (position 7) is not valid.");
        assertThat(f.fix()).isEqualTo("Use 0 (default, currently 3), 2 or 3.");
    }

    @Test
    void missingValue() {
        Finding f = onlyFinding("RSYND /CERTIFICATE");
        assertThat(f.field()).isEqualTo("certificateFile");
        assertThat(f.message()).isEqualTo("/CERTIFICATE at position 7 needs a value.");
        assertThat(f.fix()).isEqualTo("Write it as /CERTIFICATE=rsynd.pem.");
    }

    @Test
    void repeatedQualifierEvenWhenAbbreviated() {
        assertThat(onlyFinding("RSYND /PORT=2330 /port=2400").message()).isEqualTo("/PORT is given twice (positions 7 and 18).");
        Finding repeated = onlyFinding("RSYND /CERTIFICATE=A /CERT=B");
        assertThat(repeated.message()).isEqualTo("/CERTIFICATE is given twice (positions 7 and 22).");
    }

    @Test
    void contradictingNegationIsReportedAsTheSameSettingTwice() {
        Finding f = onlyFinding("RSYND /NOSECURE /SECURE");
        assertThat(f.field()).isEqualTo("nonSecure");
        assertThat(f.message()).isEqualTo("/NOSECURE and /SECURE are both given (positions 7 and 17); they set the same thing.");
        assertThat(f.fix()).isEqualTo("Keep only one of them.");
    }

    @Test
    void flagWithAValue() {
        Finding f = onlyFinding("RSYND /ENCRYPT=YES");
        assertThat(f.field()).isEqualTo("encrypt");
        assertThat(f.message()).isEqualTo("Qualifier /ENCRYPT at position 7 takes no value.");
        assertThat(f.fix()).isEqualTo("Write /ENCRYPT alone.");
    }

    @Test
    void strayParameterIsReported() {
        Finding f = onlyFinding("RSYND /CERTIFICATE=DKA0:[MY CERTS]RSYND.PEM");
        assertThat(f.message()).isEqualTo("Unexpected parameter 'CERTS]RSYND.PEM' at position 29.");
        assertThat(f.fix()).contains("quote a value that contains spaces or '/'");
    }

    @Test
    void aFirstWordThatIsNotRsyndIsReported() {
        assertThat(onlyFinding("XFSERVER /PORT=2330").message())
                .isEqualTo("The command line starts with 'XFSERVER' (position 1), which is not rsynd.");
    }

    @Test
    void unterminatedQuoteNamesItsPosition() {
        assertThat(onlyFinding("RSYND /CERTIFICATE=\"DKA0:[MY CERTS]").message())
                .isEqualTo("The double quote at position 20 is never closed.");
    }

    @Test
    void deprecatedCipherIsAcceptedReportedAndDropped() {
        RsyndParseResult r = parse("RSYND /ENCRYPT /CIPHER=HIGH /CERT=X.PEM");
        assertThat(r.ok()).isTrue();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("/CIPHER=HIGH at position 16 is deprecated in 11.1; the only cipher level is high.");
        });
        assertThat(RsyndCommandLine.render(r.service(), Platform.OPENVMS)).isEqualTo("RSYND /PORT=2330 /ENCRYPT /CERTIFICATE=X.PEM");
    }
}
