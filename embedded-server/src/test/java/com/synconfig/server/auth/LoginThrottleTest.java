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

    @Test
    void fiveFailuresBlockTheHostUntilTheyAge() {
        ManualClock clock = new ManualClock();
        LoginThrottle t = new LoginThrottle(5, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 5; i++) {
            assertThat(t.allowed("10.0.0.1")).isTrue();
            t.failed("10.0.0.1");
        }
        assertThat(t.allowed("10.0.0.1")).isFalse();
        assertThat(t.allowed("10.0.0.2")).isTrue();
        clock.now = clock.now.plusSeconds(61);
        assertThat(t.allowed("10.0.0.1")).isTrue();
    }

    @Test
    void successClearsTheCount() {
        LoginThrottle t = new LoginThrottle(2, Duration.ofMinutes(1), new ManualClock());
        t.failed("h");
        t.succeeded("h");
        t.failed("h");
        assertThat(t.allowed("h")).isTrue();
    }
}
