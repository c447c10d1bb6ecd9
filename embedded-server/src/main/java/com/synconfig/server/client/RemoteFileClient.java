package com.synconfig.server.client;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.RandomSourceRule;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.wire.ProtocolException;
import com.synconfig.server.wire.Request;
import com.synconfig.server.wire.Response;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * A connection to an embedded file server, as a Synergy program's remote OPEN makes one. Without
 * {@code encrypt} it starts in clear and switches to TLS when the service says it encrypts; with {@code encrypt}
 * it starts with TLS and fails with {@code $ERR_CLNTERR} when the service does not encrypt or shares no protocol.
 * Unlike the original's client it checks the server's certificate ({@link ServerTrust}), and it never goes on in
 * clear (nor sends a password) when it asked for encryption or a level, or was told whom to trust.
 * One request at a time; thread-safe.
 */
public final class RemoteFileClient implements AutoCloseable {

    private final FrameConnection connection;
    private final ClientOptions options;
    private final Response.HelloOk hello;

    private RemoteFileClient(FrameConnection connection, ClientOptions options, Response.HelloOk hello) {
        this.connection = connection;
        this.options = options;
        this.hello = hello;
    }

    public static RemoteFileClient connect(ClientOptions o) throws RemoteFileException {
        List<Finding> random = RandomSourceRule.check(o.randomSource());
        if (!random.isEmpty()) {
            throw RemoteFileException.clientServerError(o.host(), random.get(0).message() + " Fix: " + random.get(0).fix());
        }
        if (o.encrypt()) {
            return overTls(o);
        }
        FrameConnection clear = open(o, plainSocket(o));
        Response r = greet(clear, o);
        if (r instanceof Response.TlsRequired) {
            clear.close();
            return overTls(o);
        }
        return finish(clear, o, r);
    }

    private static RemoteFileClient overTls(ClientOptions o) throws RemoteFileException {
        VerifyingTrustManager verifier = new VerifyingTrustManager(o.trust());
        SSLSocket socket;
        try {
            socket = (SSLSocket) tlsContext(verifier).getSocketFactory().createSocket(plainSocket(o), o.host(), o.port(),
                    true);
            if (o.trust().checksHostName()) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
            }
            socket.setEnabledProtocols(offered(socket.getSupportedProtocols(), o));
            socket.startHandshake();
        } catch (IOException e) {
            if (verifier.refusal() != null) {
                throw new ServerNotTrustedException(o.host(), verifier.refused(), verifier.refusal().getMessage(),
                        o.trust().source());
            }
            throw whyTlsFailed(o, e);
        }
        FrameConnection c = open(o, socket);
        return finish(c, o, greet(c, o));
    }

    /**
     * After a failed handshake, a clear HELLO tells "service does not encrypt" from "no shared protocol", and shows
     * a refusal the server sent in clear instead of a handshake.
     */
    private static RemoteFileException whyTlsFailed(ClientOptions o, IOException handshakeFailure) {
        try (FrameConnection probe = open(o, plainSocket(o))) {
            Response r = greet(probe, o);
            if (r instanceof Response.Error) {
                return fromResponse(o, r); // e.g. refused: too many connections
            }
            return RemoteFileException.clientServerError(o.host(),
                    r instanceof Response.TlsRequired ? ErrorCode.NO_SHARED_PROTOCOL_INFO : "");
        } catch (RemoteFileException probeFailed) {
            return RemoteFileException.clientServerError(o.host(), "Error requesting secure connection: "
                    + handshakeFailure.getMessage());
        }
    }

    private static RemoteFileClient finish(FrameConnection c, ClientOptions o, Response r) throws RemoteFileException {
        if (!(r instanceof Response.HelloOk hello)) {
            c.close();
            throw fromResponse(o, r);
        }
        if (!(c.socket() instanceof SSLSocket)) {
            String refusal = whyNotInClear(o, hello);
            if (refusal != null) {
                c.close();
                throw RemoteFileException.clientServerError(o.host(), refusal);
            }
        }
        RemoteFileClient client = new RemoteFileClient(c, o, hello);
        if (hello.secure()) {
            if (o.user() == null || o.password() == null) {
                client.close();
                throw new RemoteFileException(ErrorCode.LOGIN, ErrorCode.LOGIN.text(),
                        "service " + hello.serverName() + " runs in secure mode: give a user name and password");
            }
            try {
                client.call(new Request.Login(o.user(), o.password()));
            } catch (RemoteFileException e) {
                client.close();
                throw e;
            }
        }
        return client;
    }

    /** Why this client must not go on (nor send a password) over a clear connection; {@code null} when it may. */
    private static String whyNotInClear(ClientOptions o, Response.HelloOk hello) {
        if (o.scl() != null) {
            return "security compliance level " + o.scl().number() + " asked of service " + hello.serverName()
                    + ", which does not encrypt; ask for no level, or use an encrypted service";
        }
        String expected = o.trust().expectsEncryption() ? "it was told to verify the server against " + o.trust().source()
                : o.encrypt() ? "it was told to encrypt"
                : hello.encrypted() ? "the HELLO answer claims an encrypted connection" : null;
        return expected == null ? null : "service " + hello.serverName() + " answered in clear, but this client expects"
                + " encryption (" + expected + "); nothing was sent, no password either";
    }

    private static Response greet(FrameConnection c, ClientOptions o) throws RemoteFileException {
        try {
            return c.call(new Request.Hello(Frames.MAGIC, Frames.VERSION));
        } catch (IOException | ProtocolException e) {
            c.close();
            throw RemoteFileException.clientServerError(o.host(), "no answer to HELLO: " + e.getMessage());
        }
    }

    private static FrameConnection open(ClientOptions o, Socket s) throws RemoteFileException {
        try {
            return new FrameConnection(s);
        } catch (IOException e) {
            throw RemoteFileException.clientServerError(o.host(), e.getMessage());
        }
    }

    private static Socket plainSocket(ClientOptions o) throws RemoteFileException {
        Socket s = new Socket();
        try {
            int ms = (int) o.timeout().toMillis();
            s.connect(new InetSocketAddress(o.host(), o.port()), ms);
            s.setSoTimeout(ms);
            s.setTcpNoDelay(true);
            return s;
        } catch (IOException e) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already failed
            }
            throw RemoteFileException.clientServerError(o.host(), "cannot connect to port " + o.port() + ": "
                    + e.getMessage());
        }
    }

    private static String[] offered(String[] available, ClientOptions o) {
        return Arrays.stream(available).filter(o.offeredProtocols()::contains).toArray(String[]::new);
    }

    private static SSLContext tlsContext(VerifyingTrustManager verifier) throws IOException {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {verifier}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IOException("no TLS in this Java runtime: " + e.getMessage(), e);
        }
    }

    /** The service's name as it introduced itself. */
    public String serviceName() {
        return hello.serverName();
    }

    public boolean encrypted() {
        return connection.socket() instanceof SSLSocket;
    }

    /** Negotiated protocol, e.g. {@code TLSv1.3}; empty in clear. */
    public String protocol() {
        return connection.socket() instanceof SSLSocket s ? s.getSession().getProtocol() : "";
    }

    /** Negotiated suite (JSSE name); empty in clear. */
    public String cipherSuite() {
        return connection.socket() instanceof SSLSocket s ? s.getSession().getCipherSuite() : "";
    }

    /** OPEN: {@code options} in the original's qualifier style, e.g. {@code /encrypt/scl=3}, may be empty. */
    public RemoteFile open(String path, OpenMode mode, String options) throws RemoteFileException {
        Response.Opened o = (Response.Opened) call(new Request.Open(path, mode, options == null ? "" : options));
        return new RemoteFile(this, o.channel(), mode, o.kind(), o.recordSize());
    }

    /** Sends a request; an error answer becomes a {@link RemoteFileException}. */
    Response call(Request request) throws RemoteFileException {
        Response r;
        try {
            r = connection.call(request);
        } catch (IOException | ProtocolException e) {
            connection.close();
            throw RemoteFileException.clientServerError(options.host(), "connection lost: " + why(e));
        }
        if (r instanceof Response.Error) {
            throw fromResponse(options, r);
        }
        return r;
    }

    /**
     * Sends a SELECT and hands each record of its streamed answer to {@code each}, in order, as the frames arrive.
     * An answer that breaks off (the connection closes, a frame is malformed or not a BATCH) closes the connection
     * and says after how many records; an error answer becomes a {@link RemoteFileException}.
     */
    void select(Request.Select request, Consumer<byte[]> each) throws RemoteFileException {
        SelectAnswer answer = new SelectAnswer(each);
        try {
            connection.stream(request, answer::take);
        } catch (IOException | ProtocolException e) {
            connection.close();
            throw RemoteFileException.clientServerError(options.host(), "connection lost: the select's answer broke"
                    + " off after " + answer.records() + (answer.records() == 1 ? " record: " : " records: ") + why(e));
        }
        Response.Error error = answer.end();
        if (error != null) {
            throw fromResponse(options, error);
        }
    }

    private static String why(Exception e) {
        return e instanceof EOFException ? "the server closed the connection" : e.getMessage();
    }

    private static RemoteFileException fromResponse(ClientOptions o, Response r) {
        if (r instanceof Response.Error e) {
            String text = e.code() == ErrorCode.CLNTERR ? ErrorCode.clientServerError(o.host()) : e.text();
            return new RemoteFileException(e.code(), text, e.info());
        }
        return RemoteFileException.clientServerError(o.host(), "unexpected answer " + r);
    }

    @Override
    public void close() {
        try {
            connection.call(new Request.Bye());
        } catch (IOException | RuntimeException ignored) {
            // the server may be gone already
        } finally {
            connection.close();
        }
    }
}
