package com.synconfig.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.wire.SelectFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The servers the data benchmarks (bulk transfer, select, keyed reads) share: our server on BoringSSL with an
 * encrypted service ({@value #TLS}, RSA-2048) and a clear one ({@value #CLEAR}) over one data root, and
 * {@code openssl s_server} with the same certificate and suite serving the same number of bytes.
 */
record DataServers(OurServer ours, OpenSslServer openssl, BulkFile file, Tls.Negotiated suite) implements AutoCloseable {

    static final String TLS = "tls";
    static final String CLEAR = "clear";

    static DataServers start(BenchContext ctx) throws IOException {
        Path dataRoot = Files.createDirectories(ctx.work().getParent().resolve("bench-data"));
        Path docRoot = Files.createDirectories(ctx.work().resolve("bulk-www"));
        BulkFile file = BulkFile.prepare(dataRoot, docRoot, ctx.mode().records);
        Map<String, String> services = new LinkedHashMap<>();
        services.put(TLS, ctx.certificates().rsa().servicePem().toString());
        services.put(CLEAR, "clear");
        OurServer ours = OurServer.start(ctx, "data-boringssl", OurServer.Engine.BORINGSSL, dataRoot, services);
        try {
            Tls.Negotiated suite = Tls.probe(ours.port(TLS), Tls.Protocol.TLS13);
            OpenSslServer openssl = OpenSslServer.start(ctx, "data-s_server", ctx.certificates().rsa(), docRoot,
                    List.of("-ciphersuites", suite.suite()));
            return new DataServers(ours, openssl, file, suite);
        } catch (IOException | RuntimeException e) {
            ours.close();
            throw e;
        }
    }

    /**
     * Holds the bulk file open on both services (one client with one channel each), as other users of a busy
     * server would: the server closes an ISAM file, and drops its page cache, when its last channel closes.
     */
    AutoCloseable holdFilesOpen() throws RemoteFileException {
        List<RemoteFileClient> clients = new ArrayList<>();
        try {
            for (String service : List.of(TLS, CLEAR)) {
                RemoteFileClient c = RemoteFileClient.connect(client(service));
                clients.add(c);
                c.open(file.nameFor(service), OpenMode.INPUT, "");
            }
        } catch (RemoteFileException e) {
            clients.forEach(RemoteFileClient::close);
            throw e;
        }
        return () -> {
            clients.forEach(RemoteFileClient::close);
            Thread.sleep(300); // the server releases the files after the connections end
        };
    }

    /** Runs a select of {@code file} on our server's {@code service} to its end; returns the record bytes received. */
    double select(String service, String file, SelectFilter filter) throws RemoteFileException {
        AtomicLong bytes = new AtomicLong();
        try (RemoteFileClient c = RemoteFileClient.connect(client(service));
             RemoteFile f = c.open(file, OpenMode.INPUT, "")) {
            f.select(filter, r -> bytes.addAndGet(r.length));
        }
        return bytes.get();
    }

    /** A client of our server's {@code service}: encrypted for {@link #TLS}, in clear for {@link #CLEAR}. */
    ClientOptions client(String service) {
        return ours.client(service, service.equals(TLS));
    }

    @Override
    public void close() {
        openssl.close();
        ours.close();
    }
}
