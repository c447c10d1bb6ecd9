package com.synconfig.model.config;

import com.synconfig.model.files.AtomicFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills processes that are saving the configuration (SIGKILL, at random moments) hundreds of times, and checks
 * that the file on disk is always exactly the complete old or the complete new version, and so is the backup.
 */
class ConfigStoreKillTest {

    private static final int LANES = 4;
    private static final int KILLS_PER_LANE = 50;
    private static final int MAX_DELAY_MILLIS = 60;

    @TempDir
    Path dir;

    private record LaneResult(int kills, int midWrite, int sawA, int sawB) {
        LaneResult plus(LaneResult o) {
            return new LaneResult(kills + o.kills, midWrite + o.midWrite, sawA + o.sawA, sawB + o.sawB);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyKillLeavesTheCompleteOldOrTheCompleteNewVersion() throws Exception {
        byte[] a = SaveLoopChild.seedText().getBytes(StandardCharsets.UTF_8);
        String bText = ConfigFileFormat.write(ConfigFileFormat.read(new String(a, StandardCharsets.UTF_8), dir),
                SaveLoopChild.versionB());
        byte[] b = bText.getBytes(StandardCharsets.UTF_8);
        // The two states are stable: going back from B gives A's bytes again (comments included).
        assertThat(ConfigFileFormat.write(ConfigFileFormat.read(bText, dir), SaveLoopChild.versionA()))
                .isEqualTo(new String(a, StandardCharsets.UTF_8));

        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<LaneResult>> lanes = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path laneDir = Files.createDirectory(dir.resolve("lane" + lane));
                long seed = 1000L + lane;
                lanes.add(pool.submit(() -> runLane(laneDir, a, b, new Random(seed))));
            }
            LaneResult total = new LaneResult(0, 0, 0, 0);
            for (Future<LaneResult> lane : lanes) {
                total = total.plus(lane.get());
            }
            System.out.printf("kill test: %d kills, %d during a write (temp file left behind), "
                    + "file afterwards: %d times version A, %d times version B%n",
                    total.kills(), total.midWrite(), total.sawA(), total.sawB());
            assertThat(total.kills()).isEqualTo(LANES * KILLS_PER_LANE);
            // The kills must really have hit saves in progress, and saves must have made progress both ways.
            assertThat(total.midWrite()).isPositive();
            assertThat(total.sawA()).isPositive();
            assertThat(total.sawB()).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    private LaneResult runLane(Path laneDir, byte[] a, byte[] b, Random random) throws Exception {
        Path file = laneDir.resolve("synconfig.ini");
        Path backup = laneDir.resolve("synconfig.ini.bak");
        Files.write(file, a);
        LaneResult result = new LaneResult(0, 0, 0, 0);
        for (int kill = 0; kill < KILLS_PER_LANE; kill++) {
            Process child = startChild(file, laneDir.resolve("child.err"));
            try {
                awaitReady(child, laneDir.resolve("child.err"));
                Thread.sleep(random.nextInt(MAX_DELAY_MILLIS + 1));
            } finally {
                child.destroyForcibly();
                child.waitFor(60, TimeUnit.SECONDS);
            }
            byte[] onDisk = Files.readAllBytes(file);
            boolean isA = Arrays.equals(onDisk, a);
            if (!isA && !Arrays.equals(onDisk, b)) {
                fail("after kill %d in %s the file is neither version A nor version B:%n%s", kill, laneDir,
                        new String(onDisk, StandardCharsets.UTF_8));
            }
            assertThat(ConfigFileFormat.read(file).services())
                    .isEqualTo(isA ? SaveLoopChild.versionA() : SaveLoopChild.versionB());
            if (Files.exists(backup)) {
                byte[] bak = Files.readAllBytes(backup);
                assertThat(Arrays.equals(bak, a) || Arrays.equals(bak, b))
                        .as("backup after kill %d in %s is a complete version", kill, laneDir).isTrue();
            }
            result = result.plus(new LaneResult(1, leftoverTempFiles(laneDir) > 0 ? 1 : 0, isA ? 1 : 0, isA ? 0 : 1));
        }
        return result;
    }

    private static Process startChild(Path file, Path errors) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), SaveLoopChild.class.getName(), file.toString())
                .redirectError(errors.toFile())
                .start();
    }

    private static void awaitReady(Process child, Path errors) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            fail("the saving process did not start (it said %s); its errors:%n%s", line, Files.readString(errors));
        }
    }

    private static long leftoverTempFiles(Path laneDir) throws IOException {
        try (Stream<Path> files = Files.list(laneDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)).count();
        }
    }
}
