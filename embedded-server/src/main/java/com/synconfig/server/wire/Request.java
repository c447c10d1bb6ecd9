package com.synconfig.server.wire;


/** Everything a client can ask; opcodes and layouts are in docs/protocol.md. */
public interface Request {

    int HELLO = 0x01, LOGIN = 0x02, BYE = 0x03,
            OPEN = 0x10, READ = 0x11, READS = 0x12, FIND = 0x13, STORE = 0x14, WRITE = 0x15, DELETE = 0x16,
            UNLOCK = 0x17, CLOSE = 0x18, SELECT = 0x19, GETFA = 0x1B, ISINFO = 0x1C;

    /** The payload of this request's frame. */
    byte[] encode();

    /** A request that names an open channel. */
    interface OnChannel extends Request {
        int channel();
    }

    record Hello(String magic, int version) implements Request {
        public byte[] encode() {
            return new WireWriter(HELLO).string(magic).u16(version).toByteArray();
        }
    }

    record Login(String user, String password) implements Request {
        public byte[] encode() {
            return new WireWriter(LOGIN).string(user).string(password).toByteArray();
        }

        @Override
        public String toString() {
            return "Login[user=" + user + "]";
        }
    }

    record Bye() implements Request {
        public byte[] encode() {
            return new WireWriter(BYE).toByteArray();
        }
    }

    record Open(String path, OpenMode mode, String options) implements Request {
        public byte[] encode() {
            return new WireWriter(OPEN).string(path).u8(mode.ordinal()).string(options).toByteArray();
        }
    }

    record Read(int channel, int keyNumber, byte[] key, Match match, boolean lock) implements OnChannel {
        public byte[] encode() {
            return new WireWriter(READ).i32(channel).u8(keyNumber).bytes(key).u8(match.ordinal()).bool(lock)
                    .toByteArray();
        }
    }

    record ReadSequential(int channel, boolean previous, boolean lock) implements OnChannel {
        public byte[] encode() {
            return new WireWriter(READS).i32(channel).bool(previous).bool(lock).toByteArray();
        }
    }

    record Find(int channel, int keyNumber, byte[] key, Match match) implements OnChannel {
        public byte[] encode() {
            return new WireWriter(FIND).i32(channel).u8(keyNumber).bytes(key).u8(match.ordinal()).toByteArray();
        }
    }

    record Store(int channel, byte[] record) implements OnChannel {
        public byte[] encode() {
            return new WireWriter(STORE).i32(channel).bytes(record).toByteArray();
        }
    }

    record Write(int channel, byte[] record) implements OnChannel {
        public byte[] encode() {
            return new WireWriter(WRITE).i32(channel).bytes(record).toByteArray();
        }
    }

    record Delete(int channel) implements OnChannel {
        public byte[] encode() {
            return new WireWriter(DELETE).i32(channel).toByteArray();
        }
    }

    record Unlock(int channel) implements OnChannel {
        public byte[] encode() {
            return new WireWriter(UNLOCK).i32(channel).toByteArray();
        }
    }

    record Close(int channel) implements OnChannel {
        public byte[] encode() {
            return new WireWriter(CLOSE).i32(channel).toByteArray();
        }
    }

    /** Answered by a stream of BATCH frames of at most {@code batchSize} records each (0: 500; over 8,192: 8,192). */
    record Select(int channel, SelectFilter filter, int batchSize) implements OnChannel {
        public byte[] encode() {
            WireWriter w = new WireWriter(SELECT).i32(channel).u16(batchSize);
            filter.writeTo(w);
            return w.toByteArray();
        }
    }

    record GetFa(int channel, String attribute, int fieldLength) implements OnChannel {
        public byte[] encode() {
            return new WireWriter(GETFA).i32(channel).string(attribute).u16(fieldLength).toByteArray();
        }
    }

    record IsInfo(int channel, String question) implements OnChannel {
        public byte[] encode() {
            return new WireWriter(ISINFO).i32(channel).string(question).toByteArray();
        }
    }

    /** Decodes one frame payload; anything malformed is a {@link ProtocolException}. */
    static Request decode(byte[] payload) {
        WireReader r = new WireReader(payload);
        int op = r.u8();
        Request req = switch (op) {
            case HELLO -> new Hello(r.string(), r.u16());
            case LOGIN -> new Login(r.string(), r.string());
            case BYE -> new Bye();
            case OPEN -> new Open(r.string(), OpenMode.fromWire(r.u8()), r.string());
            case READ -> new Read(r.i32(), r.u8(), r.bytes(), Match.fromWire(r.u8()), r.bool());
            case READS -> new ReadSequential(r.i32(), r.bool(), r.bool());
            case FIND -> new Find(r.i32(), r.u8(), r.bytes(), Match.fromWire(r.u8()));
            case STORE -> new Store(r.i32(), r.bytes());
            case WRITE -> new Write(r.i32(), r.bytes());
            case DELETE -> new Delete(r.i32());
            case UNLOCK -> new Unlock(r.i32());
            case CLOSE -> new Close(r.i32());
            case SELECT -> {
                int channel = r.i32();
                int batch = r.u16();
                yield new Select(channel, SelectFilter.readFrom(r), batch);
            }
            case GETFA -> new GetFa(r.i32(), r.string(), r.u16());
            case ISINFO -> new IsInfo(r.i32(), r.string());
            default -> throw new ProtocolException(String.format("unknown request code 0x%02X", op));
        };
        r.end();
        return req;
    }
}
