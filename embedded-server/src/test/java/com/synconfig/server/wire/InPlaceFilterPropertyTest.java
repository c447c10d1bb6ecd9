package com.synconfig.server.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The select filter reads records and keys in place, from a buffer's position to its limit, whatever lies around
 * them (heap or direct, read-only or not): it decides exactly as the byte-array evaluation it replaced (kept here
 * as the oracle) and moves neither position nor limit.
 */
class InPlaceFilterPropertyTest {

    @Property(tries = 3000)
    void aFieldTestOnARecordInPlaceDecidesAsOnItsBytes(@ForAll("tests") FieldTest test,
                                                     @ForAll @Size(max = 24) byte[] record,
                                                     @ForAll @IntRange(max = 7) int before,
                                                     @ForAll @IntRange(max = 7) int after,
                                                     @ForAll boolean direct, @ForAll boolean readOnly) {
        ByteBuffer view = inPlace(record, before, after, direct, readOnly);
        assertThat(test.matches(view)).isEqualTo(oracleMatches(test, record));
        assertThat(view.position()).isEqualTo(before);
        assertThat(view.remaining()).isEqualTo(record.length);
    }

    @Property(tries = 2000)
    void aFilterDecidesAsOnTheBytes(@ForAll("testLists") List<FieldTest> tests, @ForAll @Size(max = 6) byte[] to,
                                    @ForAll @Size(max = 24) byte[] record, @ForAll @Size(max = 8) byte[] key,
                                    @ForAll @IntRange(max = 5) int before, @ForAll boolean direct) {
        SelectFilter filter = new SelectFilter(0, new byte[0], to, tests);
        assertThat(filter.matches(inPlace(record, before, 3, direct, true)))
                .isEqualTo(tests.stream().allMatch(t -> oracleMatches(t, record)));
        ByteBuffer keyView = inPlace(key, before, 2, direct, true);
        assertThat(filter.beyond(keyView)).isEqualTo(oracleBeyond(to, key));
        assertThat(keyView.position()).isEqualTo(before);
    }

    @Provide
    Arbitrary<FieldTest> tests() {
        // values over the whole byte range: unsigned order is the point
        return Combinators.combine(Arbitraries.integers().between(1, 20), Arbitraries.of(FieldTest.Op.values()),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(6))
                .as((pos, op, v) -> new FieldTest(pos, v.length, op, v));
    }

    @Provide
    Arbitrary<List<FieldTest>> testLists() {
        return tests().list().ofMaxSize(4);
    }

    /** {@code bytes} at {@code before} in a larger buffer whose limit leaves {@code after} bytes of noise behind. */
    private static ByteBuffer inPlace(byte[] bytes, int before, int after, boolean direct, boolean readOnly) {
        int size = before + bytes.length + after;
        ByteBuffer b = direct ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size);
        for (int i = 0; i < size; i++) {
            b.put(i, (byte) (0x5A ^ i * 37)); // noise that must not be read
        }
        b.position(before);
        b.put(bytes);
        b.position(before).limit(before + bytes.length);
        return readOnly ? b.asReadOnlyBuffer() : b;
    }

    /** FieldTest.matches(byte[]) as it was. */
    private static boolean oracleMatches(FieldTest t, byte[] record) {
        int from = t.position() - 1;
        if (record.length < from + t.length()) {
            return false;
        }
        int cmp = Arrays.compareUnsigned(record, from, from + t.length(), t.value(), 0, t.length());
        return switch (t.op()) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }

    /** SelectFilter.beyond(byte[]) as it was. */
    private static boolean oracleBeyond(byte[] to, byte[] key) {
        if (to.length == 0) {
            return false;
        }
        int n = Math.min(to.length, key.length);
        return Arrays.compareUnsigned(key, 0, n, to, 0, n) > 0;
    }
}
