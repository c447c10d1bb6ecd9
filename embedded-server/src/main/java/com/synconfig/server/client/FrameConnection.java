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

/** A blocking socket speaking length-prefixed frames: one request, then its answer (one frame, or a select's stream). */
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
        send(request);
        return receive();
    }

    /**
     * Sends a request answered by several frames and hands them, in order, to {@code answer} until it says the answer
     * is complete; no other request goes out meanwhile.
     */
    synchronized void stream(Request request, AnswerFrames answer) throws IOException {
        send(request);
        while (answer.take(receive())) {
            // the next frame belongs to the same answer
        }
    }

    /** Takes the frames of one answer. */
    @FunctionalInterface
    interface AnswerFrames {
        /** @return {@code true} when more frames of the same answer follow */
        boolean take(Response frame);
    }

    private void send(Request request) throws IOException {
        byte[] payload = request.encode();
        out.writeInt(payload.length);
        out.write(payload);
        out.flush();
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
