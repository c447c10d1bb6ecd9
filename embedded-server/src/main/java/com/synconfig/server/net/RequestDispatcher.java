package com.synconfig.server.net;

import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Scl;
import com.synconfig.model.tls.CipherDescriptions;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.auth.LoginThrottle;
import com.synconfig.server.store.OpenOptions;
import com.synconfig.server.store.RecordChannel;
import com.synconfig.server.store.StoreException;
import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.ProtocolException;
import com.synconfig.server.wire.Request;
import com.synconfig.server.wire.Response;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import javax.net.ssl.SSLSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one connection's requests in order. What touches no file and no password hash (HELLO, BYE, LOGIN in
 * non-secure mode) is answered on the event loop, without a thread hop, as long as nothing waits on the worker;
 * everything else on the connection's worker, a single thread taken from the server's worker group (file I/O
 * never blocks the event loop; one worker per connection keeps its requests in order), and while a request is
 * there, the ones after it follow it there. HELLO comes first; in secure mode LOGIN next; anything out of order
 * or malformed gets a {@code $ERR_PROTOCOL} frame and the connection is closed. File errors are answered and the
 * connection stays.
 */
final class RequestDispatcher extends SimpleChannelInboundHandler<ByteBuf> {

    /** Refusals basic logging always records: paths escaping the data root, encryption demanded and missing. */
    private static final java.util.Set<ErrorCode> SECURITY_REFUSALS =
            java.util.EnumSet.of(ErrorCode.FILSPC, ErrorCode.NETCRYPT, ErrorCode.CLNTERR);

    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

    /** Longest GETFA SLC answer, as in the original. */
    static final int MAX_SLC = 128;

    private final ServerContext context;
    private final Session session;
    private final InFlightLimiter limiter;

    private final GuardedWorker worker;
    /**
     * Answers owed, in the order their requests were read: a request to handle or a refusal of what came after the
     * ones before it (a frame refused by its length). Touched on the worker only.
     */
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    /** The SELECT answer being streamed, if any: it goes out before the waiting requests are answered. Worker only. */
    private SelectStream streaming;
    /**
     * Requests handed to the worker whose answers are not yet written; touched on the event loop only (the worker
     * counts an answer down with a task queued to the loop after the answer's write, so that a request answered on
     * the loop cannot overtake it).
     */
    private int handedToWorker;

    RequestDispatcher(ServerContext context, Session session, InFlightLimiter limiter) {
        this.context = context;
        this.session = session;
        this.limiter = limiter;
        this.worker = new GuardedWorker(context.workers.next());
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof FrameDecoder.RefusedFrame refused) {
            failInOrder(ctx, refused.why());
            return;
        }
        if (evt instanceof SslHandshakeCompletionEvent hs) {
            session.handshaking = false;
            if (hs.isSuccess()) {
                SSLSession tls = ctx.pipeline().get(SslHandler.class).engine().getSession();
                session.protocol = tls.getProtocol();
                session.cipher = tls.getCipherSuite();
                context.events.emit(ServerEvent.Kind.CONNECTED, session.remote,
                        "TLS established: " + session.protocol + " " + session.cipher);
            } else {
                context.events.emit(ServerEvent.Kind.TLS_FAILED, session.remote,
                        "TLS handshake failed: " + rootMessage(hs.cause()));
                ctx.close();
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
        byte[] payload = ByteBufUtil.getBytes(frame);
        if (handedToWorker == 0 && answerableOnLoop(payload) && ctx.channel().isWritable()) {
            GuardedWorker.runContained(() -> handle(ctx, payload), failure -> internalFailure(ctx, failure, true));
            return;
        }
        handToWorker(ctx, () -> handle(ctx, payload));
    }

    /** Queues an answer on the worker, behind the answers already waiting there. */
    private void handToWorker(ChannelHandlerContext ctx, Runnable answer) {
        handedToWorker++;
        onWorker(ctx, () -> {
            waiting.add(answer);
            answerWaiting(ctx);
        });
    }

    /** A request that touches no file and no password hash: cheap enough for the event loop. */
    private boolean answerableOnLoop(byte[] payload) {
        int code = payload.length == 0 ? -1 : payload[0] & 0xFF;
        return code == Request.HELLO || code == Request.BYE || (code == Request.LOGIN && !context.settings.secure());
    }

    /** Counts down a request answered on the worker, on the loop, after its answer's write. */
    private void answeredOnWorker(ChannelHandlerContext ctx) {
        try {
            ctx.executor().execute(() -> handedToWorker--);
        } catch (RejectedExecutionException stopping) {
            // the connection goes with its event loop
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            onWorker(ctx, () -> answerWaiting(ctx));
        }
        ctx.fireChannelWritabilityChanged();
    }

    /**
     * Streams the running select's frames, then answers the waiting requests in order, while the connection can
     * take more output: a client that sends requests (or a SELECT) and does not read the answers gets no more
     * queued than the socket's write buffer holds (then the {@link InFlightLimiter} stops reading from it), so it
     * cannot fill the server's memory.
     */
    private void answerWaiting(ChannelHandlerContext ctx) {
        int frames = 0;
        while (ctx.channel().isWritable()) {
            if (streaming != null) {
                if (frames++ == SelectStream.FRAMES_PER_TURN) {
                    onWorker(ctx, () -> answerWaiting(ctx)); // the worker's other connections first
                    return;
                }
                GuardedWorker.runContained(() -> streamNext(ctx), failure -> {
                    streaming = null;
                    internalFailure(ctx, failure, true);
                });
                if (streaming == null) {
                    answeredOnWorker(ctx);
                }
            } else if (!waiting.isEmpty()) {
                GuardedWorker.runContained(waiting.poll(), failure -> internalFailure(ctx, failure, true));
                if (streaming == null) { // a SELECT is answered when its stream ends
                    answeredOnWorker(ctx);
                }
            } else {
                return;
            }
        }
    }

    /** Writes the running select's next frame; its last frame (or an error) answers the SELECT. */
    private void streamNext(ChannelHandlerContext ctx) {
        try {
            ChannelFuture last = streaming.writeNext(ctx);
            if (last != null) {
                limiter.answered(last);
                context.events.emit(ServerEvent.Kind.DATA, session.remote, streaming.summary());
                streaming = null;
            }
        } catch (StoreException e) {
            streaming = null;
            refuse(ctx, e);
        } catch (RuntimeException e) {
            streaming = null;
            internalFailure(ctx, e, false);
        }
    }

    /** Runs a task on this connection's worker; when the server is stopping and takes no more, closes instead. */
    private void onWorker(ChannelHandlerContext ctx, Runnable task) {
        try {
            worker.execute(task, failure -> internalFailure(ctx, failure, true));
        } catch (RejectedExecutionException stopping) {
            session.closeAll();
            ctx.close();
        }
    }

    /**
     * A request the server failed to answer through no fault of the client's (a bug, a damaged file, memory running
     * out): counted for {@code server status}, logged with its cause, answered with a plain reason (the details stay
     * in the log) and, after an {@link Error}, the connection closed, since its state is unknown. Must not throw.
     */
    private void internalFailure(ChannelHandlerContext ctx, Throwable failure, boolean close) {
        context.internalErrors.increment();
        try {
            LOG.error("service {}: a request from {} failed inside the server", context.settings.name(), session.remote,
                    failure);
            context.events.emit(ServerEvent.Kind.INTERNAL_ERROR, session.remote,
                    "the server failed to answer a request (" + failure + ")" + (close ? "; connection closed" : ""));
            ChannelFuture answer = send(ctx, Response.Error.of(ErrorCode.IOFAIL,
                    "the server failed to answer this request; details are in the server log"));
            if (close) {
                answer.addListener(ChannelFutureListener.CLOSE);
            }
        } catch (Throwable alsoFailed) {
            ctx.channel().close();
        }
    }

    private void handle(ChannelHandlerContext ctx, byte[] payload) {
        Request request;
        try {
            request = Request.decode(payload);
        } catch (ProtocolException e) {
            fail(ctx, e.getMessage());
            return;
        }
        if (context.settings.logLevel().includes(LogLevel.REQUESTS)) { // toString() is costly: only when logged
            context.events.emit(ServerEvent.Kind.REQUEST, session.remote, ClientText.quote(request.toString()));
        }
        if (!session.helloDone && !(request instanceof Request.Hello)) {
            fail(ctx, "HELLO must come first");
        } else if (context.settings.secure() && session.user == null
                && !(request instanceof Request.Hello || request instanceof Request.Login)) {
            fail(ctx, "log in first: this service runs in secure mode");
        } else {
            try {
                answer(ctx, request);
            } catch (StoreException e) {
                refuse(ctx, e);
            } catch (ProtocolException e) {
                fail(ctx, e.getMessage());
            } catch (RuntimeException e) {
                internalFailure(ctx, e, false);
            }
        }
    }

    private void refuse(ChannelHandlerContext ctx, StoreException e) {
        send(ctx, new Response.Error(e.code(), e.code().text(), e.info()));
        context.events.emit(SECURITY_REFUSALS.contains(e.code()) ? ServerEvent.Kind.REFUSED : ServerEvent.Kind.ERROR,
                session.remote, e.getMessage());
    }

    private void answer(ChannelHandlerContext ctx, Request request) {
        if (request instanceof Request.Hello h) {
            hello(ctx, h);
        } else if (request instanceof Request.Login l) {
            login(ctx, l);
        } else if (request instanceof Request.Bye) {
            send(ctx, new Response.Ok()).addListener(ChannelFutureListener.CLOSE);
        } else if (request instanceof Request.Open o) {
            open(ctx, o);
        } else if (request instanceof Request.OnChannel c) {
            onChannel(ctx, c);
        } else {
            fail(ctx, "unexpected request " + ClientText.quote(request.toString()));
        }
    }

    private void hello(ChannelHandlerContext ctx, Request.Hello h) {
        if (session.helloDone) {
            fail(ctx, "HELLO sent twice");
        } else if (!Frames.MAGIC.equals(h.magic()) || h.version() != Frames.VERSION) {
            fail(ctx, "this server speaks protocol " + Frames.MAGIC + " version " + Frames.VERSION + ", the client '"
                    + ClientText.quote(h.magic()) + "' version " + h.version());
        } else {
            session.helloDone = true;
            if (!context.settings.secure()) {
                session.user = context.settings.defaultUser() == null ? "" : context.settings.defaultUser();
            }
            send(ctx, new Response.HelloOk(Frames.VERSION, context.settings.name(), context.settings.secure(),
                    session.encrypted()));
        }
    }

    private void login(ChannelHandlerContext ctx, Request.Login l) {
        if (!context.settings.secure()) {
            send(ctx, new Response.Ok()); // non-secure: everyone runs as the default user
            return;
        }
        LoginThrottle.Attempt attempt = context.throttle.reserve(session.host, l.user());
        if (attempt == null) {
            context.events.emit(ServerEvent.Kind.LOGIN_FAILED, session.remote, "login as '" + ClientText.quote(l.user())
                    + "' refused unchecked: too many failed logins");
            send(ctx, Response.Error.of(ErrorCode.LOGINLIM)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (context.users.verify(l.user(), l.password().toCharArray())) {
            attempt.succeeded();
            session.user = l.user();
            context.events.emit(ServerEvent.Kind.LOGIN, session.remote, "user '" + l.user() + "' logged in");
            send(ctx, new Response.Ok());
        } else {
            context.events.emit(ServerEvent.Kind.LOGIN_FAILED, session.remote,
                    "bad login as '" + ClientText.quote(l.user()) + "'");
            send(ctx, Response.Error.of(ErrorCode.LOGIN));
        }
    }

    private void open(ChannelHandlerContext ctx, Request.Open o) {
        OpenOptions options = OpenOptions.parse(o.options());
        if (options.encrypt() && !session.encrypted()) {
            throw new StoreException(ErrorCode.CLNTERR, "/encrypt asked of service " + context.settings.name()
                    + ", which does not encrypt");
        }
        if (options.scl().isPresent()) {
            Scl scl;
            try {
                scl = Scl.of(options.scl().getAsInt());
            } catch (IllegalArgumentException e) {
                throw new StoreException(ErrorCode.FILOPT, e.getMessage());
            }
            // asking for a level asks for encryption at that level: in clear there is none
            if (!session.encrypted()) {
                throw new StoreException(ErrorCode.CLNTERR, "/scl=" + scl.number() + " asked of service "
                        + context.settings.name() + ", which does not encrypt");
            }
            if (!scl.protocols().contains(session.protocol)) {
                throw new StoreException(ErrorCode.CLNTERR, ErrorCode.NO_SHARED_PROTOCOL_INFO);
            }
        }
        if (session.full()) {
            throw new StoreException(ErrorCode.ILLCHN, "at most " + Session.MAX_CHANNELS + " channels per connection");
        }
        RecordChannel channel = context.files.open(o.path(), o.mode(), options, session.encrypted());
        int n = session.add(o.path(), channel);
        context.events.emit(ServerEvent.Kind.OPEN, session.remote, "user '" + session.user + "' opened "
                + ClientText.quote(o.path()) + " (" + o.mode().name().toLowerCase(Locale.ROOT) + ") as channel " + n);
        send(ctx, new Response.Opened(n, channel.kind(), channel.recordSize()));
    }

    private void onChannel(ChannelHandlerContext ctx, Request.OnChannel r) {
        Session.Open open = session.get(r.channel());
        if (open == null) {
            throw new StoreException(ErrorCode.ILLCHN, "channel " + r.channel() + " is not open");
        }
        RecordChannel ch = open.channel();
        Response res;
        if (r instanceof Request.Read q) {
            res = new Response.Record(ch.read(q.keyNumber(), q.key(), q.match(), q.lock()));
        } else if (r instanceof Request.ReadSequential q) {
            res = new Response.Record(ch.readSequential(q.previous(), q.lock()));
        } else if (r instanceof Request.Find q) {
            ch.find(q.keyNumber(), q.key(), q.match());
            res = new Response.Ok();
        } else if (r instanceof Request.Store q) {
            ch.store(q.record());
            res = new Response.Ok();
        } else if (r instanceof Request.Write q) {
            ch.write(q.record());
            res = new Response.Ok();
        } else if (r instanceof Request.Delete) {
            ch.delete();
            res = new Response.Ok();
        } else if (r instanceof Request.Unlock) {
            ch.unlock();
            res = new Response.Ok();
        } else if (r instanceof Request.Close) {
            session.remove(r.channel());
            ch.close();
            res = new Response.Ok();
        } else if (r instanceof Request.Select q) {
            streaming = new SelectStream(r.channel(), ch.select(q.filter()), batchSize(q.batchSize()),
                    context.settings.limits().maxBatchBytes(), ch.recordSize());
            return; // answered frame by frame from answerWaiting
        } else if (r instanceof Request.GetFa q) {
            res = new Response.Value(getfa(q));
        } else if (r instanceof Request.IsInfo q) {
            res = new Response.Value(isinfo(ch, q.question()));
        } else {
            throw new ProtocolException("unexpected request " + ClientText.quote(r.toString()));
        }
        logData(r, res);
        send(ctx, res);
    }

    private void logData(Request.OnChannel r, Response res) {
        if (res instanceof Response.Record rec) {
            context.events.emit(ServerEvent.Kind.DATA, session.remote, "sent a " + rec.data().length
                    + "-byte record on channel " + r.channel());
        } else if (r instanceof Request.Store q) {
            context.events.emit(ServerEvent.Kind.DATA, session.remote, "stored a " + q.record().length
                    + "-byte record on channel " + r.channel());
        } else if (r instanceof Request.Write q) {
            context.events.emit(ServerEvent.Kind.DATA, session.remote, "wrote a " + q.record().length
                    + "-byte record on channel " + r.channel());
        }
    }

    private static int batchSize(int asked) {
        return asked < 1 ? Frames.DEFAULT_BATCH : Math.min(asked, Frames.MAX_BATCH);
    }

    private String getfa(Request.GetFa q) {
        String a = q.attribute().trim().toUpperCase(Locale.ROOT);
        if (a.equals("SLE")) {
            return session.encrypted() ? "1" : "0";
        }
        if (a.equals("SLC")) {
            if (!session.encrypted()) {
                return "";
            }
            String line = CipherDescriptions.describe(session.cipher);
            return line.substring(0, Math.min(line.length(), Math.min(MAX_SLC, Math.max(q.fieldLength(), 0))));
        }
        throw new StoreException(ErrorCode.FILOPT, "GETFA knows SLE and SLC, not '" + ClientText.quote(q.attribute()) + "'");
    }

    private static String isinfo(RecordChannel ch, String question) {
        if (question.trim().equalsIgnoreCase("NETCRYPT")) {
            return ch.networkEncrypt() ? "1" : "0";
        }
        throw new StoreException(ErrorCode.FILOPT, "ISINFO knows NETCRYPT, not '" + ClientText.quote(question) + "'");
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (handedToWorker > 0 || session.hasChannels()) { // closing files is I/O: not on the loop
            onWorker(ctx, () -> { // after the requests already queued for this connection
                streaming = null;
                session.closeAll();
            });
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        SslHandler tls = ctx.pipeline().get(SslHandler.class);
        if (tls != null && !tls.handshakeFuture().isSuccess()) {
            ctx.close(); // the handshake event reports why
        } else if (cause instanceof java.io.IOException) {
            ctx.close(); // the peer went away: nothing to tell it
        } else if (ctx.channel().isActive()) {
            LOG.warn("service {}: the connection from {} failed", context.settings.name(), session.remote, cause);
            fail(ctx, "the request could not be read; details are in the server log");
        }
    }

    /**
     * {@link #fail} from the event loop, after the answers to the requests already handed to the worker (a select
     * being streamed included), however long the client takes to read them.
     */
    private void failInOrder(ChannelHandlerContext ctx, String why) {
        if (handedToWorker > 0) {
            handToWorker(ctx, () -> fail(ctx, why));
        } else {
            fail(ctx, why);
        }
    }

    private void fail(ChannelHandlerContext ctx, String why) {
        context.events.emit(ServerEvent.Kind.PROTOCOL_ERROR, session.remote, why + "; connection closed");
        send(ctx, Response.Error.of(ErrorCode.PROTOCOL, why)).addListener(ChannelFutureListener.CLOSE);
    }

    /** Writes an answer; the request stops counting as in flight once it is on the socket. */
    private ChannelFuture send(ChannelHandlerContext ctx, Response r) {
        ChannelFuture write = ctx.writeAndFlush(ClearFrames.of(ctx.alloc(), r));
        limiter.answered(write);
        return write;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = rootCause(t);
        String m = c.getMessage();
        return c.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
