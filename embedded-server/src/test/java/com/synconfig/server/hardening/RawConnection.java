package com.synconfig.server.hardening;

import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.Request;
import com.synconfig.server.wire.Response;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;

/** A clear connection that sends whatever bytes a test wants, hostile ones included, and reads raw answers. */
final class RawConnection implements AutoCloseable {

    /** Long enough never to fire on a healthy server; fires only when the server leaves a test hanging. */
    private static final int READ_TIMEOUT_MS = 20_000;

    final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    RawConnection(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(READ_TIMEOUT_MS);
        in = new DataInputStream(socket.getInputStream());
        out = new DataOutputStream(socket.getOutputStream());
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
