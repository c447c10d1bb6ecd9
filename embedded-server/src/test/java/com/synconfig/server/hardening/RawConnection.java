package com.synconfig.server.hardening;

import com.synconfig.server.client.AcceptAnyServer;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.Request;
import com.synconfig.server.wire.Response;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/** A connection that sends whatever bytes a test wants, hostile ones included, and reads raw answers. */
final class RawConnection implements AutoCloseable {

    /** Long enough never to fire on a healthy server; fires only when the server leaves a test hanging. */
    private static final int READ_TIMEOUT_MS = 20_000;

    final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    RawConnection(int port) throws IOException {
        this(new Socket("127.0.0.1", port));
    }

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(READ_TIMEOUT_MS);
        in = new DataInputStream(socket.getInputStream());
        out = new DataOutputStream(socket.getOutputStream());
    }

    /** A connection over TLS (the server's certificate is not checked: these tests attack the server). */
    static RawConnection tls(int port) throws IOException {
        return overTls(new Socket("127.0.0.1", port), port);
    }

    /** A TLS handshake over {@code plain}, already connected to {@code port}. */
    static RawConnection overTls(Socket plain, int port) throws IOException {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new AcceptAnyServer()}, null);
            SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(plain, "127.0.0.1", port, true);
            s.setSoTimeout(READ_TIMEOUT_MS);
            s.startHandshake();
            return new RawConnection(s);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /**
     * A connection whose socket receive buffer is fixed at {@code receiveBuffer} bytes (no autotuning), so that a test
     * that stops reading sees the server stop sending soon.
     */
    static RawConnection open(int port, boolean tls, int receiveBuffer) throws IOException {
        Socket plain = new Socket();
        plain.setReceiveBufferSize(receiveBuffer);
        plain.connect(new java.net.InetSocketAddress("127.0.0.1", port));
        return tls ? overTls(plain, port) : new RawConnection(plain);
    }

    /** Opens a connection in clear or over TLS. */
    static RawConnection open(int port, boolean tls) throws IOException {
        return tls ? tls(port) : new RawConnection(port);
    }

    RawConnection send(Request r) throws IOException {
        return frame(r.encode());
    }

    RawConnection frame(byte[] payload) throws IOException {
        out.writeInt(payload.length);
        out.write(payload);
        out.flush();
        return this;
    }

    /** Sends a length prefix and only part of the payload it announces. */
    RawConnection partialFrame(int announced, int sent) throws IOException {
        out.writeInt(announced);
        out.write(new byte[sent]);
        out.flush();
        return this;
    }

    RawConnection hello() throws IOException {
        send(new Request.Hello(Frames.MAGIC, Frames.VERSION));
        if (!(receive() instanceof Response.HelloOk)) {
            throw new IOException("no HELLO_OK");
        }
        return this;
    }

    Response receive() throws IOException {
        int len = in.readInt();
        byte[] payload = new byte[len];
        in.readFully(payload);
        return Response.decode(payload);
    }

    /** Whether the server closed the connection (reads what it still sends first). */
    boolean closedByServer() throws IOException {
        try {
            while (in.read() >= 0) {
                // drain
            }
            return true;
        } catch (EOFException e) {
            return true;
        } catch (IOException reset) {
            return reset.getMessage() != null && reset.getMessage().contains("reset");
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
