package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Match;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent STOREs share commits, each still durable when it returns, and a refused one undoes no other. */
class GroupCommitTest {

    private static final int WRITERS = 50;
    private static final int EACH = 10;

    @TempDir
    Path dir;

    private static byte[] rec(String key) {
        return String.format("%-12s", key).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void fiftyConcurrentWritersTakeFewerSyncsThanStoresAndARefusedStoreUndoesNoOther() throws Exception {
        try (IsamFile f = IsamFile.create(dir.resolve("g.ism"), new IsamDefinition(12, List.of(KeySpec.parse("1:8")),
                false))) {
            f.insert(rec("TAKEN"));
            long syncsBefore = f.syncs();
            Set<String> stored = ConcurrentHashMap.newKeySet();
            Set<String> refused = ConcurrentHashMap.newKeySet();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int id = w;
                Thread t = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < EACH; i++) {
                            // every other writer also tries a key that exists: refused, undoing no other STORE of its batch
                            String key = id % 2 == 0 && i == EACH / 2 ? "TAKEN" : String.format("W%02d%05d", id, i);
                            try {
                                f.insert(rec(key));
                                stored.add(key);
                            } catch (StoreException e) {
                                refused.add(id + ":" + key + ":" + e.code());
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                t.start();
                writers.add(t);
            }
            start.countDown();
            for (Thread t : writers) {
                t.join();
            }
            int stores = WRITERS * EACH;
            assertThat(refused).hasSize(WRITERS / 2).allSatisfy(r -> assertThat(r).endsWith(":TAKEN:" + ErrorCode.NODUPS));
            assertThat(stored).hasSize(stores - WRITERS / 2);
            assertThat(f.count()).isEqualTo(1 + stored.size());
            for (String key : stored) {
                assertThat(f.seek(0, key.getBytes(StandardCharsets.US_ASCII), Match.EQUAL)).as(key).isPresent();
            }
            long syncs = f.syncs() - syncsBefore;
            System.out.println(stores + " concurrent STOREs took " + syncs + " commits");
            // one commit per kept STORE is what writers that share none take (a refused one commits nothing)
            assertThat(syncs).as("commits for the %d STOREs kept, from %d writers", stored.size(), WRITERS)
                    .isLessThan(stored.size());
        }
    }
}
