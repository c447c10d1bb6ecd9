package com.synconfig.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Match;
import com.synconfig.server.wire.OpenMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 50 clients at once on two shared ISAM files: own records, a shared counter under record locks, reads of others'. */
class ConcurrentClientsTest {

    static final int CLIENTS = 50;
    static final int RECORDS_EACH = 20;
    static final int INCREMENTS_EACH = 10;

    @TempDir
    Path dir;

    static byte[] rec(String key, long value) {
        return String.format("%-8s%012d", key, value).getBytes(StandardCharsets.ISO_8859_1);
    }

    static long value(byte[] r) {
        return Long.parseLong(new String(r, 8, 12, StandardCharsets.ISO_8859_1));
    }

    @Test
    void fiftyClientsMixingReadsAndWritesEndWithCorrectData() throws Exception {
        Path data = java.nio.file.Files.createDirectories(dir.resolve("data"));
        for (String name : List.of("a.ism", "b.ism")) {
            IsamFile.create(data.resolve(name), new IsamDefinition(20, List.of(KeySpec.parse("1:8")), false)).close();
        }
        try (FileServer server = TestServer.start(TestServer.clear(dir))) {
            try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
                 RemoteFile a = c.open("a.ism", OpenMode.UPDATE, "")) {
                a.store(rec("COUNTER", 0));
            }
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int id = i;
                results.add(pool.submit(() -> work(server, id)));
            }
            int lockWaits = 0;
            for (Future<Integer> f : results) {
                lockWaits += f.get(10, TimeUnit.MINUTES);
            }
            pool.shutdown();
            try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
                 RemoteFile a = c.open("a.ism", OpenMode.INPUT, "");
                 RemoteFile b = c.open("b.ism", OpenMode.INPUT, "")) {
                assertThat(value(a.read("COUNTER".getBytes()))).isEqualTo((long) CLIENTS * INCREMENTS_EACH);
                for (int i = 0; i < CLIENTS; i++) {
                    for (int r = 0; r < RECORDS_EACH; r++) {
                        RemoteFile f = r % 2 == 0 ? a : b;
                        assertThat(value(f.read(key(i, r).getBytes()))).isEqualTo(i * 1000L + r + 1);
                    }
                }
                assertThat(a.select(com.synconfig.server.wire.SelectFilter.all())).hasSize(1 + CLIENTS * RECORDS_EACH / 2);
                assertThat(b.select(com.synconfig.server.wire.SelectFilter.all())).hasSize(CLIENTS * RECORDS_EACH / 2);
            }
            System.out.println("lock waits seen: " + lockWaits);
            Eventually.holds(() -> server.openFiles() == 0);
        }
    }

    static String key(int client, int r) {
        return String.format("K%03d%04d", client, r);
    }

    /** @return how often this client met a locked record */
    private static int work(FileServer server, int id) throws Exception {
        int waits = 0;
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
             RemoteFile a = c.open("a.ism", OpenMode.UPDATE, "");
             RemoteFile b = c.open("b.ism", OpenMode.UPDATE, "")) {
            for (int r = 0; r < RECORDS_EACH; r++) {
                (r % 2 == 0 ? a : b).store(rec(key(id, r), i0(id, r)));
            }
            int done = 0;
            int r = 0;
            while (done < INCREMENTS_EACH) {
                // update one of our own records (read locks it, write releases it)
                RemoteFile own = r % 2 == 0 ? a : b;
                byte[] mine = own.read(key(id, r).getBytes());
                own.write(rec(key(id, r), value(mine) + 1));
                r = (r + 1) % RECORDS_EACH;
                // read someone else's records without locking
                try (RemoteFile in = c.open("b.ism", OpenMode.INPUT, "")) {
                    in.find(0, "K".getBytes(), Match.EQUAL);
                    in.readNext();
                }
                try {
                    byte[] counter = a.read("COUNTER".getBytes());
                    a.write(rec("COUNTER", value(counter) + 1));
                    done++;
                } catch (RemoteFileException e) {
                    if (e.code() != ErrorCode.LOCKED) {
                        throw e;
                    }
                    waits++;
                    Thread.sleep(1);
                }
            }
            // leave each own record at its final value: i*1000 + r + 1
            for (int k = 0; k < RECORDS_EACH; k++) {
                RemoteFile own = k % 2 == 0 ? a : b;
                own.read(key(id, k).getBytes());
                own.write(rec(key(id, k), id * 1000L + k + 1));
            }
        }
        return waits;
    }

    private static long i0(int id, int r) {
        return id * 1000L + r;
    }
}
