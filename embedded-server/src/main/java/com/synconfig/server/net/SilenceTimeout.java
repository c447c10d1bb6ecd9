package com.synconfig.server.net;

import com.synconfig.server.ServerEvent;
import com.synconfig.server.ServerEvents;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection that has been silent for a while: it sent nothing and took none of what the server sent (no
 * write completed, no progress on a pending one). A client reading a long select's stream sends nothing, yet it is
 * not silent; a client that neither asks nor reads is.
 */
final class SilenceTimeout extends IdleStateHandler {

    private final ServerEvents events;
    private final String remote;
    private final int seconds;

    SilenceTimeout(ServerEvents events, String remote, int seconds) {
        super(true, 0, 0, seconds, TimeUnit.SECONDS);
        this.events = events;
        this.remote = remote;
        this.seconds = seconds;
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent evt) {
        if (evt.state() == IdleState.ALL_IDLE && ctx.channel().isActive()) {
            events.emit(ServerEvent.Kind.DISCONNECTED, remote, "silent for " + seconds
                    + " s (no request sent, no answer taken); closing the connection");
            ctx.close();
        }
    }
}
