package com.synconfig.model.servicecheck;

import java.util.List;

/**
 * A service check's result: each prediction next to what the running service did, and the overall verdict.
 *
 * @param service  the service's name
 * @param endpoint where it was probed ({@code host:port})
 * @param engine   the TLS engine the prediction is for
 * @param items    one row per probe and certificate field, in the plan's order
 * @param notes    what a reader needs to weigh the rows (which clients tried, what could not be tested)
 */
public record ServiceCheckReport(String service, String endpoint, String engine, List<CheckItem> items,
                                 List<String> notes) {

    public ServiceCheckReport {
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }

    /** DIFFERS when any row differs; HOLDS when none does and at least one could be tested. */
    public Verdict overall() {
        if (count(Verdict.DIFFERS) > 0) {
            return Verdict.DIFFERS;
        }
        return count(Verdict.HOLDS) > 0 ? Verdict.HOLDS : Verdict.NOT_TESTABLE;
    }

    public long count(Verdict verdict) {
        return items.stream().filter(i -> i.verdict() == verdict).count();
    }

    /** One sentence: how many predictions held, differed, could not be tested. */
    public String summary() {
        long differs = count(Verdict.DIFFERS);
        long holds = count(Verdict.HOLDS);
        long untested = count(Verdict.NOT_TESTABLE);
        return switch (overall()) {
            case DIFFERS -> differs + " of " + (differs + holds) + " tested predictions " + (differs == 1 ? "differs"
                    : "differ") + " from what " + service
                    + " at " + endpoint + " does (" + holds + " hold, " + untested + " not testable here).";
            case HOLDS -> "Every tested prediction holds: " + holds + " hold, " + untested + " not testable here.";
            case NOT_TESTABLE -> "Nothing could be tested here (" + untested + " items).";
        };
    }
}
