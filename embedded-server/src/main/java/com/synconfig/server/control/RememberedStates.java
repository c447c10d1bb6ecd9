package com.synconfig.server.control;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What a service manager last said about each service that is not running, believed for a few seconds: the GUI
 * asks for every service every second, and each answer costs a process ({@code systemctl}, {@code launchctl}).
 */
final class RememberedStates {

    static final long LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** Asks the manager; a failure to ask counts as "nothing to report". */
    @FunctionalInterface
    interface Question {
        Optional<String> ask() throws ServiceControlException;
    }

    private record Answer(Optional<String> problem, long askedAt) {
    }

    private final LongSupplier clock;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    RememberedStates(LongSupplier clock) {
        this.clock = clock;
    }

    Optional<String> problem(String service, Question question) {
        long now = clock.getAsLong();
        Answer known = answers.get(service);
        if (known != null && now - known.askedAt() < LIFETIME_NANOS) {
            return known.problem();
        }
        Optional<String> problem;
        try {
            problem = question.ask();
        } catch (ServiceControlException e) {
            problem = Optional.empty();
        }
        answers.put(service, new Answer(problem, now));
        return problem;
    }

    /** Forgets what is known of {@code service}: SynConfig just changed it. */
    void forget(String service) {
        answers.remove(service);
    }
}
