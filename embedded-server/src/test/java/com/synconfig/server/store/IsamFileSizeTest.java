package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file stays near the size of what it holds when records come one durable STORE at a time (the former layout
 * grew by a chunk per commit: 20,000 STOREs left 435 MB for 2 MB of records), and space freed by deletes is used
 * again.
 */
class IsamFileSizeTest {

    private static final int RECORD = 100;
    private static final int STORES = 20_000;

    @TempDir
    Path dir;

    static byte[] record(int i) {
        StringBuilder b = new StringBuilder(String.format("%010d", i));
        while (b.length() < RECORD) {
            b.append((char) ('a' + b.length() % 26));
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void twentyThousandSingleStoresLeaveAFileWithinTwiceTheDataAndFreedPagesAreUsedAgain() throws Exception {
        Path path = dir.resolve("grow.ism");
        long live = (long) STORES * RECORD;
        try (IsamFile f = IsamFile.create(path, new IsamDefinition(RECORD, List.of(KeySpec.parse("1:10")), false))) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < STORES; i++) {
                ids.add(f.insert(record(i)));
            }
            assertThat(f.syncs()).as("each STORE is its own durable commit").isGreaterThanOrEqualTo(STORES);
            assertThat(Files.size(path)).as("file after %d single STOREs of %d bytes", STORES, RECORD)
                    .isLessThanOrEqualTo(2 * live);

            // the older half deleted and as many stored: the pages it held are taken again
            churn(f, ids, List.copyOf(ids.subList(0, STORES / 2)), STORES);
            assertThat(f.count()).isEqualTo(STORES);
            assertThat(Files.size(path)).as("file after deleting the older half and storing as many again")
                    .isLessThanOrEqualTo(2 * live);

            // every other record deleted and as many stored, again and again: the pages left half full stay so
            // (LMDB merges a page only below a quarter full), but the file stops growing after two rounds
            long[] sizes = new long[3];
            for (int round = 0; round < sizes.length; round++) {
                List<Long> everyOther = new ArrayList<>();
                for (int i = 0; i < ids.size(); i += 2) {
                    everyOther.add(ids.get(i));
                }
                churn(f, ids, everyOther, STORES * (round + 2));
                sizes[round] = Files.size(path);
            }
            assertThat(f.count()).isEqualTo(STORES);
            String rounds = "file after rounds of deleting every other record and storing again: " + Arrays.toString(sizes);
            assertThat(sizes[2]).as(rounds).isLessThanOrEqualTo(sizes[1] + sizes[1] / 20);
            assertThat(Arrays.stream(sizes).max().orElseThrow()).as(rounds).isLessThanOrEqualTo(live * 7 / 2);
        }
    }

    /**
     * Deletes {@code gone} and stores as many new records, numbered from {@code first}, from 16 threads (so that this
     * takes seconds: they share commits); {@code ids} (ascending) follows.
     */
    private static void churn(IsamFile f, List<Long> ids, List<Long> gone, int first) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<?> done : pool.invokeAll(gone.stream().<Callable<Object>>map(id -> () -> {
                f.delete(id);
                return null;
            }).toList())) {
                done.get();
            }
            Set<Long> deleted = new HashSet<>(gone);
            ids.removeIf(deleted::contains);
            List<Long> stored = new ArrayList<>();
            for (Future<Long> id : pool.invokeAll(IntStream.range(0, gone.size())
                    .<Callable<Long>>mapToObj(i -> () -> f.insert(record(first + i))).toList())) {
                stored.add(id.get());
            }
            stored.sort(null);
            ids.addAll(stored);
        } finally {
            pool.shutdown();
        }
    }
}
