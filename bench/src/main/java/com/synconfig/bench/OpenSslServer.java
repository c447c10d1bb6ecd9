package com.synconfig.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference: {@code openssl s_server -WWW} with the same certificate and key, serving files from a
 * document root on a loopback port.
 */
final class OpenSslServer implements AutoCloseable {

    private final ChildProcess process;
    private final int port;

    private OpenSslServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param extra further s_server options, e.g. {@code -ciphersuites} to match the suite our server chose
     */
    static OpenSslServer start(BenchContext ctx, String label, Certificates.Cert cert, Path docRoot, List<String> extra)
            throws IOException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of("openssl", "s_server", "-accept", "127.0.0.1:" + port,
                "-cert", cert.cert().toString(), "-key", cert.key().toString(), "-WWW", "-quiet"));
        cmd.addAll(extra);
        ChildProcess p = ChildProcess.start(label, cmd, docRoot, ctx.work().resolve(label + ".err"));
        p.process().getInputStream().close(); // -quiet: nothing to read
        OpenSslServer s = new OpenSslServer(p, port);
        s.awaitListening();
        return s;
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.alive()) {
                throw new IOException("openssl s_server ended at once; see " + process.name() + ".err");
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        throw new IOException("openssl s_server does not listen on port " + port);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int port() {
        return port;
    }

    ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
