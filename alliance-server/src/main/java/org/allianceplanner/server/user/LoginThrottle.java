package org.allianceplanner.server.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.allianceplanner.server.web.Problems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Slows down password guessing, for the API's sign-in and the browser's form alike. After {@code
 * userFailures} failed sign-ins for one user name (and, separately, after {@code addressFailures} from
 * one client address) further attempts are refused for a delay that doubles with every further failure,
 * from {@code firstDelay} up to {@code maxDelay}, whatever the password: a correct one is refused too
 * while the delay runs. A success resets the user name's count (not the address's, so that a guesser
 * with one account of their own cannot wipe it).
 *
 * <p>The counts live in this process's memory: a restart forgets them, and several {@code serve}
 * processes count separately. Thread-safe.
 */
@Component
public class LoginThrottle {
    /** Above this many remembered names or addresses, the ones not locked and idle are forgotten. */
    private static final int MAX_REMEMBERED = 10_000;

    private final int userFailures;
    private final int addressFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final Map<String, Strikes> byUser = new HashMap<>();
    private final Map<String, Strikes> byAddress = new HashMap<>();
    private final Set<String> checking = new HashSet<>();

    @Autowired
    public LoginThrottle(
            @Value("${alliance.sign-in.user-failures:5}") int userFailures,
            @Value("${alliance.sign-in.address-failures:50}") int addressFailures,
            @Value("${alliance.sign-in.first-delay:PT30S}") Duration firstDelay,
            @Value("${alliance.sign-in.max-delay:PT15M}") Duration maxDelay) {
        this(userFailures, addressFailures, firstDelay, maxDelay, Clock.systemUTC());
    }

    LoginThrottle(int userFailures, int addressFailures, Duration firstDelay, Duration maxDelay, Clock clock) {
        if (userFailures < 1 || addressFailures < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("alliance.sign-in: the failure counts must be at least 1 and"
                    + " max-delay at least first-delay; they are " + userFailures + ", " + addressFailures + ", "
                    + firstDelay + ", " + maxDelay + ".");
        }
        this.userFailures = userFailures;
        this.addressFailures = addressFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    /** Failures in a row and until when further attempts are refused. */
    private static final class Strikes {
        int failures;
        Instant lockedUntil = Instant.MIN;
        Instant lastFailure = Instant.MIN;
    }

    /**
     * How long {@code username} signing in from {@code address} must still wait, if at all. An attempt
     * that may go on is counted as being checked until {@link #ended}: a second attempt of the same name
     * meanwhile waits a second, so that guesses sent at once are checked (and counted) one by one.
     */
    public synchronized Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(byUser, key(username)), lockedUntil(byAddress, address));
        if (now.isBefore(until)) {
            return Optional.of(Duration.between(now, until));
        }
        if (!checking.add(key(username))) {
            return Optional.of(Duration.ofSeconds(1));
        }
        return Optional.empty();
    }

    /** The attempt of {@code username} that {@link #refusal} let through has been checked, however it ended. */
    public synchronized void ended(String username) {
        checking.remove(key(username));
    }

    /** Counts a failed sign-in of {@code username} from {@code address}. */
    public synchronized void failed(String username, String address) {
        checking.remove(key(username));
        Instant now = clock.instant();
        strike(byUser, key(username), userFailures, now);
        strike(byAddress, address, addressFailures, now);
    }

    /** A successful sign-in: the user name starts again from no failure. */
    public synchronized void succeeded(String username) {
        checking.remove(key(username));
        byUser.remove(key(username));
    }

    /** The answer to a refused attempt: 429 problem details with {@code Retry-After} in whole seconds. */
    public static ProblemDetail problem(Duration wait) {
        ProblemDetail problem = Problems.detail(
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-sign-ins",
                "Too many failed sign-ins",
                "Too many failed sign-ins for this user name or from this address; try again in "
                        + retryAfterSeconds(wait) + " seconds. Every further failure doubles the wait.");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds(wait));
        return problem;
    }

    /** As {@link #problem(Duration)}, thrown from a controller. */
    public static ErrorResponseException refused(Duration wait) {
        ErrorResponseException refused = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem(wait), null);
        refused.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(wait)));
        return refused;
    }

    /** The wait in whole seconds, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private void strike(Map<String, Strikes> counts, String key, int bound, Instant now) {
        if (counts.size() >= MAX_REMEMBERED) {
            counts.values()
                    .removeIf(s -> !now.isBefore(s.lockedUntil)
                            && s.lastFailure.plus(maxDelay).isBefore(now));
        }
        Strikes strikes = counts.computeIfAbsent(key, k -> new Strikes());
        if (strikes.lastFailure.plus(maxDelay.multipliedBy(2)).isBefore(now) && !now.isBefore(strikes.lockedUntil)) {
            // Failures long ago, with nothing since, are forgotten.
            strikes.failures = 0;
        }
        strikes.failures++;
        strikes.lastFailure = now;
        if (strikes.failures >= bound) {
            strikes.lockedUntil = now.plus(delay(strikes.failures - bound));
        }
    }

    private Duration delay(int doublings) {
        Duration delay = firstDelay;
        for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static Instant lockedUntil(Map<String, Strikes> counts, String key) {
        Strikes strikes = counts.get(key);
        return strikes == null ? Instant.MIN : strikes.lockedUntil;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
