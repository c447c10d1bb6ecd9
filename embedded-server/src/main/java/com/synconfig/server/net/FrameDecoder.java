package com.synconfig.server.net;

import com.synconfig.server.wire.Frames;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;

/**
 * Splits the byte stream into frames. A connection that has not finished HELLO (and LOGIN in secure mode) may send
 * only small frames, so a stranger cannot make the server buffer megabytes; once admitted, payloads up to
 * {@link Frames#MAX_PAYLOAD} bytes are accepted. A longer length prefix is refused as soon as it is read: a
 * {@link RefusedFrame} event for the dispatcher (which answers and closes), not an exception, since it is what
 * any stranger's bytes look like (an HTTP request reads as a frame of a gigabyte); nothing is read after it.
 */
final class FrameDecoder extends LengthFieldBasedFrameDecoder {

    /** A frame refused by its length, and why. */
    record RefusedFrame(String why) {
    }

    private final Session session;
    private final int maxPreLoginFrame;
    private boolean refused;

    FrameDecoder(Session session, int maxPreLoginFrame) {
        // the decoder's own bound counts the length field too: MAX_PAYLOAD itself must pass
        super(Frames.MAX_PAYLOAD + Frames.LENGTH_FIELD, 0, Frames.LENGTH_FIELD, 0, Frames.LENGTH_FIELD);
        this.session = session;
        this.maxPreLoginFrame = maxPreLoginFrame;
    }

    @Override
    protected Object decode(ChannelHandlerContext ctx, ByteBuf in) throws Exception {
        if (!refused && in.readableBytes() >= Frames.LENGTH_FIELD) {
            String why = refusal(in.getUnsignedInt(in.readerIndex()));
            if (why != null) {
                refused = true;
                ctx.fireUserEventTriggered(new RefusedFrame(why));
            }
        }
        if (refused) {
            in.skipBytes(in.readableBytes());
            return null;
        }
        return super.decode(ctx, in);
    }

    private String refusal(long payload) {
        if (session.user == null && payload > maxPreLoginFrame) {
            return "a frame of " + payload + " bytes before login; at most " + maxPreLoginFrame
                    + " bytes are accepted until HELLO (and LOGIN in secure mode) are done";
        }
        if (payload > Frames.MAX_PAYLOAD) {
            return "a frame of " + payload + " bytes; at most " + Frames.MAX_PAYLOAD + " bytes are accepted";
        }
        return null;
    }
}
