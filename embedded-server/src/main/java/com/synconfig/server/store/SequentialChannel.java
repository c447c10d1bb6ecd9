package com.synconfig.server.store;

import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.OpenMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A channel on a sequential file: records are lines ending in LF (a CR before it is dropped) or, with
 * {@code /recsiz=N}, fixed blocks of N bytes. Input mode reads forward; output mode truncates and writes; append
 * mode writes at the end. Each write reaches the operating system before it is acknowledged.
 */
final class SequentialChannel implements RecordChannel {

    private final Path path;
    private final FileChannel channel;
    /** The file as the client named it, for error answers. */
    private final String name;
    private final OpenMode mode;
    private final int recordSize;
    private final ByteBuffer buffer = ByteBuffer.allocate(8192).flip();

    SequentialChannel(Path path, String name, OpenMode mode, int recordSize) throws IOException {
        this.path = path;
        this.name = name;
        this.mode = mode;
        this.recordSize = recordSize;
        this.channel = switch (mode) {
            case INPUT -> FileChannel.open(path, StandardOpenOption.READ);
            case OUTPUT -> FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            case APPEND -> FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            case UPDATE -> throw new StoreException(ErrorCode.FILOPT, "update mode needs an ISAM file");
        };
    }

    @Override
    public String kind() {
        return "SEQUENTIAL";
    }

    @Override
    public int recordSize() {
        return recordSize;
    }

    @Override
    public boolean networkEncrypt() {
        return false;
    }

    @Override
    public byte[] readSequential(boolean previous, boolean lock) {
        if (previous) {
            throw new StoreException(ErrorCode.FILOPT, "a sequential file reads forward only");
        }
        if (mode != OpenMode.INPUT) {
            throw new StoreException(ErrorCode.IOMODE, "the file is open for output");
        }
        try {
            return recordSize > 0 ? readFixed() : readLine();
        } catch (IOException e) {
            throw StoreException.io(ErrorCode.IOFAIL, name, e);
        }
    }

    private byte[] readFixed() throws IOException {
        byte[] rec = new byte[recordSize];
        int n = 0;
        while (n < recordSize) {
            if (!fill()) {
                break;
            }
            int take = Math.min(buffer.remaining(), recordSize - n);
            buffer.get(rec, n, take);
            n += take;
        }
        if (n == 0) {
            throw new StoreException(ErrorCode.EOF);
        }
        return n == recordSize ? rec : Arrays.copyOf(rec, n);
    }

    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean any = false;
        while (fill()) {
            any = true;
            byte b = buffer.get();
            if (b == '\n') {
                return stripCr(line.toByteArray());
            }
            if (line.size() >= Frames.MAX_RECORD) {
                throw new StoreException(ErrorCode.IRCSIZ, "line longer than " + Frames.MAX_RECORD + " bytes");
            }
            line.write(b);
        }
        if (!any) {
            throw new StoreException(ErrorCode.EOF);
        }
        return stripCr(line.toByteArray());
    }

    private static byte[] stripCr(byte[] b) {
        return b.length > 0 && b[b.length - 1] == '\r' ? Arrays.copyOf(b, b.length - 1) : b;
    }

    private boolean fill() throws IOException {
        if (buffer.hasRemaining()) {
            return true;
        }
        buffer.clear();
        int n = channel.read(buffer);
        buffer.flip();
        return n > 0;
    }

    @Override
    public void store(byte[] record) {
        if (!mode.writes()) {
            throw new StoreException(ErrorCode.IOMODE, "the file is open for input");
        }
        ByteBuffer out;
        if (recordSize > 0) {
            if (record.length != recordSize) {
                throw new StoreException(ErrorCode.IRCSIZ, "records of this file are " + recordSize + " bytes, got "
                        + record.length);
            }
            out = ByteBuffer.wrap(record);
        } else {
            for (byte b : record) {
                if (b == '\n') {
                    throw new StoreException(ErrorCode.IRCSIZ, "a line record cannot contain a line feed");
                }
            }
            out = ByteBuffer.allocate(record.length + 1).put(record).put((byte) '\n').flip();
        }
        try {
            refuseIsamHead(out);
            while (out.hasRemaining()) {
                channel.write(out);
            }
        } catch (IOException e) {
            throw StoreException.io(ErrorCode.IOFAIL, name, e);
        }
    }

    /**
     * Refuses a write that would make the file start like an ISAM file: the server would then open it as one, and
     * LMDB trusts the structure of the files it maps (a crafted one could crash the server).
     */
    private void refuseIsamHead(ByteBuffer out) throws IOException {
        if (channel.size() >= IsamFormat.HEAD_BYTES) {
            return;
        }
        ByteBuffer head = ByteBuffer.allocate(IsamFormat.HEAD_BYTES);
        try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ)) {
            while (head.hasRemaining() && in.read(head) > 0) {
                // reads the bytes written so far
            }
        }
        head.put(out.duplicate().limit(Math.min(out.limit(), out.position() + head.remaining())));
        if (IsamFile.looksLikeIsam(Arrays.copyOf(head.array(), head.position()))) {
            throw new StoreException(ErrorCode.FILOPT, "'" + name + "': a sequential file cannot start with the bytes "
                    + "of an ISAM file; create ISAM files with synconfig isam create");
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a file we only read or appended to: nothing left to save
        }
    }
}
