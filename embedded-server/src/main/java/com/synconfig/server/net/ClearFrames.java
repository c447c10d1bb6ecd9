package com.synconfig.server.net;

import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.Response;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/** A whole frame written before the framing handlers are in the pipeline (or instead of them). */
final class ClearFrames {

    private ClearFrames() {
    }

    static ByteBuf of(ByteBufAllocator alloc, Response r) {
        byte[] payload = r.encode();
        return alloc.buffer(Frames.LENGTH_FIELD + payload.length).writeInt(payload.length).writeBytes(payload);
    }
}
