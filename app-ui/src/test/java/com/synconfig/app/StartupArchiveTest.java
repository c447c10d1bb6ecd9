package com.synconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive of {@code ./synconfig}: the real script, run in a checkout laid out as it expects (its jar,
 * built from these classes, and lib/), makes the archive once per build and Java runtime with a training run, starts
 * the program with it, makes it again when the jar changes, and runs without one when none can be made. The JVM
 * itself ignores an archive that no longer matches the jars, silently.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartupArchiveTest {

    private static final String PREPARING = "preparing a faster start";
    private static final Pattern PROGRAM_CLASS_FROM_ARCHIVE =
            Pattern.compile(" (com\\.synconfig|picocli)\\..* source: shared objects file");
    private static final Pattern PROGRAM_CLASS_FROM_JAR =
            Pattern.compile(" (com\\.synconfig|picocli)\\..* source: file:");

    @TempDir
    static Path checkout;

    private static Path jar;
    private static Path config;

    @BeforeAll
    static void layOutACheckout() throws Exception {
        Path script = checkout.resolve("synconfig");
        Files.copy(Path.of("..", "synconfig"), script);
        script.toFile().setExecutable(true);
        Path pom = Files.writeString(checkout.resolve("pom.xml"), "");
        Files.setLastModifiedTime(pom, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path lib = Files.createDirectories(checkout.resolve("app-ui/target/lib"));
        List<String> classPath = new ArrayList<>();
        for (Path entry : classPathEntries()) {
            if (entry.equals(Path.of("target/classes").toAbsolutePath())
                    || entry.equals(Path.of("target/test-classes").toAbsolutePath())) {
                continue;
            }
            String name = classPath.size() + "-" + entry.getFileName() + (Files.isDirectory(entry) ? ".jar" : "");
            if (Files.isDirectory(entry)) {
                jar(entry, lib.resolve(name), new Manifest());
            } else {
                Files.createSymbolicLink(lib.resolve(name), entry);
            }
            classPath.add("lib/" + name);
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launcher.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        jar = checkout.resolve("app-ui/target/synconfig.jar");
        jar(Path.of("target/classes"), jar, manifest);
        config = checkout.resolve("home/synconfig.ini");
    }

    @Test
    @Order(1)
    void theFirstRunMakesTheArchiveAndLaterRunsStartWithIt() throws Exception {
        Run first = synconfig(Map.of(), "service", "list");
        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out).contains("SynSrv");
        assertThat(first.err).contains(PREPARING);
        assertThat(archives()).hasSize(1);

        Path loaded = checkout.resolve("loaded.log");
        Run second = synconfig(Map.of("SYNCONFIG_JAVA_OPTS", "-Xlog:class+load:file=" + loaded), "service", "list");
        assertThat(second.exit).as(second.err).isZero();
        assertThat(second.out).isEqualTo(first.out);
        assertThat(second.err).as("nothing on stderr once the archive is made").isEmpty();
        assertThat(count(loaded, PROGRAM_CLASS_FROM_ARCHIVE)).as("the program's and picocli's classes mapped from it")
                .isGreaterThan(200);
        assertThat(count(loaded, PROGRAM_CLASS_FROM_JAR)).as("the program's and picocli's classes loaded from the jars")
                .isZero();
    }

    /**
     * The JVM checks the jars' sizes and times: after a build the archive no longer matches, and is not used at all
     * (it holds the runtime's classes too), until the script makes it again.
     */
    @Test
    @Order(2)
    void anArchiveThatNoLongerMatchesIsIgnoredSilently() throws Exception {
        Path archive = archives().get(0);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
        Path loaded = checkout.resolve("stale.log");
        Run stale = run(List.of(java(), "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load:file=" + loaded, "-jar",
                jar.toString(), "--config", config.toString(), "service", "list"), Map.of());
        assertThat(stale.exit).as(stale.err).isZero();
        assertThat(stale.out).contains("SynSrv");
        assertThat(stale.err).as("no warning").isEmpty();
        assertThat(count(loaded, "source: shared objects file")).isZero();
    }

    @Test
    @Order(3)
    void theScriptMakesTheArchiveAgainAfterABuild() throws Exception {
        FileTime before = Files.getLastModifiedTime(archives().get(0));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
        Run again = synconfig(Map.of(), "service", "list");
        assertThat(again.exit).as(again.err).isZero();
        assertThat(again.err).contains(PREPARING);
        assertThat(Files.getLastModifiedTime(archives().get(0))).isGreaterThan(before);
    }

    /** A Java runtime that cannot make an archive (here one that fails the training run): no archive, once said. */
    @Test
    @Order(4)
    void withoutAnArchiveTheProgramRunsAsBefore() throws Exception {
        Path runtime = Files.createDirectories(checkout.resolve("other-java/bin"));
        Path java = runtime.resolve("java");
        Files.writeString(java, "#!/bin/sh\ncase \"$*\" in *Xshare:dump*) exit 1 ;; esac\nexec '" + java()
                + "' \"$@\"\n");
        java.toFile().setExecutable(true);
        Run first = synconfig(Map.of("JAVA", java.toString()), "service", "list");
        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out).contains("SynSrv");
        assertThat(first.err).contains(PREPARING, "no class-data archive");
        Run second = synconfig(Map.of("JAVA", java.toString()), "service", "list");
        assertThat(second.exit).as(second.err).isZero();
        assertThat(second.err).as("not tried again before the next build").isEmpty();
    }

    private static List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.walk(checkout.resolve("app-ui/target/cds"))) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run synconfig(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(checkout.resolve("synconfig").toString(), "--config",
                config.toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(Map.of("JAVA", java()));
        env.putAll(environment);
        return run(command, env);
    }

    private static Run run(List<String> command, Map<String, String> environment) throws Exception {
        Path out = Files.createTempFile(checkout, "out", ".txt");
        Path err = Files.createTempFile(checkout, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("SYNCONFIG_JAVA_OPTS");
        pb.environment().remove("SYNCONFIG_CDS");
        pb.environment().putAll(environment);
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long count(Path log, String text) throws IOException {
        return count(log, Pattern.compile(Pattern.quote(text)));
    }

    private static long count(Path log, Pattern pattern) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> pattern.matcher(l).find()).count();
        }
    }

    /** This JVM's class path, also when the test runner passes it in a manifest-only jar. */
    private static List<Path> classPathEntries() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            entries.add(path);
            if (Files.isRegularFile(path)) {
                try (JarFile jarFile = new JarFile(path.toFile())) {
                    Manifest manifest = jarFile.getManifest();
                    String more = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                    if (more != null && path.getFileName().toString().startsWith("surefirebooter")) {
                        entries.remove(path);
                        for (String url : more.trim().split("\\s+")) {
                            entries.add(Path.of(URI.create(url)));
                        }
                    }
                }
            }
        }
        return entries;
    }

    private static void jar(Path classes, Path target, Manifest manifest) throws IOException {
        try (OutputStream file = Files.newOutputStream(target);
             JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }
}
