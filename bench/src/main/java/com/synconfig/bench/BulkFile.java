package com.synconfig.bench;

import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The data the transfer benchmarks move: an ISAM file of {@code records} records of 100 bytes (made through
 * {@link IsamFile}, as {@code synconfig isam create} and STOREs would) and, for s_server, a plain file of the
 * same number of bytes; the clear service reads a copy of the ISAM file. Record {@code i}: bytes 1-10 the key (i, 10 digits), 11-12 {@code i % 100} (2 digits,
 * so a field test selects 1% or 10%), then filler. Made once per size and kept for later runs.
 */
record BulkFile(Path dataRoot, String name, String clearName, Path plain, int records) {

    static final int RECORD_SIZE = 100;
    private static final int BATCH = 10_000;

    /**
     * @param dataRoot the server's data root, where the ISAM file is made and kept
     * @param docRoot  s_server's document root, where the plain file goes
     */
    static BulkFile prepare(Path dataRoot, Path docRoot, int records) throws IOException {
        deleteScratch(dataRoot);
        String name = "bulk-" + records + ".ism";
        Path isam = dataRoot.resolve(name);
        if (!Files.exists(isam)) {
            Progress.say("making an ISAM file of " + records + " records (kept in " + dataRoot + " for later runs)");
            Path partial = dataRoot.resolve("bulk-" + records + ".partial");
            Files.deleteIfExists(partial);
            try (IsamFile f = IsamFile.create(partial, new IsamDefinition(RECORD_SIZE,
                    List.of(KeySpec.parse("1:10")), false))) {
                List<byte[]> batch = new ArrayList<>(BATCH);
                for (int i = 0; i < records; i++) {
                    batch.add(record(i));
                    if (batch.size() == BATCH || i == records - 1) {
                        f.insertAll(batch);
                        batch.clear();
                    }
                }
            }
            Files.move(partial, isam);
        }
        // Each service reads its own copy (one process now shares one open file; the copy keeps the paths apart).
        String clearName = "bulk-" + records + "-clear.ism";
        Path clear = dataRoot.resolve(clearName);
        if (!Files.exists(clear) || Files.size(clear) != Files.size(isam)) {
            Files.copy(isam, clear, StandardCopyOption.REPLACE_EXISTING);
        }
        Path plain = docRoot.resolve("bulk.bin");
        try (OutputStream out = Files.newOutputStream(plain)) {
            for (int i = 0; i < records; i++) {
                out.write(record(i));
            }
        }
        return new BulkFile(dataRoot, name, clearName, plain, records);
    }

    /** The fresh copies and store files of earlier runs (and their lock files), before the server starts. */
    private static void deleteScratch(Path dataRoot) throws IOException {
        try (var files = Files.list(dataRoot)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.contains("-fresh-") || n.startsWith("stores-")) {
                    Files.delete(p);
                }
            }
        }
    }

    static byte[] record(int i) {
        String head = String.format("%010d%02d", i, i % 100);
        StringBuilder b = new StringBuilder(RECORD_SIZE).append(head);
        for (int k = b.length(); k < RECORD_SIZE; k++) {
            b.append((char) ('a' + (i + k) % 26));
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] key(int i) {
        return String.format("%010d", i).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A copy of the encrypted service's file under a name the server has not seen (for a first select of a file
     * not open before); {@link #prepare} deletes the copies of earlier runs.
     */
    String freshCopy(int number) throws IOException {
        String copy = "bulk-" + records + "-fresh-" + number + "-" + System.nanoTime() + ".ism";
        Files.copy(dataRoot.resolve(name), dataRoot.resolve(copy));
        return copy;
    }

    /** The ISAM file a service of {@link DataServers} reads. */
    String nameFor(String service) {
        return service.equals(DataServers.TLS) ? name : clearName;
    }

    long bytes() {
        return (long) records * RECORD_SIZE;
    }
}
