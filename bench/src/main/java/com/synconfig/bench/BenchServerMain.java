package com.synconfig.bench;

import com.synconfig.server.tls.JdkTlsSettings;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.server.FileServer;
import com.synconfig.server.RollingServerLog;
import com.synconfig.server.ServerLimits;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.tls.ServiceTlsSource;
import com.synconfig.server.tls.TlsContextSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The server under test, in its own process as in production ({@code synconfig server start --foreground}):
 * non-secure services on loopback ephemeral ports over one data root, basic logging to {@code rsynd.log}.
 * Arguments: {@code DATA_ROOT LOG_FILE NAME=clear|NAME=CERT.pem ...}. Prints {@code PORT NAME N} per service,
 * then {@code READY}; serves until its standard input closes (or it is killed).
 */
public final class BenchServerMain {

    private BenchServerMain() {
    }

    public static void main(String[] args) throws Exception {
        JdkTlsSettings.apply(); // as the program's launcher does, before any TLS work
        Path data = Path.of(args[0]);
        RollingServerLog.install(Path.of(args[1]));
        List<FileServer> servers = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] nameAndCert = args[i].split("=", 2);
            String cert = nameAndCert[1].equals("clear") ? null : nameAndCert[1];
            FileServer server = new FileServer(settings(nameAndCert[0], cert, data));
            server.start();
            servers.add(server);
            System.out.println("PORT " + nameAndCert[0] + " " + server.port());
        }
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the harness closes our standard input
        }
        servers.forEach(FileServer::stop);
    }

    /**
     * Service {@code name} as the harness serves it: encrypted with {@code certificate} at SCL 3, or in clear when it
     * is null. The bare libraries' server ({@link BareNettyServerMain}) makes its TLS context from the same.
     */
    static ServiceDefinition.Builder service(String name, String certificate) {
        return ServiceDefinition.named(name).toBuilder().encrypt(certificate != null).certificateFile(certificate)
                .scl(Scl.LEVEL_3);
    }

    /** The TLS context of an encrypted {@code service}, made as the product makes it (a key without passphrase). */
    static TlsContextSource tls(ServiceDefinition service) {
        return ServiceTlsSource.of(service, Path.of(service.certificateFile()), null);
    }

    private static ServerSettings settings(String name, String certificate, Path dataRoot) {
        ServiceDefinition service = service(name, certificate).nonSecure(true).defaultUser("bench")
                .logLevel(LogLevel.BASIC).dataRoot(dataRoot.toString()).build();
        TlsContextSource tls = certificate == null ? null : tls(service);
        // Every client of the harness comes from 127.0.0.1, 1,000 idle ones at once in the footprint section.
        return new ServerSettings(name, "127.0.0.1", 0, tls, service.scl(), false, "bench", LogLevel.BASIC, dataRoot,
                dataRoot.resolveSibling("users")).withLimits(ServerLimits.DEFAULTS.withConnections(4000, 4000));
    }
}
