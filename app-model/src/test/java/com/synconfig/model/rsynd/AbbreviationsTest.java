package com.synconfig.model.rsynd;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.rsynd.Abbreviations.Kind;
import com.synconfig.model.rsynd.Abbreviations.Resolution;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    private final Abbreviations names = new Abbreviations(List.of("LOG", "LOGFILE", "LOGGING", "NOSECURE"), 4);

    @Test
    void fullNameWinsEvenWhenItIsAPrefixOfAnother() {
        assertThat(names.resolve("log")).isEqualTo(new Resolution(Kind.MATCH, List.of("LOG")));
    }

    @Test
    void uniquePrefixOfMinimumLengthMatches() {
        assertThat(names.resolve("logf")).isEqualTo(new Resolution(Kind.MATCH, List.of("LOGFILE")));
        assertThat(names.resolve("NoSe")).isEqualTo(new Resolution(Kind.MATCH, List.of("NOSECURE")));
    }

    @Test
    void sharedPrefixIsAmbiguous() {
        assertThat(names.resolve("LOGG")).isEqualTo(new Resolution(Kind.MATCH, List.of("LOGGING")));
        Abbreviations close = new Abbreviations(List.of("LOGFILE", "LOGFLAGS"), 4);
        assertThat(close.resolve("LOGF")).isEqualTo(new Resolution(Kind.AMBIGUOUS, List.of("LOGFILE", "LOGFLAGS")));
        assertThat(close.resolve("LOGFI")).isEqualTo(new Resolution(Kind.MATCH, List.of("LOGFILE")));
    }

    @Test
    void prefixShorterThanMinimumIsTooShort() {
        assertThat(names.resolve("NOS")).isEqualTo(new Resolution(Kind.TOO_SHORT, List.of("NOSECURE")));
    }

    @Test
    void noMatchIsUnknown() {
        assertThat(names.resolve("PORT")).isEqualTo(new Resolution(Kind.UNKNOWN, List.of()));
        assertThat(names.resolve("LOGFILES")).isEqualTo(new Resolution(Kind.UNKNOWN, List.of()));
    }
}
