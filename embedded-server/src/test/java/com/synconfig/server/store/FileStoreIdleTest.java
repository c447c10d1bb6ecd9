package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.Eventually;
import com.synconfig.server.wire.OpenMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file stays open (its pages in memory) after its last channel closes, until it has been idle for a while, while
 * at most so many are idle, or until the store closes. LMDB's lock file ({@code NAME-lock}) exists exactly while the
 * file is open, which shows it from outside.
 */
class FileStoreIdleTest {

    @TempDir
    Path dir;

    private FileStore store(Duration idle, int maxIdle) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        for (String name : List.of("a.ism", "b.ism")) {
            IsamFile.create(data.resolve(name), new IsamDefinition(4, List.of(KeySpec.parse("1:4")), false)).close();
        }
        return new FileStore(new DataRoot(data), idle, maxIdle);
    }

    private boolean isOpen(String name) {
        return Files.exists(dir.resolve("data").resolve(name + "-lock"));
    }

    private static void use(FileStore store, String name) {
        try (RecordChannel c = store.open(name, OpenMode.UPDATE, OpenOptions.parse(""), false)) {
            c.store(name.substring(0, 1).repeat(4).getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aFileStaysOpenAfterItsLastChannelUntilItHasBeenIdleLongEnough() throws Exception {
        // long enough that the checks below run before it closes, however loaded the machine; Eventually waits 30 s
        try (FileStore store = store(Duration.ofSeconds(3), 8)) {
            assertThat(isOpen("a.ism")).isFalse();
            use(store, "a.ism");
            assertThat(store.openIsamFiles()).isZero();
            assertThat(store.idleIsamFiles()).isEqualTo(1);
            assertThat(isOpen("a.ism")).isTrue();
            Eventually.holds(() -> store.idleIsamFiles() == 0);
            assertThat(isOpen("a.ism")).isFalse();
        }
    }

    @Test
    void aChannelOpenedMeanwhileKeepsItOpenAndTheLongestIdleClosesFirstBeyondTheBound() throws Exception {
        try (FileStore store = store(Duration.ofHours(1), 1)) {
            use(store, "a.ism");
            RecordChannel a = store.open("a.ism", OpenMode.INPUT, OpenOptions.parse(""), false);
            assertThat(store.openIsamFiles()).isEqualTo(1);
            assertThat(store.idleIsamFiles()).isZero();
            a.close();
            use(store, "b.ism");
            assertThat(store.idleIsamFiles()).isEqualTo(1);
            assertThat(isOpen("a.ism")).as("a.ism, idle longest, closed beyond the bound of one").isFalse();
            assertThat(isOpen("b.ism")).isTrue();
            store.close();
            assertThat(isOpen("b.ism")).as("every file closes with the store").isFalse();
            assertThat(store.idleIsamFiles()).isZero();
        }
    }
}
