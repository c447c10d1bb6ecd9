package com.synconfig.bench;

import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The record store alone, without network or TLS: a scan of every record just after opening the file (cold for the
 * store, the operating system's cache warm) and again (warm); 20,000 single durable STOREs (time, file size); STOREs
 * from 50 threads at once (throughput, commits). Uses only {@link IsamFile} methods both store layouts have, so the
 * same class measures a build before a change (compile it against that build's classes).
 * <p>
 * Usage: {@code java -cp ... com.synconfig.bench.StoreEngineBench DIR [RECORDS]} (DIR: a scratch directory).
 */
public final class StoreEngineBench {

    private static final int RECORD = BulkFile.RECORD_SIZE;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StoreEngineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        IsamDefinition def = new IsamDefinition(RECORD, List.of(KeySpec.parse("1:10")), false);
        scans(dir.resolve("scan.ism"), def, records);
        singleStores(dir.resolve("single.ism"), def, 20_000);
        concurrentStores(dir.resolve("concurrent.ism"), def, 50, 200);
    }

    private static void scans(Path path, IsamDefinition def, int records) throws Exception {
        Files.deleteIfExists(path);
        try (IsamFile f = IsamFile.create(path, def)) {
            List<byte[]> batch = new ArrayList<>();
            for (int i = 0; i < records; i++) {
                batch.add(BulkFile.record(i));
                if (batch.size() == 10_000 || i == records - 1) {
                    f.insertAll(batch);
                    batch.clear();
                }
            }
        }
        System.out.printf("file of %,d records: %,d bytes%n", records, Files.size(path));
        for (int round = 0; round < 3; round++) {
            try (IsamFile f = IsamFile.open(path)) {
                System.out.printf("after reopen %d: first scan %s, second scan %s%n", round, scan(f), scan(f));
            }
        }
    }

    private static String scan(IsamFile f) {
        long cpu = CPU.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long[] bytes = {0, 0};
        f.scan(0, new byte[0], null, (key, record) -> {
            bytes[0] += record.remaining();
            bytes[1] += record.get(record.position() + RECORD - 1);
            return true;
        });
        return String.format("%,d bytes in %d ms CPU (%d ms wall)", bytes[0],
                (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000);
    }

    private static void singleStores(Path path, IsamDefinition def, int stores) throws Exception {
        Files.deleteIfExists(path);
        try (IsamFile f = IsamFile.create(path, def)) {
            long wall = System.nanoTime();
            for (int i = 0; i < stores; i++) {
                f.insert(BulkFile.record(i));
            }
            long ms = (System.nanoTime() - wall) / 1_000_000;
            System.out.printf("%,d single STOREs: %,d ms (%.0f/s), file %,d bytes for %,d bytes of records%s%n",
                    stores, ms, stores * 1000.0 / ms, Files.size(path), (long) stores * RECORD, syncs(f));
        }
    }

    private static void concurrentStores(Path path, IsamDefinition def, int threads, int each) throws Exception {
        Files.deleteIfExists(path);
        try (IsamFile f = IsamFile.create(path, def)) {
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger failures = new AtomicInteger();
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * each;
                Thread w = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = first; i < first + each; i++) {
                            f.insert(BulkFile.record(i));
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                });
                w.start();
                writers.add(w);
            }
            long wall = System.nanoTime();
            start.countDown();
            for (Thread w : writers) {
                w.join();
            }
            long ms = Math.max(1, (System.nanoTime() - wall) / 1_000_000);
            int stores = threads * each;
            System.out.printf("%,d STOREs from %d threads: %,d ms (%.0f/s), %d failed%s%n", stores, threads, ms,
                    stores * 1000.0 / ms, failures.get(), syncs(f));
        }
    }

    /** The commit count where the store reports it (the LMDB layout does; the former one did not). */
    private static String syncs(IsamFile f) {
        try {
            return ", " + IsamFile.class.getMethod("syncs").invoke(f) + " commits";
        } catch (ReflectiveOperationException notThere) {
            return "";
        }
    }
}
