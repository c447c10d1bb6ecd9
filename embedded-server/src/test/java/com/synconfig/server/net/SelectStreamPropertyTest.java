package com.synconfig.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.store.DataRoot;
import com.synconfig.server.store.FileStore;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.store.OpenOptions;
import com.synconfig.server.store.RecordChannel;
import com.synconfig.server.wire.FieldTest;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.wire.Response;
import com.synconfig.server.wire.SelectFilter;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The frames a select stream writes in place, read back as the client reads them: each a well-formed BATCH that
 * fits in a frame, none over its record or byte bound (but for a lone large record), none short of them but the
 * last, only the last with {@code more} = 0, and together exactly the matching records in key order. Records vary
 * in length (8 bytes to 70 KiB), so frame buffers start too small for some and must grow.
 */
class SelectStreamPropertyTest {

    private static final int RECORDS = 700;
    private static final int RECORD_LENGTH_FIELD = 4;
    private static Path dir;
    private static FileStore files;
    /** The records in key order. */
    private static List<byte[]> stored;

    @BeforeContainer
    static void makeFile() throws IOException {
        dir = Files.createTempDirectory("select-stream");
        Random random = new Random(12);
        stored = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            int length = random.nextInt(20) == 0 ? Frames.MAX_RECORD - random.nextInt(100) : 9 + random.nextInt(3000);
            byte[] r = new byte[length];
            random.nextBytes(r);
            System.arraycopy(String.format("K%07d", i).getBytes(StandardCharsets.ISO_8859_1), 0, r, 0, 8);
            r[8] = (byte) ('a' + random.nextInt(3));
            stored.add(r);
        }
        List<byte[]> scrambled = new ArrayList<>(stored);
        java.util.Collections.shuffle(scrambled, random);
        try (IsamFile f = IsamFile.create(dir.resolve("v.ism"), new IsamDefinition(0, List.of(KeySpec.parse("1:8")),
                false))) {
            f.insertAll(scrambled);
        }
        files = new FileStore(new DataRoot(dir));
    }

    @AfterContainer
    static void removeFile() throws IOException {
        files.close();
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 40)
    void framesAreBoundedFullButTheLastAndTogetherTheMatchingRecords(
            @ForAll @IntRange(min = 1, max = Frames.MAX_BATCH) int recordsPerFrame,
            @ForAll @IntRange(min = 1, max = 600_000) int maxBytes,
            @ForAll boolean onlyA) {
        SelectFilter filter = new SelectFilter(0, new byte[0], new byte[0],
                onlyA ? List.of(FieldTest.parse("9:1=a")) : List.of());
        List<byte[]> expected = stored.stream().filter(r -> !onlyA || r[8] == 'a').toList();

        List<Response.Batch> frames = streamAll(filter, recordsPerFrame, maxBytes);

        List<byte[]> got = new ArrayList<>();
        frames.forEach(f -> got.addAll(f.records()));
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < got.size(); i++) {
            assertThat(Arrays.equals(got.get(i), expected.get(i))).as("record %d", i).isTrue();
        }
        int next = 0;
        for (int i = 0; i < frames.size(); i++) {
            Response.Batch f = frames.get(i);
            List<byte[]> rs = f.records();
            long bytes = rs.stream().mapToLong(r -> r.length + RECORD_LENGTH_FIELD).sum();
            next += rs.size();
            assertThat(rs.size()).isLessThanOrEqualTo(recordsPerFrame);
            assertThat(rs.size() == 1 || bytes <= maxBytes).as("frame %d: %d bytes of records", i, bytes).isTrue();
            if (i < frames.size() - 1) {
                assertThat(f.more()).as("frame %d of %d", i, frames.size()).isTrue();
                boolean full = rs.size() == recordsPerFrame
                        || bytes + expected.get(next).length + RECORD_LENGTH_FIELD > maxBytes;
                assertThat(full).as("frame %d ended before it was full", i).isTrue();
            } else {
                assertThat(f.more()).as("the last frame").isFalse();
            }
        }
    }

    @Property(tries = 5)
    void aSelectWithoutMatchesIsOneEmptyLastFrame(@ForAll @IntRange(min = 1, max = Frames.MAX_BATCH) int perFrame) {
        SelectFilter none = new SelectFilter(0, new byte[0], new byte[0], List.of(FieldTest.parse("9:1=z")));
        List<Response.Batch> frames = streamAll(none, perFrame, 512 * 1024);
        assertThat(frames).singleElement().satisfies(f -> {
            assertThat(f.records()).isEmpty();
            assertThat(f.more()).isFalse();
        });
    }

    /** Runs a stream to its end on an embedded channel; returns its frames decoded as the client decodes them. */
    private static List<Response.Batch> streamAll(SelectFilter filter, int recordsPerFrame, int maxBytes) {
        EmbeddedChannel channel = new EmbeddedChannel(new ChannelInboundHandlerAdapter());
        ChannelHandlerContext ctx = channel.pipeline().firstContext();
        RecordChannel file = files.open("v.ism", OpenMode.INPUT, OpenOptions.parse(""), false);
        try {
            SelectStream stream = new SelectStream(1, file.select(filter), recordsPerFrame, maxBytes, file.recordSize());
            List<Response.Batch> frames = new ArrayList<>();
            ChannelFuture last = null;
            while (last == null) {
                assertThat(frames).as("frames of a %d-record select", RECORDS).hasSizeLessThanOrEqualTo(RECORDS + 1);
                last = stream.writeNext(ctx);
                frames.add(decode(channel.readOutbound()));
            }
            assertThat(last.isSuccess()).isTrue();
            assertThat((Object) channel.readOutbound()).isNull();
            return frames;
        } finally {
            file.close();
            channel.finishAndReleaseAll();
        }
    }

    private static Response.Batch decode(ByteBuf frame) {
        try {
            int length = frame.readInt();
            assertThat(length).isEqualTo(frame.readableBytes()).isBetween(1, Frames.MAX_PAYLOAD);
            byte[] payload = new byte[length];
            frame.readBytes(payload);
            return (Response.Batch) Response.decode(payload);
        } finally {
            frame.release();
        }
    }
}
