package org.allianceplanner.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
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

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle =
            new LoginThrottle(5, 12, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);

    @Test
    void fourFailuresAreFreeTheFifthLocksTheNameForTheFirstDelay() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
            assertThat(throttle.refusal("alice", "10.0.0.1")).isEmpty();
        }
        throttle.failed("alice", "10.0.0.1");

        assertThat(throttle.refusal("alice", "10.0.0.1")).contains(Duration.ofSeconds(30));
        assertThat(throttle.refusal("ALICE ", "10.0.0.2"))
                .as("the name, from any address, any case")
                .isPresent();
        assertThat(throttle.refusal("bob", "10.0.0.2")).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.refusal("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void guessesSentAtOnceAreCheckedOneByOneSoEachFailureCountsBeforeTheNext() {
        assertThat(throttle.refusal("alice", "10.0.0.1"))
                .as("the first guess is checked")
                .isEmpty();

        for (int i = 0; i < 10; i++) {
            assertThat(throttle.refusal("alice", "10.0.0." + (i + 2)))
                    .as("while it is checked, every other guess of the name waits")
                    .contains(Duration.ofSeconds(1));
        }
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.refusal("alice", "10.0.0.1"))
                .as("the next guess, after the first failed")
                .isEmpty();
        throttle.ended("alice");
        assertThat(throttle.refusal("alice", "10.0.0.1"))
                .as("an attempt that ended frees the name")
                .isEmpty();
    }

    @Test
    void everyFurtherFailureDoublesTheDelayUpToTheMaximum() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", "10.0.0." + i);
        }
        long[] expectedSeconds = {60, 120, 240, 480, 900, 900};
        for (long expected : expectedSeconds) {
            clock.advance(throttle.refusal("alice", "x").orElseThrow());
            throttle.failed("alice", "10.0.0.9");
            assertThat(throttle.refusal("alice", "x")).contains(Duration.ofSeconds(expected));
        }
    }

    @Test
    void aSuccessResetsTheName() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        throttle.succeeded("alice");
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
        }

        assertThat(throttle.refusal("alice", "10.0.0.1")).isEmpty();
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.refusal("alice", "10.0.0.1")).isPresent();
    }

    @Test
    void oneAddressTryingManyNamesIsLockedAtItsOwnHigherBoundAndASuccessDoesNotResetIt() {
        for (int i = 0; i < 11; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }
        throttle.succeeded("user3");
        assertThat(throttle.refusal("someone", "10.0.0.7")).isEmpty();
        throttle.ended("someone");

        throttle.failed("user11", "10.0.0.7");

        assertThat(throttle.refusal("someone", "10.0.0.7")).contains(Duration.ofSeconds(30));
        assertThat(throttle.refusal("someone", "10.0.0.8")).isEmpty();
    }

    @Test
    void oldFailuresAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        clock.advance(Duration.ofHours(1));
        throttle.failed("alice", "10.0.0.1");

        assertThat(throttle.refusal("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(29_001))).isEqualTo(30);
        assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(LoginThrottle.retryAfterSeconds(Duration.ofSeconds(60))).isEqualTo(60);
    }
}
