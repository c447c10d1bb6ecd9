package com.synconfig.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference: {@code openssl s_server} with the same certificate and key on a loopback port, either serving
 * files from a document root ({@code -WWW}) or sending back every line it reads, reversed ({@code -rev}).
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
        return start(ctx, label, cert, docRoot, "-WWW", extra);
    }

    /** {@code -rev}: each line a client sends comes back reversed (the same number of bytes). */
    static OpenSslServer startReversing(BenchContext ctx, String label, Certificates.Cert cert, List<String> extra)
            throws IOException {
        return start(ctx, label, cert, ctx.work(), "-rev", extra);
    }

    private static OpenSslServer start(BenchContext ctx, String label, Certificates.Cert cert, Path dir, String mode,
                                       List<String> extra) throws IOException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of("openssl", "s_server", "-accept", "127.0.0.1:" + port,
                "-cert", cert.cert().toString(), "-key", cert.key().toString(), mode, "-quiet"));
        cmd.addAll(extra);
        ChildProcess p = ChildProcess.start(label, cmd, dir, ctx.work().resolve(label + ".err"));
        Thread drain = new Thread(() -> { // -rev still prints a few lines per connection
            try (InputStream out = p.process().getInputStream()) {
                out.transferTo(OutputStream.nullOutputStream());
            } catch (IOException gone) {
                // the server ended
            }
        }, label + "-stdout");
        drain.setDaemon(true);
        drain.start();
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
