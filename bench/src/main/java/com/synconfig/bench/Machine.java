package com.synconfig.bench;

import io.netty.handler.ssl.OpenSsl;
import io.netty.util.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The machine and the software versions a run was made on, for the report's header. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nproc", Commands.output(List.of("nproc")).trim());
        m.put("cpu", firstValue("/proc/cpuinfo", "model name"));
        m.put("memory", Math.round(Long.parseLong(firstValue("/proc/meminfo", "MemTotal").replaceAll("\\D", ""))
                / 1024.0 / 1024.0 * 10) / 10.0 + " GiB");
        m.put("kernel", Commands.output(List.of("uname", "-sr")).trim());
        m.put("load average at start", loadAverage());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("openssl", Commands.output(List.of("openssl", "version")).trim());
        Map<String, Version> netty = new TreeMap<>(Version.identify());
        m.put("netty", netty.containsKey("netty-common") ? netty.get("netty-common").artifactVersion() : "?");
        m.put("netty-tcnative", tcnativeVersion());
        m.put("tcnative native library", OpenSsl.isAvailable() ? OpenSsl.versionString() : "not available");
        return m;
    }

    /** netty-tcnative keeps its version only in its Maven metadata. */
    private static String tcnativeVersion() {
        try (InputStream in = Machine.class.getResourceAsStream(
                "/META-INF/maven/io.netty/netty-tcnative-classes/pom.properties")) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String firstValue(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "?";
        }
        return "?";
    }
}
