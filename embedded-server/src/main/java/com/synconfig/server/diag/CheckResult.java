package com.synconfig.server.diag;

import java.util.List;

/**
 * One line of the dltest report.
 *
 * @param check   what was checked ({@code Native OpenSSL}, {@code SynSrv port})
 * @param status  PASS, WARN or FAIL
 * @param summary the finding in one sentence
 * @param details supporting facts, one per line (candidates tried, search path, ...)
 * @param fix     what to do about a WARN or FAIL ({@code ""} when nothing)
 */
public record CheckResult(String check, CheckStatus status, String summary, List<String> details, String fix) {

    public CheckResult {
        details = List.copyOf(details);
        fix = fix == null ? "" : fix;
    }

    public static CheckResult pass(String check, String summary, List<String> details) {
        return new CheckResult(check, CheckStatus.PASS, summary, details, "");
    }

    public static CheckResult warn(String check, String summary, List<String> details, String fix) {
        return new CheckResult(check, CheckStatus.WARN, summary, details, fix);
    }

    public static CheckResult fail(String check, String summary, List<String> details, String fix) {
        return new CheckResult(check, CheckStatus.FAIL, summary, details, fix);
    }
}
