package com.synconfig.server.net;

import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.ProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.nio.ByteOrder;

/**
 * Splits the byte stream into frames. A connection that has not finished HELLO (and LOGIN in secure mode) may send
 * only small frames, so a stranger cannot make the server buffer megabytes; once admitted, payloads up to
 * {@link Frames#MAX_PAYLOAD} bytes are accepted. A longer length prefix is refused as soon as it is read.
 */
final class FrameDecoder extends LengthFieldBasedFrameDecoder {

    private final Session session;
    private final int maxPreLoginFrame;

    FrameDecoder(Session session, int maxPreLoginFrame) {
        // the decoder's own bound counts the length field too: MAX_PAYLOAD itself must pass
        super(Frames.MAX_PAYLOAD + Frames.LENGTH_FIELD, 0, Frames.LENGTH_FIELD, 0, Frames.LENGTH_FIELD);
        this.session = session;
        this.maxPreLoginFrame = maxPreLoginFrame;
    }

    @Override
    protected long getUnadjustedFrameLength(ByteBuf buf, int offset, int length, ByteOrder order) {
        long payload = super.getUnadjustedFrameLength(buf, offset, length, order);
        if (session.user == null && payload > maxPreLoginFrame) {
            throw new ProtocolException("a frame of " + payload + " bytes before login; at most " + maxPreLoginFrame
                    + " bytes are accepted until HELLO (and LOGIN in secure mode) are done");
        }
        if (payload > Frames.MAX_PAYLOAD) {
            throw new ProtocolException("a frame of " + payload + " bytes; at most " + Frames.MAX_PAYLOAD
                    + " bytes are accepted");
        }
        return payload;
    }
}
