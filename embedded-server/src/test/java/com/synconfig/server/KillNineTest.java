package com.synconfig.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.wire.OpenMode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server process is killed with SIGKILL while clients write: every acknowledged record survives. */
class KillNineTest {

    @TempDir
    Path dir;

    @Test
    void acknowledgedRecordsSurviveKillNine() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("data"));
        IsamFile.create(dir.resolve("data/k.ism"), new IsamDefinition(16, List.of(KeySpec.parse("1:10")), false)).close();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashTestServerMain.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        int port;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
                assertThat(line).as("child server printed its port").isNotNull();
            } while (!line.startsWith("PORT "));
            port = Integer.parseInt(line.substring(5).trim());
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            CountDownLatch enough = new CountDownLatch(4 * 200);
            Thread[] writers = new Thread[4];
            for (int w = 0; w < writers.length; w++) {
                int id = w;
                writers[w] = new Thread(() -> write(port, id, acknowledged, enough));
                writers[w].start();
            }
            assertThat(enough.await(5, TimeUnit.MINUTES)).isTrue();
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no close
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            for (Thread t : writers) {
                t.join(60_000);
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(800);

            try (IsamFile f = IsamFile.open(dir.resolve("data/k.ism"))) {
                for (String key : acknowledged) {
                    assertThat(f.seek(0, key.getBytes(StandardCharsets.ISO_8859_1), com.synconfig.server.wire.Match.EQUAL))
                            .as("acknowledged record %s", key).isPresent();
                }
            }
            // and a restarted server serves the file
            try (FileServer again = TestServer.start(TestServer.clear(dir));
                 RemoteFileClient c = RemoteFileClient.connect(TestServer.client(again));
                 RemoteFile f = c.open("k.ism", OpenMode.INPUT, "")) {
                assertThat(f.select(com.synconfig.server.wire.SelectFilter.all()).size()).isGreaterThanOrEqualTo(acknowledged.size());
            }
        } finally {
            child.destroyForcibly();
        }
    }

    private static void write(int port, int id, Set<String> acknowledged, CountDownLatch enough) {
        try (RemoteFileClient c = RemoteFileClient.connect(ClientOptions.of("127.0.0.1", port));
             RemoteFile f = c.open("k.ism", OpenMode.UPDATE, "")) {
            for (int i = 0; ; i++) {
                String key = String.format("W%d%08d", id, i) ;
                f.store(String.format("%-10s%06d", key, i).getBytes(StandardCharsets.ISO_8859_1));
                acknowledged.add(key);
                enough.countDown();
            }
        } catch (RemoteFileException expectedWhenKilled) {
            // the server died under us: what was acknowledged before is what must survive
        }
    }
}
