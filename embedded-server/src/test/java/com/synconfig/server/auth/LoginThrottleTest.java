package com.synconfig.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static LoginThrottle throttle(ManualClock clock) {
        return new LoginThrottle(5, 20, 30, Duration.ofMinutes(1), clock);
    }

    @Test
    void fiveFailuresBlockThatUserAtThatHostUntilTheyAge() {
        ManualClock clock = new ManualClock();
        LoginThrottle t = throttle(clock);
        for (int i = 0; i < 5; i++) {
            assertThat(t.reserve("10.0.0.1", "bob")).isNotNull();
        }
        assertThat(t.reserve("10.0.0.1", "bob")).isNull();
        assertThat(t.reserve("10.0.0.2", "bob")).isNotNull();
        assertThat(t.reserve("10.0.0.1", "alice")).isNotNull();
        clock.now = clock.now.plusSeconds(61);
        assertThat(t.reserve("10.0.0.1", "bob")).isNotNull();
    }

    @Test
    void aSuccessClearsOnlyItsOwnHostAndUser() {
        LoginThrottle t = throttle(new ManualClock());
        for (int i = 0; i < 4; i++) {
            t.reserve("h", "bob");
        }
        t.reserve("h", "alice").succeeded();
        assertThat(t.reserve("h", "bob")).isNotNull(); // bob's fifth
        assertThat(t.reserve("h", "bob")).isNull();
        for (int i = 0; i < 4; i++) {
            t.reserve("h", "carol");
        }
        t.reserve("h", "carol").succeeded();
        for (int i = 0; i < 5; i++) {
            assertThat(t.reserve("h", "carol")).isNotNull();
        }
        assertThat(t.reserve("h", "carol")).isNull();
    }

    @Test
    void oneUserIsLimitedAcrossHostsAndOneHostAcrossUsers() {
        LoginThrottle t = throttle(new ManualClock());
        for (int i = 0; i < 20; i++) {
            assertThat(t.reserve("10.0.0." + i, "bob")).isNotNull();
        }
        assertThat(t.reserve("10.0.1.1", "bob")).isNull();
        for (int i = 0; i < 30; i++) {
            assertThat(t.reserve("10.9.9.9", "user" + i)).isNotNull();
        }
        assertThat(t.reserve("10.9.9.9", "someone-else")).isNull();
    }

    @Test
    void memoryStaysBoundedWhateverTheNames() {
        LoginThrottle t = throttle(new ManualClock());
        for (int i = 0; i < 3 * LoginThrottle.MAX_TRACKED; i++) {
            t.reserve("10.0." + (i % 250) + "." + (i / 250 % 250), "u" + i + "x".repeat(10_000));
        }
        assertThat(t.tracked()).isLessThanOrEqualTo(LoginThrottle.MAX_TRACKED);
    }
}
