package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.wire.ErrorCode;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmdbjava.Env;
import org.lmdbjava.EnvFlags;

/** A damaged or foreign file is refused with a plain reason naming it, and is left as it was. */
class DamagedIsamFileTest {

    @TempDir
    Path dir;

    private Path validFile(String name) {
        Path path = dir.resolve(name);
        try (IsamFile f = IsamFile.create(path, new IsamDefinition(8, List.of(KeySpec.parse("1:8")), false))) {
            f.insertAll(java.util.stream.IntStream.range(0, 1000).mapToObj(i -> String.format("%08d", i).getBytes())
                    .toList());
        }
        return path;
    }

    private void refusedUnchanged(Path path, ErrorCode code, String reason) throws Exception {
        byte[] before = Files.readAllBytes(path);
        assertThatThrownBy(() -> IsamFile.open(path)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.info()).contains("'" + path.getFileName() + "'").contains(reason).doesNotContain("Exception");
        });
        assertThat(Files.readAllBytes(path)).as("the file is left as it was").isEqualTo(before);
        assertThat(LmdbIsam.lockFile(path)).doesNotExist();
        // and nothing of it stays open: a valid file of the same name could be opened now
    }

    @Test
    void aFileWhoseMetaPagesAreDamagedIsRefused() throws Exception {
        Path path = validFile("meta.ism");
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw")) {
            int page = 4096;
            for (int meta = 0; meta < 2; meta++) { // both meta pages: their version field and beyond
                raf.seek((long) meta * page + 20);
                raf.write(new byte[64]);
            }
        }
        // the version field is part of what tells an ISAM file: with it gone, the file is no ISAM file
        refusedUnchanged(path, ErrorCode.FILSPC, "is not an ISAM file");
    }

    @Test
    void aTruncatedFileIsRefusedAsDamaged() throws Exception {
        Path path = validFile("short.ism");
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw")) {
            raf.seek(40); // the meta page's map size, root pages and transaction id: nonsense
            raf.write(ByteBuffer.allocate(48).putLong(Long.MAX_VALUE).putLong(-1).putLong(-1).putLong(-1).array());
            raf.setLength(4096 + 100);
        }
        refusedUnchanged(path, ErrorCode.FILSPC, "damaged");
    }

    @Test
    void anLmdbFileThatIsNoIsamFileIsRefused() throws Exception {
        Path path = dir.resolve("foreign.ism");
        Files.createFile(path);
        try (Env<ByteBuffer> env = Env.create(MappedBuffers.PROXY).setMaxDbs(2).open(path.toFile(), EnvFlags.MDB_NOSUBDIR)) {
            env.openDbi("something", org.lmdbjava.DbiFlags.MDB_CREATE);
        }
        Files.deleteIfExists(LmdbIsam.lockFile(path));
        assertThat(IsamFile.isIsam(path)).isTrue();
        refusedUnchanged(path, ErrorCode.FILSPC, "not an ISAM file of this version");
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithoutBeingTouched() throws Exception {
        Path path = dir.resolve("text.ism");
        Files.writeString(path, "");
        refusedUnchanged(path, ErrorCode.FILSPC, "is not an ISAM file");
        Files.writeString(path, "just some lines\nof text\n");
        refusedUnchanged(path, ErrorCode.FILSPC, "is not an ISAM file");
    }
}
