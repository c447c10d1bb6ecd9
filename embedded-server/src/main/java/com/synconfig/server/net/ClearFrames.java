package com.synconfig.server.net;

import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.Response;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * A whole frame, its length field in place, in one pooled buffer: how the server writes every frame, a refusal
 * before the framing handlers are in the pipeline as much as an answer (no length is prepended on the way out, so a
 * {@link BatchFrame} written in place goes out as it is).
 */
final class ClearFrames {

    private ClearFrames() {
    }

    static ByteBuf of(ByteBufAllocator alloc, Response r) {
        byte[] payload = r.encode();
        return alloc.buffer(Frames.LENGTH_FIELD + payload.length).writeInt(payload.length).writeBytes(payload);
    }
}
