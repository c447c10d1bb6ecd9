package com.synconfig.model.servicecheck;

import java.util.Locale;

/** A service check as text for a terminal or the clipboard: rows by group, then the verdict and the notes. */
public final class ServiceCheckText {

    private static final String ROW = "  %-46s %-14s %-40s %s%n";
    private static final int PREDICTED_WIDTH = 14;
    private static final int ACTUAL_WIDTH = 40;

    private ServiceCheckText() {
    }

    /**
     * @param allRows also list the suites not offered that no client here could try (else they are counted)
     */
    public static String of(ServiceCheckReport report, boolean allRows) {
        StringBuilder out = new StringBuilder();
        out.append("Check of ").append(report.service()).append(" at ").append(report.endpoint())
                .append(" (prediction for the ").append(report.engine()).append(" engine)").append('\n');
        String group = null;
        int hidden = 0;
        for (CheckItem item : report.items()) {
            if (!item.group().equals(group)) {
                hidden = hiddenLine(out, hidden);
                group = item.group();
                out.append('\n').append(group).append('\n');
                out.append(String.format(Locale.ROOT, ROW, "ITEM", "PREDICTED", "ACTUAL", "VERDICT"));
            }
            if (!allRows && hiddenByDefault(item)) {
                hidden++;
            } else {
                out.append(row(item));
            }
        }
        hiddenLine(out, hidden);
        out.append('\n').append("Verdict: ").append(report.overall().name()).append(". ").append(report.summary())
                .append('\n');
        report.notes().forEach(n -> out.append("Note: ").append(n).append('\n'));
        return out.toString();
    }

    private static int hiddenLine(StringBuilder out, int hidden) {
        if (hidden > 0) {
            out.append("  (").append(hidden).append(" more: no client engine here can offer them, so they are not")
                    .append(" testable here)\n");
        }
        return 0;
    }

    /** Rows a terminal lists only on request: suites not offered that could not be tried. */
    public static boolean hiddenByDefault(CheckItem item) {
        return item.verdict() == Verdict.NOT_TESTABLE && item.group().equals(ProbeKind.NOT_OFFERED_SUITE.group());
    }

    private static String row(CheckItem item) {
        boolean differs = item.verdict() == Verdict.DIFFERS;
        String mark = differs ? item.verdict().text().toUpperCase(Locale.ROOT) : item.verdict().text();
        String row;
        if (item.predicted().length() <= PREDICTED_WIDTH && item.actual().length() <= ACTUAL_WIDTH) {
            row = String.format(Locale.ROOT, ROW, item.item(), item.predicted(), item.actual(), mark);
        } else {
            row = String.format(Locale.ROOT, "  %-46s %s%n      predicted: %s%n      actual:    %s%n", item.item(), mark,
                    item.predicted(), item.actual());
        }
        return differs ? row + String.format(Locale.ROOT, "      why predicted: %s%n      seen: %s%n", item.why(),
                item.evidence()) : row;
    }
}
