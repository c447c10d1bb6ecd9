package com.synconfig.server.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds one frame payload: big-endian integers, strings as u16 length + UTF-8, byte blocks as u32 length + bytes. */
public final class WireWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

    public WireWriter(int opcode) {
        u8(opcode);
    }

    public WireWriter u8(int v) {
        out.write(v & 0xFF);
        return this;
    }

    public WireWriter bool(boolean v) {
        return u8(v ? 1 : 0);
    }

    public WireWriter u16(int v) {
        out.write((v >>> 8) & 0xFF);
        out.write(v & 0xFF);
        return this;
    }

    public WireWriter i32(int v) {
        u16(v >>> 16);
        return u16(v);
    }

    public WireWriter i64(long v) {
        i32((int) (v >>> 32));
        return i32((int) v);
    }

    public WireWriter string(String s) {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        if (b.length > 0xFFFF) {
            throw new IllegalArgumentException("string too long for the wire: " + b.length + " bytes");
        }
        u16(b.length);
        out.writeBytes(b);
        return this;
    }

    public WireWriter bytes(byte[] b) {
        i32(b.length);
        out.writeBytes(b);
        return this;
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
