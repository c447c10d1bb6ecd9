package com.synconfig.server.net;

import com.synconfig.server.store.SelectCursor;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.Response;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.ByteBuffer;

/**
 * One BATCH frame of a streamed select, written in place into one pooled direct buffer that goes to the socket (or
 * the TLS engine) as it is: the length field, code, {@code more} flag and record count are reserved first and filled
 * in by {@link #finish}; each record is copied once, from the store's view straight into the frame. It takes at most
 * {@code maxRecords} records and, unless its first record alone is larger, {@code maxBytes} bytes of records (each
 * counted with its 4-byte length field), so every frame fits in {@link Frames#MAX_PAYLOAD}.
 */
final class BatchFrame implements SelectCursor.RecordSink {

    private static final int MORE_AT = Frames.LENGTH_FIELD + 1;
    private static final int COUNT_AT = MORE_AT + 1;
    /** Length field, code, more, count. */
    static final int HEADER = COUNT_AT + 4;
    private static final int RECORD_LENGTH_FIELD = 4;
    /** Bytes reserved per record when the file's records vary in length; the buffer grows past it if needed. */
    private static final int VARIABLE_RECORD_GUESS = 256;

    private final ByteBuf buf;
    private final int maxRecords;
    private final int maxBytes;
    private int records;
    private long recordBytes;

    private BatchFrame(ByteBuf buf, int maxRecords, int maxBytes) {
        this.buf = buf;
        this.maxRecords = maxRecords;
        this.maxBytes = maxBytes;
        buf.writeZero(HEADER).setByte(Frames.LENGTH_FIELD, Response.BATCH);
    }

    /**
     * A frame for records of {@code recordSize} bytes (0: variable), sized for a full frame so that it rarely has
     * to grow (which would copy it).
     */
    static BatchFrame open(ByteBufAllocator alloc, int maxRecords, int maxBytes, int recordSize) {
        long largest = HEADER + (long) Math.max(maxBytes, Frames.MAX_RECORD + RECORD_LENGTH_FIELD);
        long full = HEADER + (long) maxRecords * ((recordSize > 0 ? recordSize : VARIABLE_RECORD_GUESS)
                + RECORD_LENGTH_FIELD);
        int capacity = (int) Math.min(full, HEADER + (long) maxBytes);
        return new BatchFrame(alloc.directBuffer(capacity, (int) Math.min(largest, Integer.MAX_VALUE)), maxRecords,
                maxBytes);
    }

    @Override
    public boolean offer(ByteBuffer record) {
        int length = record.remaining();
        long size = (long) length + RECORD_LENGTH_FIELD;
        if (records == maxRecords || records > 0 && recordBytes + size > maxBytes) {
            return false;
        }
        int at = record.position();
        buf.writeInt(length).writeBytes(record);
        record.position(at);
        records++;
        recordBytes += size;
        return true;
    }

    int records() {
        return records;
    }

    /** Fills in the header; the frame is then ready to write. {@code last}: no frame of this select follows. */
    ByteBuf finish(boolean last) {
        return buf.setInt(0, buf.readableBytes() - Frames.LENGTH_FIELD).setBoolean(MORE_AT, !last)
                .setInt(COUNT_AT, records);
    }

    /** Gives the buffer back when the frame is not sent after all. */
    void discard() {
        buf.release();
    }
}
