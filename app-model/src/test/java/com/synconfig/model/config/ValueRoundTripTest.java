package com.synconfig.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.ServiceDefinition;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any text an admin may give a setting is either written so that Commons Configuration reads back exactly the
 * same value, or refused with an explanation; it is never silently altered.
 */
class ValueRoundTripTest {

    private static final Path FILE = Path.of("synconfig.ini");

    @Provide
    Arbitrary<String> awkwardText() {
        return Arbitraries.strings().withChars(" \t\"'\\;#=:[]ab/C.é")
                .ofMinLength(1).ofMaxLength(12);
    }

    @Property(tries = 500)
    void valuesRoundTripOrAreRefused(@ForAll("awkwardText") String value) throws ConfigFileException {
        ServiceDefinition s = ServiceDefinition.defaults().toBuilder()
                .dataRoot(value).defaultUser(value).env("VALUE", value).build();
        ServiceConfiguration intended = new ServiceConfiguration(java.util.List.of(s));
        String text;
        try {
            text = ConfigFileFormat.newFile(intended, java.util.List.of("header"));
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessageContaining("Nothing was saved");
            return;
        }
        assertThat(ConfigFileFormat.read(text, FILE).services()).isEqualTo(intended);
    }

    @Property(tries = 200)
    void ordinaryPathsAndNamesAreNeverRefused(@ForAll("ordinary") String value) throws ConfigFileException {
        ServiceDefinition s = ServiceDefinition.defaults().toBuilder()
                .certificateFile(value).logFile(value).env("DBLDIR", value).build();
        ServiceConfiguration intended = new ServiceConfiguration(java.util.List.of(s));
        String text = ConfigFileFormat.newFile(intended, java.util.List.of());
        assertThat(ConfigFileFormat.read(text, FILE).services()).isEqualTo(intended);
    }

    @Provide
    Arbitrary<String> ordinary() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ019_-./ ").ofMinLength(1).ofMaxLength(30),
                // Windows drops trailing spaces from file names, so no real path has white space before a
                // final backslash (a line continuation to the INI reader, and not expressible in quotes).
                Arbitraries.strings().withChars("abcXYZ019_-. \\").ofMinLength(1).ofMaxLength(30).map(s -> "C:\\" + s)
                        .filter(path -> !path.matches("(?s).*\\s\\\\")),
                Arbitraries.of("/etc/synergy/rsynd.pem", "C:\\Program Files\\Synergex\\rsynd.pem",
                        "DKA0:[SYNERGY]RSYND.PEM", "a;b#c", "x ;not a comment", "\"quoted\"", "'single'"));
    }
}
