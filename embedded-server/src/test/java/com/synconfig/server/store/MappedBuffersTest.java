package com.synconfig.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The buffers LMDB hands values in are pooled per thread. A file's readers take theirs on the threads that read
 * (the server's workers) and give them back on the thread that closes the file (the idle-file closer): that thread
 * must not keep every buffer it is given, file after file, for the life of the server.
 */
class MappedBuffersTest {

    @TempDir
    Path dir;

    @Test
    void aThreadThatClosesFilesOthersReadKeepsFewBuffers() throws Exception {
        Path path = dir.resolve("f.ism");
        try (IsamFile f = IsamFile.create(path, new IsamDefinition(4, List.of(KeySpec.parse("1:4")), false))) {
            f.insert("AAAA".getBytes(StandardCharsets.US_ASCII));
        }
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 200; i++) {
                IsamFile f = IsamFile.open(path);
                reader.submit(() -> f.next(0, null)).get(); // a reader (transaction and cursor) on the other thread
                f.close(); // frees that reader's buffers here
            }
        } finally {
            reader.shutdown();
        }
        assertThat(MappedBuffers.pooledHere()).isLessThanOrEqualTo(MappedBuffers.MAX_POOLED);
    }
}
