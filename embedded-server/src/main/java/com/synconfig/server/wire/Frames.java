package com.synconfig.server.wire;

/** Framing constants shared by the server and the client (docs/protocol.md, "Framing"). */
public final class Frames {

    /** Every frame starts with a 4-byte big-endian payload length. */
    public static final int LENGTH_FIELD = 4;
    /** Largest payload accepted; a longer length prefix closes the connection. */
    public static final int MAX_PAYLOAD = 1 << 20;
    /** Protocol version spoken in HELLO: 2 streams a SELECT's answer (version 1 had a FETCH per batch). */
    public static final int VERSION = 2;
    /** Bytes a HELLO starts with, so a stray client is recognised at once. */
    public static final String MAGIC = "SYNX";
    /** Largest record a file can hold, so a record always fits in a frame with room for headers. */
    public static final int MAX_RECORD = 65_535;
    /**
     * Most records in one BATCH frame of a select's answer (frames are also bounded by bytes: 512 KiB of records by
     * default). Fewer, larger frames cost the server less per record: each frame is a scan of the store, a hand-over
     * to the connection's event loop and a socket write.
     */
    public static final int MAX_BATCH = 8_192;
    /** Records per frame when a SELECT asks for 0: the most a client of the first protocol-2 builds accepts. */
    public static final int DEFAULT_BATCH = 500;

    private Frames() {
    }
}
