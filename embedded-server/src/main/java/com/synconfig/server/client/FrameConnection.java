package com.synconfig.server.client;

import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.ProtocolException;
import com.synconfig.server.wire.Request;
import com.synconfig.server.wire.Response;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;

/** A blocking socket speaking length-prefixed frames: one request, then its response. */
final class FrameConnection implements AutoCloseable {

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    FrameConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
    }

    Socket socket() {
        return socket;
    }

    synchronized Response call(Request request) throws IOException {
        byte[] payload = request.encode();
        out.writeInt(payload.length);
        out.write(payload);
        out.flush();
        return receive();
    }

    private Response receive() throws IOException {
        int len = in.readInt();
        if (len < 1 || len > Frames.MAX_PAYLOAD) {
            throw new ProtocolException("the server sent a frame of " + len + " bytes");
        }
        byte[] payload = new byte[len];
        in.readFully(payload);
        return Response.decode(payload);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing to recover
        }
    }
}
