package com.synconfig.server.diag;

import java.util.List;
import java.util.Locale;

/** Everything dltest found, a summary, and the exit code: 0 all pass, 1 warnings, 2 failures. */
public record DltestReport(List<CheckResult> results) {

    public DltestReport {
        results = List.copyOf(results);
    }

    public long count(CheckStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public int exitCode() {
        return count(CheckStatus.FAIL) > 0 ? 2 : count(CheckStatus.WARN) > 0 ? 1 : 0;
    }

    /** {@code 9 checks: 7 passed, 1 warning, 1 failed}. */
    public String summary() {
        long warn = count(CheckStatus.WARN);
        return results.size() + " checks: " + count(CheckStatus.PASS) + " passed, " + warn
                + (warn == 1 ? " warning, " : " warnings, ") + count(CheckStatus.FAIL) + " failed";
    }

    /** One line per check ({@code PASS  Native OpenSSL  ...}), its details and fix indented, then the summary. */
    public String render(boolean withDetails) {
        int width = results.stream().mapToInt(r -> r.check().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (CheckResult r : results) {
            sb.append(String.format(Locale.ROOT, "%-4s  %-" + width + "s  %s%n", r.status(), r.check(), r.summary()));
            if (withDetails) {
                r.details().forEach(d -> sb.append("      ").append(d).append(System.lineSeparator()));
            }
            if (!r.fix().isEmpty()) {
                sb.append("      Fix: ").append(r.fix()).append(System.lineSeparator());
            }
        }
        return sb.append(summary()).append(System.lineSeparator()).toString();
    }
}
