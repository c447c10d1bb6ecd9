package com.synconfig.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.wire.OpenMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 5: durable STOREs through the encrypted service. One client STOREs {@value #SINGLE_STORES} records one
 * at a time into a new file (each acknowledged only once it is on disk): how long it takes and how big the file
 * is then, against the live data. Then 50 clients STORE at once into another new file, against one client and
 * against the disk's own synchronous-write rate measured in the same repetition (what a server that syncs each
 * STORE alone could reach at best).
 */
final class StoreBench {

    static final int SINGLE_STORES = 20_000;
    private static final int CLIENTS = 50;
    /** Keys of client {@code c} start at {@code c * KEY_SPACE}, so the clients' records never collide. */
    private static final int KEY_SPACE = 10_000_000;

    private final BenchContext ctx;
    private final DataServers servers;

    StoreBench(BenchContext ctx, DataServers servers) {
        this.ctx = ctx;
        this.servers = servers;
    }

    Section run() throws Exception {
        List<Sample> single = new ArrayList<>();
        List<Double> sizeRatios = new ArrayList<>();
        List<Sample> one = new ArrayList<>();
        List<Sample> many = new ArrayList<>();
        List<Double> syncs = new ArrayList<>();
        int reps = Math.min(ctx.mode().repetitions, 3);
        for (int rep = 0; rep < reps; rep++) {
            Progress.say("stores: repetition " + (rep + 1) + " of " + reps);
            if (rep == 0) { // once: each STORE waits for the disk, so this takes minutes on a slow one
                String name = newFile("single");
                single.add(Sample.measure(servers.ours().process(), () -> storeSequentially(name, SINGLE_STORES)));
                sizeRatios.add((double) Files.size(dataRoot().resolve(name)) / ((long) SINGLE_STORES * BulkFile.RECORD_SIZE));
            }
            one.add(concurrentStores(newFile("one-" + rep), 1));
            many.add(concurrentStores(newFile("many-" + rep), CLIENTS));
            syncs.add(syncsPerSecond(ctx.mode().readSeconds));
        }
        return report(single, sizeRatios, one, many, syncs);
    }

    private Path dataRoot() {
        return servers.file().dataRoot();
    }

    /** A new, empty ISAM file with the bulk file's layout (as {@code synconfig isam create} makes it). */
    private String newFile(String label) {
        String name = "stores-" + label + "-" + System.nanoTime() + ".ism";
        try (IsamFile f = IsamFile.create(dataRoot().resolve(name), new IsamDefinition(BulkFile.RECORD_SIZE,
                List.of(KeySpec.parse("1:10")), false))) {
            return name;
        }
    }

    private double storeSequentially(String name, int count) throws Exception {
        try (RemoteFileClient c = RemoteFileClient.connect(servers.client(DataServers.TLS));
             RemoteFile f = c.open(name, OpenMode.OUTPUT, "")) {
            for (int i = 0; i < count; i++) {
                f.store(BulkFile.record(i));
            }
        }
        return count;
    }

    /** {@code clients} clients, each on its own connection, STORE for the keyed-read time; measures that part. */
    private Sample concurrentStores(String name, int clients) throws Exception {
        return ClientLoad.measure(servers.ours().process(), servers.client(DataServers.TLS), name, OpenMode.OUTPUT,
                clients, ctx.mode().readSeconds, (i, f) -> {
                    int[] next = {i * KEY_SPACE};
                    return () -> f.store(BulkFile.record(next[0]++));
                });
    }

    /** The disk's rate of synchronous 4 KiB writes (write + fdatasync) in the data root, one at a time. */
    private double syncsPerSecond(double seconds) throws IOException {
        Path probe = dataRoot().resolve("sync-probe.tmp");
        try (FileChannel ch = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer page = ByteBuffer.allocate(4096);
            long n = 0;
            long t0 = System.nanoTime();
            long end = t0 + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                page.clear();
                ch.write(page, (n % 256) * 4096);
                ch.force(false);
                n++;
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static void concurrentRow(Section.Table t, int clients, List<Sample> x, List<Sample> one, double syncRate) {
        t.rows().add(List.of(Integer.toString(clients), Stats.fmt(Stats.median(x, Sample::perSecond)),
                Stats.fmt(Stats.median(x, Sample::perCpuSecond)), Stats.ratio(Stats.medianRatio(x, one, Sample::perSecond)),
                Stats.ratio(Stats.median(x, Sample::perSecond) / syncRate)));
    }

    private Section report(List<Sample> single, List<Double> sizeRatios, List<Sample> one, List<Sample> many,
                           List<Double> syncs) {
        Section s = new Section("stores", "5. Durable stores and file size");
        s.say("One client STOREs " + String.format("%,d", SINGLE_STORES) + " records of " + BulkFile.RECORD_SIZE
                + " bytes one at a time into a new ISAM file through the encrypted service; every STORE is on disk "
                + "before its OK. *File / live data* is the file's size afterwards divided by the records' bytes. "
                + "Then 1 and " + CLIENTS + " clients, each on its own connection, STORE into a new file for "
                + ctx.mode().readSeconds + " s; *syncs/s* is this machine's rate of synchronous 4 KiB writes "
                + "(write + fdatasync, one at a time) in the data root, measured in the same repetition: a server "
                + "that synced each STORE alone could not exceed it. The single stores run once; the concurrent ones are "
                + "medians of " + one.size() + " repetitions.");
        Section.Table t = s.table("Single stores", "stores", "wall s", "stores/s", "stores per server CPU-s",
                "file / live data");
        double ratio = Stats.median(sizeRatios.stream().mapToDouble(Double::doubleValue).toArray());
        t.rows().add(List.of(String.format("%,d", SINGLE_STORES), Stats.fmt(Stats.median(single, Sample::wallSeconds)),
                Stats.fmt(Stats.median(single, Sample::perSecond)), Stats.fmt(Stats.median(single, Sample::perCpuSecond)),
                Stats.ratio(ratio)));
        double syncRate = Stats.median(syncs.stream().mapToDouble(Double::doubleValue).toArray());
        Section.Table c = s.table("Concurrent stores", "clients", "stores/s", "stores per server CPU-s",
                "x 1 client", "x syncs/s (" + Stats.fmt(syncRate) + ")");
        concurrentRow(c, 1, one, one, syncRate);
        concurrentRow(c, CLIENTS, many, one, syncRate);
        s.data.put("singleStores", SINGLE_STORES).put("fileToLiveData", ratio).put("syncsPerSecond", syncRate)
                .put("singleStoresPerSecond", Stats.median(single, Sample::perSecond))
                .put("oneClientStoresPerSecond", Stats.median(one, Sample::perSecond))
                .put("manyClientsStoresPerSecond", Stats.median(many, Sample::perSecond));
        ArrayNode reps = s.data.putArray("repetitions");
        for (int i = 0; i < one.size(); i++) {
            reps.addObject().put("oneClientStores", one.get(i).units()).put("manyClientsStores", many.get(i).units())
                    .put("syncsPerSecond", syncs.get(i));
        }
        s.data.put("singleWallSeconds", single.get(0).wallSeconds());
        s.target(String.format("file size after %,d single STOREs vs the live data", SINGLE_STORES), "<= 2x",
                Stats.ratio(ratio), ratio <= 2.0);
        return s;
    }
}
