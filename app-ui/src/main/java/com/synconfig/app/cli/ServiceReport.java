package com.synconfig.app.cli;

import com.synconfig.model.check.Finding;
import com.synconfig.model.rsynd.RsyndCommandLine;
import com.synconfig.model.service.ConnectionLimits;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the command line shows services and findings: aligned text for people, maps that become JSON for scripts. */
final class ServiceReport {

    private ServiceReport() {
    }

    /** Every setting, one per line (defaults as the files they resolve to), then the equivalent rsynd command line. */
    static void printDetails(PrintWriter out, ServiceLayout layout) {
        ServiceDefinition s = layout.service();
        out.println("Service " + s.name());
        row(out, "port", Integer.toString(s.port()));
        row(out, "encryption", s.encrypt() ? "on" : "off");
        row(out, "certificate", layout.certificate().map(c -> c.path() + " (" + c.source().description() + ")")
                .orElse("(none: no certificate file is set and DBLDIR is not defined)"));
        row(out, "SCL", s.scl().label());
        row(out, "mode", s.nonSecure() ? "non-secure" : "secure");
        row(out, "default user", s.defaultUser() == null ? "(none)" : s.defaultUser());
        row(out, "start mode", s.startMode().label());
        row(out, "log level", s.logLevel().id());
        row(out, "log file", layout.logFile() + (s.logFile() == null ? " (default)" : ""));
        row(out, "data root", layout.dataRoot() + (s.dataRoot() == null ? " (default)" : ""));
        row(out, "platform", s.platform().id());
        ConnectionLimits l = s.limits();
        row(out, "connections", l.maxConnections() + " at most, " + l.maxConnectionsPerHost() + " per host"
                + (l.isDefault() ? " (default)" : ""));
        row(out, "login timeout", l.loginTimeoutSeconds() + " s");
        if (s.environment().isEmpty()) {
            row(out, "environment", "(none)");
        }
        s.environment().forEach((k, v) -> row(out, "environment", k + "=" + v));
        row(out, "rsynd", RsyndCommandLine.render(s, s.platform()));
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-13s %s%n", label, value);
    }

    /** One line per service: name, port, encryption, SCL, mode, platform. */
    static void printTable(PrintWriter out, List<ServiceDefinition> services) {
        String format = "%-16s %-6s %-9s %-4s %-11s %s%n";
        out.printf(format, "NAME", "PORT", "ENCRYPT", "SCL", "MODE", "PLATFORM");
        for (ServiceDefinition s : services) {
            out.printf(format, s.name(), s.port(), s.encrypt() ? "yes" : "no", s.scl().number(),
                    s.nonSecure() ? "non-secure" : "secure", s.platform().id());
        }
    }

    static Map<String, Object> json(ServiceDefinition s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("port", s.port());
        m.put("encrypt", s.encrypt());
        m.put("certificate", s.certificateFile());
        m.put("scl", s.scl().number());
        m.put("secure", !s.nonSecure());
        m.put("defaultUser", s.defaultUser());
        m.put("startMode", s.startMode().id());
        m.put("logLevel", s.logLevel().id());
        m.put("logFile", s.logFile());
        m.put("dataRoot", s.dataRoot());
        m.put("platform", s.platform().id());
        m.put("maxConnections", s.limits().maxConnections());
        m.put("maxConnectionsPerHost", s.limits().maxConnectionsPerHost());
        m.put("loginTimeout", s.limits().loginTimeoutSeconds());
        m.put("environment", s.environment());
        return m;
    }

    /** The service's JSON plus its rsynd command line. */
    static Map<String, Object> jsonWithCommandLine(ServiceDefinition s) {
        Map<String, Object> m = json(s);
        m.put("rsynd", RsyndCommandLine.render(s, s.platform()));
        return m;
    }

    static Map<String, Object> json(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity().name());
        m.put("field", f.field());
        m.put("message", f.message());
        m.put("fix", f.fix());
        return m;
    }

    static List<Map<String, Object>> jsonFindings(List<Finding> findings) {
        return findings.stream().map(ServiceReport::json).toList();
    }

    static void printFindings(PrintWriter out, String service, List<Finding> findings) {
        findings.forEach(f -> out.println(service + ": " + f));
    }
}
