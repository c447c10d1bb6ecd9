package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.OpenMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client cannot write a sequential file that the server would then open as an ISAM file, nor open the files that
 * belong to one: LMDB trusts the structure of what it maps, so a crafted or truncated file could crash the server.
 */
class SequentialLookalikeTest {

    @TempDir
    Path dir;

    @Test
    void aSequentialFileCannotStartLikeAnIsamFile() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        IsamFile.create(data.resolve("real.ism"), new IsamDefinition(4, List.of(KeySpec.parse("1:4")), false)).close();
        byte[] isamHead = Arrays.copyOf(Files.readAllBytes(data.resolve("real.ism")), 24);
        try (FileStore store = new FileStore(new DataRoot(data))) {
            try (RecordChannel c = store.open("fake.ism", OpenMode.OUTPUT, OpenOptions.parse("/recsiz=12"), false)) {
                c.store(Arrays.copyOf(isamHead, 12)); // alone, the first half is harmless
                assertThatThrownBy(() -> c.store(Arrays.copyOfRange(isamHead, 12, 24)))
                        .isInstanceOfSatisfying(StoreException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.FILOPT);
                            assertThat(e.info()).contains("'fake.ism'").contains("cannot start with the bytes of an ISAM");
                        });
            }
            assertThat(IsamFile.isIsam(data.resolve("fake.ism"))).isFalse();
            try (RecordChannel c = store.open("former.txt", OpenMode.OUTPUT, OpenOptions.parse(""), false)) {
                assertThatThrownBy(() -> c.store("H:2,block:0".getBytes(StandardCharsets.US_ASCII)))
                        .isInstanceOf(StoreException.class);
                c.store("H:1, a line like any other".getBytes(StandardCharsets.US_ASCII));
            }
            assertThat(Files.readString(data.resolve("former.txt"))).isEqualTo("H:1, a line like any other\n");
            // nor open what belongs to an ISAM file: LMDB's lock file (the server maps it) is no sequential file
            assertThatThrownBy(() -> store.open("real.ism-lock", OpenMode.OUTPUT, OpenOptions.parse(""), false))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.FILSPC);
                        assertThat(e.info()).isEqualTo("'real.ism-lock' belongs to the ISAM file beside it and cannot "
                                + "be opened");
                    });
            assertThat(data.resolve("real.ism-lock")).doesNotExist();
        }
    }
}
