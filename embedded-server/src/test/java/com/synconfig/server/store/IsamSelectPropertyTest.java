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
 * A select, call after call of its cursor, returns exactly the records a plain walk of all records in key order
 * would pick: whatever the key range, the field test and how many records the sink takes before it is full (the
 * record it refuses comes first on the next call). The frames' bounds are SelectStreamTest's.
 */
class IsamSelectPropertyTest {

    private static final int RECORDS = 1_500;
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
    void callsTogetherGiveTheMatchingRecordsInKeyOrder(@ForAll @IntRange(min = 1, max = 500) int perCall,
                                                       @ForAll @IntRange(min = 0, max = 1_600) int from,
                                                       @ForAll @IntRange(min = 0, max = 1_600) int to,
                                                       @ForAll @IntRange(min = 0, max = 10) int lastDigit) {
        byte[] fromKey = from == 0 ? new byte[0] : String.format("%04d", from).getBytes(StandardCharsets.ISO_8859_1);
        byte[] toKey = to >= RECORDS ? new byte[0] : String.format("%04d", to).getBytes(StandardCharsets.ISO_8859_1);
        List<FieldTest> tests = lastDigit == 10 ? List.of() : List.of(FieldTest.parse("8:1=" + lastDigit));
        SelectFilter filter = new SelectFilter(0, fromKey, toKey, tests);

        List<String> expected = new ArrayList<>();
        for (byte[] r : inKeyOrder) {
            int n = Integer.parseInt(new String(r, 0, 4, StandardCharsets.ISO_8859_1));
            if (n >= from && (toKey.length == 0 || n <= to) && (lastDigit == 10 || r[7] == '0' + lastDigit)) {
                expected.add(new String(r, StandardCharsets.ISO_8859_1));
            }
        }

        assertThat(drain(filter, perCall)).containsExactlyElementsOf(expected);
    }

    /**
     * Runs a select to its end with a sink that takes {@code perCall} records and then refuses; checks that every call
     * but the last filled the sink (a cursor stops early only at the end).
     */
    private static List<String> drain(SelectFilter filter, int perCall) {
        SelectCursor cursor = new IsamChannel(file, OpenMode.INPUT, () -> { }).select(filter);
        List<String> got = new ArrayList<>();
        for (int calls = 0; calls <= RECORDS + 1; calls++) {
            List<String> taken = new ArrayList<>();
            boolean over = cursor.next(record -> {
                if (taken.size() == perCall) {
                    return false;
                }
                byte[] b = new byte[record.remaining()];
                record.duplicate().get(b);
                return taken.add(new String(b, StandardCharsets.ISO_8859_1));
            });
            got.addAll(taken);
            if (over) {
                assertThat(cursor.next(record -> { throw new AssertionError("offered after the end"); })).isTrue();
                return got;
            }
            assertThat(taken).as("records of a call that did not end the select").hasSize(perCall);
        }
        throw new AssertionError("the select did not end");
    }

    @Property(tries = 20)
    void selectOnADuplicatesKeyKeepsInsertionOrderWithinAValue(@ForAll @IntRange(min = 1, max = 300) int perCall,
                                                               @ForAll @IntRange(min = 0, max = 6) int value) {
        byte[] key = String.format("%02d", value).getBytes(StandardCharsets.ISO_8859_1);
        List<String> got = drain(new SelectFilter(1, key, key, List.of()), perCall);
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
