package com.synconfig.server.wire;

import java.util.ArrayList;
import java.util.List;

/** Everything the server answers; opcodes and layouts are in docs/protocol.md. */
public interface Response {

    int HELLO_OK = 0x81, TLS_REQUIRED = 0x82, OK = 0x90, OPENED = 0x91, RECORD = 0x92, BATCH = 0x93,
            VALUE = 0x94, ERROR = 0xEE;

    byte[] encode();

    /** @param secure the service wants a LOGIN before anything else */
    record HelloOk(int version, String serverName, boolean secure, boolean encrypted) implements Response {
        public byte[] encode() {
            return new WireWriter(HELLO_OK).u16(version).string(serverName).bool(secure).bool(encrypted)
                    .toByteArray();
        }
    }

    /** An encrypted service's answer to a client that spoke in clear; the client reconnects with TLS. */
    record TlsRequired() implements Response {
        public byte[] encode() {
            return new WireWriter(TLS_REQUIRED).toByteArray();
        }
    }

    record Ok() implements Response {
        public byte[] encode() {
            return new WireWriter(OK).toByteArray();
        }
    }

    /** @param kind {@code ISAM} or {@code SEQUENTIAL}; recordSize 0 for variable-length records */
    record Opened(int channel, String kind, int recordSize) implements Response {
        public byte[] encode() {
            return new WireWriter(OPENED).i32(channel).string(kind).i32(recordSize).toByteArray();
        }
    }

    record Record(byte[] data) implements Response {
        public byte[] encode() {
            return new WireWriter(RECORD).bytes(data).toByteArray();
        }
    }

    /**
     * One frame of a SELECT's streamed answer; {@code more} says whether further BATCH frames of it follow. The
     * server writes these frames in place ({@code net.BatchFrame}); the client decodes them here.
     */
    record Batch(List<byte[]> records, boolean more) implements Response {
        public Batch {
            records = List.copyOf(records);
        }

        public byte[] encode() {
            WireWriter w = new WireWriter(BATCH).bool(more).i32(records.size());
            records.forEach(w::bytes);
            return w.toByteArray();
        }
    }

    record Value(String text) implements Response {
        public byte[] encode() {
            return new WireWriter(VALUE).string(text).toByteArray();
        }
    }

    /**
     * @param info informational text, empty when there is none; cut to {@value #MAX_INFO} characters so that an
     *             error answer can always be sent, whatever a client's request held
     */
    record Error(ErrorCode code, String text, String info) implements Response {
        public static final int MAX_INFO = 2_000;

        public Error {
            text = ClientText.bounded(text == null ? "" : text, MAX_INFO);
            info = ClientText.bounded(info == null ? "" : info, MAX_INFO);
        }

        public static Error of(ErrorCode code) {
            return new Error(code, code.text(), "");
        }

        public static Error of(ErrorCode code, String info) {
            return new Error(code, code.text(), info);
        }

        public byte[] encode() {
            return new WireWriter(ERROR).string(code.mnemonic()).string(text).string(info).toByteArray();
        }
    }

    static Response decode(byte[] payload) {
        WireReader r = new WireReader(payload);
        int op = r.u8();
        Response res = switch (op) {
            case HELLO_OK -> new HelloOk(r.u16(), r.string(), r.bool(), r.bool());
            case TLS_REQUIRED -> new TlsRequired();
            case OK -> new Ok();
            case OPENED -> new Opened(r.i32(), r.string(), r.i32());
            case RECORD -> new Record(r.bytes());
            case BATCH -> {
                boolean more = r.bool();
                int n = r.i32();
                if (n < 0 || n > Frames.MAX_BATCH) {
                    throw new ProtocolException("batch of " + n + " records");
                }
                List<byte[]> records = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    records.add(r.bytes());
                }
                yield new Batch(records, more);
            }
            case VALUE -> new Value(r.string());
            case ERROR -> new Error(ErrorCode.fromMnemonic(r.string()), r.string(), r.string());
            default -> throw new ProtocolException(String.format("unknown response code 0x%02X", op));
        };
        r.end();
        return res;
    }
}
