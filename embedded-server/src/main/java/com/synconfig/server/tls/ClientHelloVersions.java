package com.synconfig.server.tls;

import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * What a TLS ClientHello says about protocol versions: the highest version the client offers (its
 * {@code supported_versions} extension, else its legacy version) and whether it signals a fallback with
 * TLS_FALLBACK_SCSV (RFC 7507). Read from the raw records before any engine sees them, without consuming them.
 *
 * @param highest the highest offered version on the wire ({@code 0x0303} is TLS 1.2, {@code 0x0304} TLS 1.3)
 */
public record ClientHelloVersions(int highest, boolean signalsFallback) {

    private static final int HANDSHAKE_RECORD = 0x16;
    private static final int CLIENT_HELLO = 1;
    private static final int RECORD_HEADER = 5;
    private static final int FALLBACK_SCSV = 0x5600;
    private static final int SUPPORTED_VERSIONS = 0x002b;
    private static final int SSL_3 = 0x0300;
    private static final int TLS_1_3 = 0x0304;
    /** Longer ClientHellos are left to the engine unread: no real client sends one, and reading stays bounded. */
    static final int MAX_HELLO = 16 * 1024;

    /** The wire version of a JSSE protocol name ({@code TLSv1.2} -> {@code 0x0303}), or -1. */
    public static int wireVersion(String protocol) {
        return switch (protocol) {
            case "TLSv1" -> 0x0301;
            case "TLSv1.1" -> 0x0302;
            case "TLSv1.2" -> 0x0303;
            case "TLSv1.3" -> 0x0304;
            default -> -1;
        };
    }

    /** The highest wire version among JSSE protocol names. */
    public static int highestOf(List<String> protocols) {
        return protocols.stream().mapToInt(ClientHelloVersions::wireVersion).max().orElse(-1);
    }

    /**
     * Reads the ClientHello at the buffer's reader index (it may span several records).
     *
     * @return its versions; {@code null} when more bytes are needed
     * @throws IllegalArgumentException when the bytes are not a ClientHello this reader understands (the engine
     *                                  then answers them itself)
     */
    public static ClientHelloVersions read(ByteBuf records) {
        byte[] hello = handshakeMessage(records);
        return hello == null ? null : parse(hello);
    }

    /** The first handshake message's bytes gathered from its records, or {@code null} when not all have arrived. */
    private static byte[] handshakeMessage(ByteBuf in) {
        int at = in.readerIndex();
        byte[] message = null;
        int have = 0;
        while (in.writerIndex() - at >= RECORD_HEADER) {
            require(at - in.readerIndex() <= 4 * MAX_HELLO, "ClientHello spread over too many records");
            require(in.getUnsignedByte(at) == HANDSHAKE_RECORD, "not a handshake record");
            int length = in.getUnsignedShort(at + 3);
            if (in.writerIndex() - at - RECORD_HEADER < length) {
                return null;
            }
            if (message == null) {
                require(length >= 4 && in.getUnsignedByte(at + RECORD_HEADER) == CLIENT_HELLO, "not a ClientHello");
                int total = 4 + in.getUnsignedMedium(at + RECORD_HEADER + 1);
                require(total <= MAX_HELLO, "ClientHello too long to read");
                message = new byte[total];
            }
            int take = Math.min(length, message.length - have);
            in.getBytes(at + RECORD_HEADER, message, have, take);
            have += take;
            if (have == message.length) {
                return message;
            }
            at += RECORD_HEADER + length;
        }
        return null;
    }

    private static ClientHelloVersions parse(byte[] m) {
        Reader r = new Reader(m, 4);
        int legacy = r.u16();
        r.skip(32);                 // random
        r.skip(r.u8());             // session id
        int suitesEnd = r.u16() + r.at;
        boolean scsv = false;
        while (r.at < suitesEnd) {
            scsv |= r.u16() == FALLBACK_SCSV;
        }
        r.skip(r.u8());             // compression methods
        int highest = legacy;
        if (r.at < m.length) {
            int extensionsEnd = r.u16() + r.at;
            while (r.at < extensionsEnd) {
                int type = r.u16();
                int end = r.u16() + r.at;
                if (type == SUPPORTED_VERSIONS) {
                    highest = highestListed(r, r.u8() + r.at);
                }
                r.at = end;
            }
        }
        require(r.at <= m.length, "ClientHello shorter than its fields");
        return new ClientHelloVersions(highest, scsv);
    }

    /** The highest real version in a supported_versions list (GREASE and drafts are skipped). */
    private static int highestListed(Reader r, int end) {
        int highest = -1;
        while (r.at < end) {
            int v = r.u16();
            if (v >= SSL_3 && v <= TLS_1_3) {
                highest = Math.max(highest, v);
            }
        }
        return highest;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException(what);
        }
    }

    /** Big-endian reads that fail (instead of reading past the end) on a truncated message. */
    private static final class Reader {
        private final byte[] m;
        private int at;

        Reader(byte[] m, int at) {
            this.m = m;
            this.at = at;
        }

        int u8() {
            require(at < m.length, "ClientHello shorter than its fields");
            return m[at++] & 0xff;
        }

        int u16() {
            return (u8() << 8) | u8();
        }

        void skip(int n) {
            at += n;
            require(at <= m.length, "ClientHello shorter than its fields");
        }
    }
}
