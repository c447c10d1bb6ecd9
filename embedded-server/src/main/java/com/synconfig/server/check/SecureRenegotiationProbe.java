package com.synconfig.server.check;

import com.synconfig.model.service.Endpoint;
import com.synconfig.model.servicecheck.ProbeResult;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.TlsProtocol;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

/**
 * Whether the server supports secure renegotiation (RFC 5746), read from its ServerHello: neither engine tells a
 * client whether the server sent the {@code renegotiation_info} extension, so this sends its own ClientHello (every
 * catalog suite for the protocol, the extension, the common groups and signature algorithms, as testssl.sh does) and
 * reads the answer's extensions. It never completes the handshake.
 */
final class SecureRenegotiationProbe {

    private static final int HANDSHAKE = 0x16;
    private static final int ALERT = 0x15;
    private static final int SERVER_HELLO = 2;
    private static final int RENEGOTIATION_INFO = 0xff01;
    private static final int[] GROUPS = {0x001d, 0x0017, 0x0018, 0x0019};
    private static final int[] SIGNATURES = {0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601,
        0x0201, 0x0203};
    private static final String WHO = "a raw ClientHello";

    private SecureRenegotiationProbe() {
    }

    /** @param protocol a protocol below TLS 1.3 the server accepts */
    static ProbeResult probe(Endpoint endpoint, TlsProtocol protocol, Duration timeout) throws NoAnswerException {
        int millis = Math.toIntExact(timeout.toMillis());
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), millis);
            } catch (IOException e) {
                throw new NoAnswerException(endpoint + ": nothing answers (" + e.getMessage() + ")", e);
            }
            socket.setSoTimeout(millis);
            socket.getOutputStream().write(clientHello(endpoint.host(), protocol));
            socket.getOutputStream().flush();
            return answer(socket.getInputStream(), protocol);
        } catch (NoAnswerException e) {
            throw e;
        } catch (IOException e) {
            return ProbeResult.notTestable(WHO + " (" + protocol.id() + ") got no ServerHello: "
                    + HandshakeProbe.message(e));
        }
    }

    private static ProbeResult answer(InputStream in, TlsProtocol protocol) throws IOException {
        byte[] hello = serverHello(new DataInputStream(in));
        if (hello == null) {
            return ProbeResult.notTestable(WHO + " (" + protocol.id() + ") was answered with an alert");
        }
        boolean found = extensions(hello).contains(RENEGOTIATION_INFO);
        String evidence = WHO + " (" + protocol.id() + "): the ServerHello " + (found ? "carries" : "lacks")
                + " renegotiation_info";
        return found ? ProbeResult.accepted(null, null, evidence) : ProbeResult.refused(evidence);
    }

    /** The ServerHello's body, or {@code null} when the server answers with an alert. */
    private static byte[] serverHello(DataInputStream in) throws IOException {
        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        while (true) {
            int type = in.readUnsignedByte();
            in.readUnsignedShort(); // record version
            byte[] fragment = new byte[in.readUnsignedShort()];
            in.readFully(fragment);
            if (type == ALERT) {
                return null;
            }
            if (type != HANDSHAKE) {
                throw new IOException("record type " + type + " before the ServerHello");
            }
            handshake.write(fragment);
            byte[] h = handshake.toByteArray();
            if (h.length >= 4) {
                int length = ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
                if (h[0] != SERVER_HELLO) {
                    throw new IOException("handshake message " + h[0] + " instead of a ServerHello");
                }
                if (h.length >= 4 + length) {
                    byte[] body = new byte[length];
                    System.arraycopy(h, 4, body, 0, length);
                    return body;
                }
            }
        }
    }

    /** The extension types of a ServerHello body. */
    static List<Integer> extensions(byte[] body) throws EOFException {
        int at = 2 + 32; // version, random
        at += 1 + (body[at] & 0xff); // session id
        at += 2 + 1; // cipher suite, compression
        if (at + 2 > body.length) {
            return List.of(); // no extensions at all
        }
        int end = at + 2 + u16(body, at);
        at += 2;
        java.util.ArrayList<Integer> types = new java.util.ArrayList<>();
        while (at + 4 <= end) {
            types.add(u16(body, at));
            at += 4 + u16(body, at + 2);
        }
        if (end > body.length) {
            throw new EOFException("ServerHello extensions run past the message");
        }
        return types;
    }

    static byte[] clientHello(String host, TlsProtocol protocol) {
        Bytes body = new Bytes();
        body.u16(version(protocol));
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.raw(random);
        body.u8(0); // no session id
        List<CipherSuite> suites = CipherCatalog.standard().all().stream()
                .filter(s -> !s.isTls13() && s.usableWith(protocol)).toList();
        body.u16(suites.size() * 2);
        suites.forEach(s -> body.u16(s.code()));
        body.u8(1).u8(0); // null compression
        Bytes extensions = new Bytes();
        extensions.u16(RENEGOTIATION_INFO).u16(1).u8(0);
        extensions.u16(0x000a).u16(2 + GROUPS.length * 2).u16(GROUPS.length * 2);
        for (int g : GROUPS) {
            extensions.u16(g);
        }
        extensions.u16(0x000b).u16(2).u8(1).u8(0); // uncompressed points
        extensions.u16(0x000d).u16(2 + SIGNATURES.length * 2).u16(SIGNATURES.length * 2);
        for (int s : SIGNATURES) {
            extensions.u16(s);
        }
        if (!host.isEmpty() && !Character.isDigit(host.charAt(host.length() - 1)) && !host.contains(":")) {
            byte[] name = host.getBytes(StandardCharsets.US_ASCII);
            extensions.u16(0x0000).u16(name.length + 5).u16(name.length + 3).u8(0).u16(name.length).raw(name);
        }
        body.u16(extensions.size()).raw(extensions.bytes());
        Bytes handshake = new Bytes().u8(1).u24(body.size()).raw(body.bytes());
        return new Bytes().u8(HANDSHAKE).u16(0x0301).u16(handshake.size()).raw(handshake.bytes()).bytes();
    }

    private static int version(TlsProtocol protocol) {
        return switch (protocol) {
            case TLS_V1 -> 0x0301;
            case TLS_V1_1 -> 0x0302;
            default -> 0x0303;
        };
    }

    private static int u16(byte[] b, int at) throws EOFException {
        if (at + 2 > b.length) {
            throw new EOFException("ServerHello ends early");
        }
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    /** A growing big-endian byte string. */
    private static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes u8(int v) {
            out.write(v);
            return this;
        }

        Bytes u16(int v) {
            return u8(v >> 8).u8(v & 0xff);
        }

        Bytes u24(int v) {
            return u8(v >> 16).u16(v & 0xffff);
        }

        Bytes raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        int size() {
            return out.size();
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
