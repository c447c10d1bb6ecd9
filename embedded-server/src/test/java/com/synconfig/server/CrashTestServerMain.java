package com.synconfig.server;

import java.nio.file.Path;

/** A server in a child process, for the kill -9 test: prints its port, then serves until killed. */
public final class CrashTestServerMain {
    public static void main(String[] args) throws Exception {
        FileServer server = TestServer.start(TestServer.clear(Path.of(args[0])));
        System.out.println("PORT " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
