package com.synconfig.server.store;

import com.synconfig.server.wire.FieldTest;
import com.synconfig.server.wire.SelectFilter;
import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.wire.OpenMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.constraints.IntRange;

/**
 * A select, batch after batch, returns exactly the records a plain walk of all records in key order would pick:
 * whatever the batch size, byte budget, key range and field test (the select reads the index ahead in runs).
 */
class IsamSelectPropertyTest {

    private static final int RECORDS = 1_500;
    /** A record's bytes in a batch answer: 10 bytes of data and a 4-byte length. */
    private static final int ON_THE_WIRE = 14;
    private static Path dir;
    private static IsamFile file;
    private static List<byte[]> inKeyOrder;

    /** Key 1:4 (inserted in scrambled order, unique), key 5:2 the number modulo 7 (duplicates). */
    private static byte[] record(int n) {
        return String.format("%04d%02d%-4s", n, n % 7, "r" + n % 10).getBytes(StandardCharsets.ISO_8859_1);
    }

    @BeforeContainer
    static void makeFile() throws IOException {
        dir = Files.createTempDirectory("isam-select");
        file = IsamFile.create(dir.resolve("s.ism"), new IsamDefinition(10,
                List.of(KeySpec.parse("1:4"), KeySpec.parse("5:2,dups")), false));
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            batch.add(record((i * 7919) % RECORDS)); // a permutation: ids do not follow key order
        }
        file.insertAll(batch);
        inKeyOrder = new ArrayList<>();
        for (int n = 0; n < RECORDS; n++) {
            inKeyOrder.add(record(n));
        }
    }

    @AfterContainer
    static void closeFile() throws IOException {
        file.close();
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 60)
    void batchesTogetherAreTheMatchingRecordsInKeyOrder(@ForAll @IntRange(min = 1, max = 500) int batchSize,
                                                        @ForAll @IntRange(min = 0, max = 1_600) int from,
                                                        @ForAll @IntRange(min = 0, max = 1_600) int to,
                                                        @ForAll @IntRange(min = 0, max = 10) int lastDigit,
                                                        @ForAll @IntRange(min = 1, max = 8_000) int maxBytes) {
        byte[] fromKey = from == 0 ? new byte[0] : String.format("%04d", from).getBytes(StandardCharsets.ISO_8859_1);
        byte[] toKey = to >= RECORDS ? new byte[0] : String.format("%04d", to).getBytes(StandardCharsets.ISO_8859_1);
        List<FieldTest> tests = lastDigit == 10 ? List.of() : List.of(FieldTest.parse("8:1=" + lastDigit));
        SelectFilter filter = new SelectFilter(0, fromKey, toKey, tests);

        List<String> expected = new ArrayList<>();
        for (byte[] r : inKeyOrder) {
            int n = Integer.parseInt(new String(r, 0, 4, StandardCharsets.ISO_8859_1));
            if (n >= from && (toKey.length == 0 || n <= to) && filter.matches(r)) {
                expected.add(new String(r, StandardCharsets.ISO_8859_1));
            }
        }

        List<String> got = new ArrayList<>();
        IsamChannel channel = new IsamChannel(file, OpenMode.INPUT, () -> { });
        RecordChannel.Batch b = channel.select(filter, batchSize, maxBytes);
        int batches = 1;
        b.records().forEach(r -> got.add(new String(r, StandardCharsets.ISO_8859_1)));
        while (b.more() && batches <= RECORDS + 1) {
            // only the last batch may be short of either bound; none exceeds the byte budget but by a lone record
            int n = b.records().size();
            assertThat(n == batchSize || (n + 1) * ON_THE_WIRE > maxBytes).as("batch of %d records", n).isTrue();
            assertThat(n).isBetween(1, batchSize);
            assertThat(n == 1 || n * ON_THE_WIRE <= maxBytes).isTrue();
            b = channel.fetch(batchSize, maxBytes);
            batches++;
            b.records().forEach(r -> got.add(new String(r, StandardCharsets.ISO_8859_1)));
        }
        assertThat(got).containsExactlyElementsOf(expected);
    }

    @Property(tries = 20)
    void selectOnADuplicatesKeyKeepsInsertionOrderWithinAValue(@ForAll @IntRange(min = 1, max = 300) int batchSize,
                                                               @ForAll @IntRange(min = 0, max = 6) int value) {
        byte[] key = String.format("%02d", value).getBytes(StandardCharsets.ISO_8859_1);
        IsamChannel channel = new IsamChannel(file, OpenMode.INPUT, () -> { });
        List<String> got = new ArrayList<>();
        RecordChannel.Batch b = channel.select(new SelectFilter(1, key, key, List.of()), batchSize, Integer.MAX_VALUE);
        b.records().forEach(r -> got.add(new String(r, StandardCharsets.ISO_8859_1)));
        for (int i = 0; b.more() && i <= RECORDS; i++) {
            b = channel.fetch(batchSize, Integer.MAX_VALUE);
            b.records().forEach(r -> got.add(new String(r, StandardCharsets.ISO_8859_1)));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            byte[] r = record((i * 7919) % RECORDS);
            if (r[4] == key[0] && r[5] == key[1]) {
                expected.add(new String(r, StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(got).containsExactlyElementsOf(expected);
    }
}
