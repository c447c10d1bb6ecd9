package com.synconfig.server.net;

import com.synconfig.server.store.SelectCursor;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;

/**
 * A SELECT's answer on its way: BATCH frames the server pushes one after another, no request between them, the last
 * one with {@code more} = 0. The {@link RequestDispatcher} asks for the next frame only while the connection can
 * take output (Netty's writability: below the write-buffer high-water mark) and again when it becomes writable, so a
 * client that stops reading holds up its own select, never fills the server's memory; requests read meanwhile wait
 * their turn. Between frames it holds only the cursor's position: nothing to release when the connection closes.
 */
final class SelectStream {

    /**
     * Frames one connection's stream writes before its worker turns to the other connections it serves (a fast
     * reader would otherwise keep the writability up and the worker to itself).
     */
    static final int FRAMES_PER_TURN = 8;

    private final int channel;
    private final SelectCursor cursor;
    private final int recordsPerFrame;
    private final int maxBytes;
    private final int recordSize;
    private long records;
    private int frames;

    /**
     * @param channel         the client's channel number, for the log
     * @param recordsPerFrame at most this many records per BATCH frame
     * @param maxBytes        at most this many bytes of records per frame (a larger lone record still goes)
     * @param recordSize      the file's record size (0: variable), to size the frames' buffers
     */
    SelectStream(int channel, SelectCursor cursor, int recordsPerFrame, int maxBytes, int recordSize) {
        this.channel = channel;
        this.cursor = cursor;
        this.recordsPerFrame = recordsPerFrame;
        this.maxBytes = maxBytes;
        this.recordSize = recordSize;
    }

    /**
     * Fills the next frame from the cursor and writes it (the first frame goes out even when it holds no record).
     *
     * @return the write of the last frame when this one ended the select, else {@code null}
     */
    ChannelFuture writeNext(ChannelHandlerContext ctx) {
        BatchFrame frame = BatchFrame.open(ctx.alloc(), recordsPerFrame, maxBytes, recordSize);
        boolean last;
        try {
            last = cursor.next(frame);
        } catch (Throwable failure) {
            frame.discard();
            throw failure;
        }
        records += frame.records();
        frames++;
        ChannelFuture write = ctx.writeAndFlush(frame.finish(last));
        return last ? write : null;
    }

    /** For the log once the select has ended. */
    String summary() {
        return "sent " + records + " selected records in " + frames + (frames == 1 ? " frame" : " frames")
                + " on channel " + channel;
    }
}
