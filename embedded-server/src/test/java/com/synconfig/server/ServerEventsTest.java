package com.synconfig.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.LogLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerEventsTest {

    private static List<ServerEvent.Kind> seenAt(LogLevel level) {
        ServerEvents events = new ServerEvents(level);
        List<ServerEvent.Kind> seen = new ArrayList<>();
        events.subscribe(e -> seen.add(e.kind()));
        for (ServerEvent.Kind k : ServerEvent.Kind.values()) {
            events.emit(k, "1.2.3.4:5", "test");
        }
        events.flush();
        return seen;
    }

    @Test
    void eachLevelAddsItsDetail() {
        assertThat(seenAt(LogLevel.BASIC)).doesNotContain(ServerEvent.Kind.ERROR, ServerEvent.Kind.REQUEST,
                ServerEvent.Kind.DATA).contains(ServerEvent.Kind.CONNECTED, ServerEvent.Kind.LOGIN_FAILED,
                ServerEvent.Kind.TLS_FAILED, ServerEvent.Kind.OPEN, ServerEvent.Kind.REFUSED);
        assertThat(seenAt(LogLevel.ERRORS)).contains(ServerEvent.Kind.ERROR).doesNotContain(ServerEvent.Kind.REQUEST);
        assertThat(seenAt(LogLevel.REQUESTS)).contains(ServerEvent.Kind.REQUEST).doesNotContain(ServerEvent.Kind.DATA);
        assertThat(seenAt(LogLevel.DATA)).containsExactly(ServerEvent.Kind.values());
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        ServerEvents events = new ServerEvents(LogLevel.BASIC);
        List<String> seen = new ArrayList<>();
        events.subscribe(e -> {
            throw new IllegalStateException("broken listener");
        });
        events.subscribe(e -> seen.add(e.message()));
        events.emit(ServerEvent.Kind.STARTED, null, "up");
        events.flush();
        assertThat(seen).containsExactly("up");
    }
}
