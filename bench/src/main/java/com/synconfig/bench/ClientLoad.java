package com.synconfig.bench;

import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.wire.OpenMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many clients at once, each on its own connection with one channel, each doing one request at a time for a
 * fixed time: only that part is measured (connections and OPENs come first). Units = requests answered.
 */
final class ClientLoad {

    /** One request of one client. */
    @FunctionalInterface
    interface Request {
        void send() throws Exception;
    }

    /** Makes client {@code index}'s request on its channel. */
    @FunctionalInterface
    interface Requests {
        Request of(int index, RemoteFile channel);
    }

    private ClientLoad() {
    }

    static Sample measure(ChildProcess server, ClientOptions options, String file, OpenMode mode, int clients,
                          double seconds, Requests requests) throws Exception {
        List<RemoteFileClient> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Request> each = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                RemoteFileClient c = RemoteFileClient.connect(options);
                connections.add(c);
                each.add(requests.of(i, c.open(file, mode, "")));
            }
            CountDownLatch go = new CountDownLatch(1);
            long[] deadline = new long[1];
            List<Future<Long>> counts = new ArrayList<>();
            for (Request r : each) {
                counts.add(pool.submit(() -> {
                    go.await();
                    long n = 0;
                    while (System.nanoTime() < deadline[0]) {
                        r.send();
                        n++;
                    }
                    return n;
                }));
            }
            return Sample.measure(server, () -> {
                deadline[0] = System.nanoTime() + (long) (seconds * 1e9);
                go.countDown();
                long total = 0;
                for (Future<Long> c : counts) {
                    total += c.get((long) seconds + 120, TimeUnit.SECONDS);
                }
                return total;
            });
        } finally {
            pool.shutdownNow();
            connections.forEach(RemoteFileClient::close);
        }
    }
}
