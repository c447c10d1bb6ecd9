package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.wire.ErrorCode;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmdbjava.Cursor;
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
import org.lmdbjava.EnvFlags;
import org.lmdbjava.GetOp;
import org.lmdbjava.Txn;

/**
 * {@link PageWalk} reads LMDB's pages itself, so every step is compared with lmdbjava's cursor (LMDB's own code) on
 * maps of several levels, with keys of every length LMDB allows and values from empty to several pages (overflow
 * pages); and a page that points past the end of the file is a damaged file, not a crash.
 */
class PageWalkTest {

    private static final byte[] NAME = "m".getBytes(StandardCharsets.US_ASCII);
    /** Offset of the main map's root page number in a meta page: header, magic, version, address, size, FREE_DBI. */
    private static final int META_MAIN_ROOT = 16 + 4 + 4 + 8 + 8 + 48 + PageWalk.DB_ROOT;

    @TempDir
    Path dir;

    private final Random random = new Random(12);

    private Env<ByteBuffer> env(Path path) {
        return Env.create(MappedBuffers.PROXY).setMapSize(1L << 30).setMaxDbs(4)
                .open(path.toFile(), EnvFlags.MDB_NOSUBDIR, EnvFlags.MDB_NOTLS);
    }

    private static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(Math.max(1, bytes.length)).put(bytes).flip();
    }

    private byte[] randomBytes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    /** A map of {@code count} random entries: keys of 1 to 511 bytes, values mostly small, some past a page. */
    private Path filled(int count) {
        Path path = dir.resolve("walk.mdb");
        try (Env<ByteBuffer> env = env(path); Txn<ByteBuffer> txn = env.txnWrite()) {
            Dbi<ByteBuffer> map = env.openDbi(txn, NAME, null, false, DbiFlags.MDB_CREATE);
            for (int i = 0; i < count; i++) {
                int keyLength = i % 50 == 0 ? 1 + random.nextInt(511) : 1 + random.nextInt(24);
                int valueLength = i % 97 == 0 ? 4000 + random.nextInt(9000) : random.nextInt(300);
                map.put(txn, direct(randomBytes(keyLength)), direct(randomBytes(valueLength)));
            }
            txn.commit();
        }
        return path;
    }

    private <R> R reading(Path path, Function<Fixture, R> work) {
        try (Env<ByteBuffer> env = env(path); Txn<ByteBuffer> txn = env.txnRead()) {
            Dbi<ByteBuffer> main = env.openDbi(txn, (byte[]) null, null, false);
            Dbi<ByteBuffer> map = env.openDbi(txn, NAME, null, false);
            PageWalk walk = new PageWalk(path).start(main.get(txn, direct(NAME)), NAME.length, env.stat().pageSize,
                    env.info().lastPageNumber);
            try (Cursor<ByteBuffer> cursor = map.openCursor(txn)) {
                return work.apply(new Fixture(walk, cursor, env.stat().pageSize, map.stat(txn).depth,
                        map.stat(txn).entries));
            }
        }
    }

    private record Fixture(PageWalk walk, Cursor<ByteBuffer> cursor, int pageSize, int depth, long entries) {
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] copy = new byte[b.remaining()];
        b.get(b.position(), copy);
        return copy;
    }

    private static void sameEntry(PageWalk walk, Cursor<ByteBuffer> cursor) {
        assertThat(bytes(walk.key())).isEqualTo(bytes(cursor.key()));
        assertThat(bytes(walk.value())).isEqualTo(bytes(cursor.val()));
    }

    @Test
    void walksEveryEntryInTheCursorsOrderThroughBranchAndOverflowPages() {
        Path path = filled(30_000);
        reading(path, f -> {
            assertThat(f.depth()).as("the map has branch pages").isGreaterThanOrEqualTo(3);
            int n = 0;
            boolean more = f.walk().first();
            boolean expected = f.cursor().first();
            boolean sawOverflow = false;
            while (expected) {
                assertThat(more).as("entry %d", n).isTrue();
                sameEntry(f.walk(), f.cursor());
                sawOverflow |= f.walk().value().remaining() > f.pageSize();
                n++;
                more = f.walk().next();
                expected = f.cursor().next();
            }
            assertThat(more).as("the walk ends where the cursor does").isFalse();
            assertThat(f.walk().next()).as("and stays ended").isFalse();
            assertThat(sawOverflow).as("values in overflow pages were compared").isTrue();
            assertThat(n).as("every entry (random keys: a few of the 30,000 repeat)").isEqualTo(f.entries())
                    .isGreaterThan(29_000);
            return null;
        });
    }

    @Test
    void seeksWhereTheCursorsSetRangeGoes() {
        Path path = filled(20_000);
        List<byte[]> keys = reading(path, f -> {
            List<byte[]> all = new ArrayList<>();
            for (boolean more = f.cursor().first(); more; more = f.cursor().next()) {
                all.add(bytes(f.cursor().key()));
            }
            return all;
        });
        List<byte[]> targets = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            byte[] key = keys.get(random.nextInt(keys.size()));
            targets.add(key); // an existing key
            byte[] shorter = java.util.Arrays.copyOf(key, Math.max(1, key.length - 1));
            targets.add(shorter); // between keys
            byte[] longer = java.util.Arrays.copyOf(key, key.length + 1);
            targets.add(longer); // just after a key
        }
        targets.add(new byte[] {0}); // before the first
        targets.add(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}); // after the last
        reading(path, f -> {
            for (byte[] target : targets) {
                boolean expected = f.cursor().get(direct(target), GetOp.MDB_SET_RANGE);
                assertThat(f.walk().seek(target)).as("found %s", java.util.HexFormat.of().formatHex(target))
                        .isEqualTo(expected);
                for (int step = 0; expected && step < 3; step++) {
                    sameEntry(f.walk(), f.cursor());
                    expected = f.cursor().next();
                    assertThat(f.walk().next()).isEqualTo(expected);
                }
            }
            return null;
        });
    }

    @Test
    void anEmptyMapHasNoEntries() {
        Path path = filled(0);
        reading(path, f -> {
            assertThat(f.walk().first()).isFalse();
            assertThat(f.walk().seek(new byte[] {1})).isFalse();
            assertThat(f.walk().next()).isFalse();
            return null;
        });
    }

    @Test
    void aBranchPagePointingPastTheEndOfTheFileIsADamagedFile() throws Exception {
        Path path = filled(5_000);
        int pageSize = reading(path, f -> {
            assertThat(f.depth()).as("the root is a branch page").isGreaterThanOrEqualTo(2);
            return f.pageSize();
        });
        long root = rootOf(path);
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw")) {
            raf.seek(root * pageSize + 16); // the root's first node pointer
            int node = Short.toUnsignedInt(Short.reverseBytes(raf.readShort()));
            raf.seek(root * pageSize + node); // that node's child page number, low 32 bits
            raf.writeInt(Integer.reverseBytes(0x7fff_fff0));
        }
        reading(path, f -> {
            assertThatThrownBy(() -> f.walk().first()).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FILSPC);
                assertThat(e.info()).contains("walk.mdb").contains("past the end of the file");
            });
            return null;
        });
    }

    /**
     * The walk reads the map's pages without a bounds check of its own beyond the layout's (raw reads of the memory
     * map), so a damaged page must never lead it outside the map: bytes of the map's pages overwritten at random,
     * 300 times, and every walk either ends or reports a damaged file, with each value it shows read to its end.
     */
    @Test
    void randomDamageToTheMapsPagesIsReportedNeverReadPast() throws Exception {
        Path original = filled(3_000);
        byte[] pristine = Files.readAllBytes(original);
        int pageSize = reading(original, Fixture::pageSize);
        long lastPage = pristine.length / pageSize - 1;
        ByteBuffer metas = ByteBuffer.wrap(pristine).order(ByteOrder.nativeOrder());
        // pages LMDB's own code reads in a read transaction: the two meta pages and the main map's root in each
        List<Long> lmdbReads = List.of(0L, 1L, metas.getLong(META_MAIN_ROOT), metas.getLong(pageSize + META_MAIN_ROOT));
        Random damage = new Random(34);
        int reported = 0;
        for (int trial = 0; trial < 300; trial++) {
            byte[] copy = pristine.clone();
            long page;
            do {
                page = 2 + damage.nextInt((int) lastPage - 1);
            } while (lmdbReads.contains(page));
            for (int i = 1 + damage.nextInt(8); i > 0; i--) { // mostly the header and the node offsets
                int at = damage.nextBoolean() ? damage.nextInt(64) : damage.nextInt(pageSize);
                copy[(int) (page * pageSize + at)] = (byte) damage.nextInt(256);
            }
            Files.write(original, copy);
            try {
                walkBounded(original);
            } catch (StoreException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.FILSPC);
                reported++;
            }
        }
        assertThat(reported).as("walks that met the damage and said so").isGreaterThan(30);
    }

    /** Walks every entry (at most twice the map's count: damage can lead a branch back to pages walked already). */
    private void walkBounded(Path path) {
        try (Env<ByteBuffer> env = env(path); Txn<ByteBuffer> txn = env.txnRead()) {
            Dbi<ByteBuffer> main = env.openDbi(txn, (byte[]) null, null, false);
            PageWalk walk = new PageWalk(path).start(main.get(txn, direct(NAME)), NAME.length, env.stat().pageSize,
                    env.info().lastPageNumber);
            int steps = 0;
            for (boolean on = walk.first(); on && steps < 6_000; on = walk.next()) {
                bytes(walk.key());
                bytes(walk.value());
                steps++;
            }
            walk.seek(new byte[] {(byte) 0x80});
        }
    }

    private long rootOf(Path path) {
        try (Env<ByteBuffer> env = env(path); Txn<ByteBuffer> txn = env.txnRead()) {
            ByteBuffer record = env.openDbi(txn, (byte[]) null, null, false).get(txn, direct(NAME));
            return record.duplicate().order(ByteOrder.nativeOrder()).getLong(PageWalk.DB_ROOT);
        }
    }
}
