package com.synconfig.server.check;

import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.pki.ServiceKeyType;
import com.synconfig.model.service.Endpoint;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.servicecheck.CertificateComparison;
import com.synconfig.model.servicecheck.CertificateFacts;
import com.synconfig.model.servicecheck.CheckItem;
import com.synconfig.model.servicecheck.Probe;
import com.synconfig.model.servicecheck.ProbeKind;
import com.synconfig.model.servicecheck.ProbeResult;
import com.synconfig.model.servicecheck.ServiceCheckPlan;
import com.synconfig.model.servicecheck.ServiceCheckReport;
import com.synconfig.model.servicecheck.Verdict;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.ServerOffer;
import com.synconfig.model.tls.TlsProtocol;
import com.synconfig.server.control.ServiceController;
import com.synconfig.server.control.StatusFile;
import com.synconfig.server.tls.EngineProbe;
import com.synconfig.server.tls.ServedCertificates;
import com.synconfig.server.tls.TlsEngine;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Proves a running service against the preview, like a TLS scanner: every handshake of the {@link ServiceCheckPlan}
 * (what {@code synconfig ciphers --service} predicts for the saved configuration) is tried with this program's own
 * engines as clients, the certificate served is compared with the configured one, and each row gets a verdict.
 * The one owner of "does the running service do what the configuration says", for the GUI and {@code synconfig check}.
 */
public final class ServiceCheck {

    /** How long one connection or handshake may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Where a service is probed unless told otherwise. */
    public static final String DEFAULT_HOST = "localhost";

    /** Told after each row. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, item) -> { };

        void step(int done, int total, String item);
    }

    private final ServiceCheckPlan plan;
    private final List<String> notes;

    private ServiceCheck(ServiceCheckPlan plan, List<String> notes) {
        this.plan = plan;
        this.notes = notes;
    }

    /** {@link #of(ServiceLayout, Optional, String, Integer, TlsEngine)} with what the controller knows of the service. */
    public static ServiceCheck of(ServiceController controller, ServiceDefinition service, String host, Integer port,
                                  TlsEngine engine) {
        return of(controller.layouts().of(service), controller.status(service).status(), host, port, engine);
    }

    /**
     * Plans the check of a service as saved.
     *
     * @param layout  the service and its files (its certificate)
     * @param running the running server's status file, when one runs: the engine it reports is the one predicted for
     * @param host    where to probe ({@code null}: {@value #DEFAULT_HOST})
     * @param port    the port to probe ({@code null}: the configured port)
     * @param engine  the engine to predict for ({@code null}: the running server's, else this machine's choice)
     */
    public static ServiceCheck of(ServiceLayout layout, Optional<StatusFile> running, String host, Integer port,
                                  TlsEngine engine) {
        ServiceDefinition service = layout.service();
        Endpoint endpoint = new Endpoint(host == null ? DEFAULT_HOST : host, port == null ? service.port() : port);
        List<String> notes = new ArrayList<>();
        running.filter(s -> s.port() != endpoint.port()).ifPresent(s -> notes.add("the running server reports port "
                + s.port() + " and " + endpoint + " was probed: it was started with other settings than the saved ones"));
        if (running.isEmpty()) {
            notes.add("no status file says " + service.name() + " runs here; whatever answers at " + endpoint
                    + " was probed");
        }
        if (!service.encrypt()) {
            return new ServiceCheck(ServiceCheckPlan.clear(service.name(), endpoint), notes);
        }
        TlsEngine predicted = engine(running, engine, notes);
        ServiceKeyType key = ServiceKeyType.of(layout);
        if (key.keyType().isEmpty()) {
            notes.add(key.problem() + "; the prediction assumes an RSA key");
        }
        ServerOffer offer = ServerOffer.compute(service.scl(), key.keyType().orElse(KeyType.RSA),
                EngineProbe.facts(predicted), CipherCatalog.standard());
        CertificateFacts certificate = CertificateFacts.configured(layout, options());
        return new ServiceCheck(ServiceCheckPlan.encrypted(service.name(), endpoint, offer, certificate), notes);
    }

    private static TlsEngine engine(Optional<StatusFile> running, TlsEngine asked, List<String> notes) {
        if (asked != null) {
            notes.add("predicted for the " + asked.label() + " engine, as asked");
            return asked;
        }
        Optional<TlsEngine> reported = running.flatMap(s -> Arrays.stream(TlsEngine.values())
                .filter(e -> e.label().equals(s.tlsEngine())).findFirst());
        if (reported.isPresent()) {
            notes.add("predicted for the " + reported.get().label() + " engine the running server reports");
            return reported.get();
        }
        TlsEngine preferred = TlsEngine.preferred();
        notes.add("no running server reports its engine; predicted for " + preferred.label()
                + ", the engine a server started here would use");
        return preferred;
    }

    public ServiceCheckPlan plan() {
        return plan;
    }

    /**
     * Runs every probe, one connection at a time.
     *
     * @throws NoAnswerException     when nothing accepts a connection at the endpoint (the service does not run there)
     * @throws InterruptedIOException when the thread is interrupted between probes (the check was cancelled)
     */
    public ServiceCheckReport run(Progress progress) throws IOException {
        ClientEngines clients = ClientEngines.here();
        List<CheckItem> items = new ArrayList<>();
        int done = 0;
        try (HandshakeProbe handshakes = new HandshakeProbe(plan.endpoint(), TIMEOUT)) {
            for (Probe probe : plan.probes()) {
                if (Thread.interrupted()) {
                    throw new InterruptedIOException("the check of " + plan.service() + " was cancelled");
                }
                items.add(probe.judge(result(probe, clients, handshakes)));
                progress.step(++done, plan.steps(), probe.item());
            }
        }
        items.addAll(CertificateComparison.compare(plan.encrypted(), plan.certificate(), served()));
        progress.step(plan.steps(), plan.steps(), "certificate");
        List<String> all = new ArrayList<>(notes);
        all.add("clients: " + clients.describe() + "; each probe offers one protocol and one suite (or, for a"
                + " protocol, every suite that client has for it)");
        long untested = items.stream().filter(i -> i.verdict() == Verdict.NOT_TESTABLE).count();
        if (untested > 0) {
            all.add(untested + " predictions are not testable here: no client engine here can offer what they need");
        }
        return plan.report(items, all);
    }

    private ProbeResult result(Probe probe, ClientEngines clients, HandshakeProbe handshakes) throws NoAnswerException {
        TlsProtocol protocol = probe.protocol();
        Optional<TlsEngine> client = switch (probe.kind()) {
            case PROTOCOL -> clients.forProtocol(protocol);
            case OFFERED_SUITE, NOT_OFFERED_SUITE -> clients.forSuite(protocol, probe.suite());
            case CLIENT_RENEGOTIATION -> clients.forRenegotiation(protocol);
            case SECURE_RENEGOTIATION -> Optional.empty();
        };
        if (probe.kind() == ProbeKind.SECURE_RENEGOTIATION) {
            return SecureRenegotiationProbe.probe(plan.endpoint(), protocol, TIMEOUT);
        }
        if (client.isEmpty()) {
            return ProbeResult.notTestable("no client engine here can offer "
                    + (probe.suite() == null ? "" : probe.suite().ianaName() + " over ") + protocol.id()
                    + (probe.kind() == ProbeKind.CLIENT_RENEGOTIATION ? " and renegotiate" : ""));
        }
        TlsEngine e = client.get();
        return switch (probe.kind()) {
            case CLIENT_RENEGOTIATION -> handshakes.renegotiate(e, protocol, clients.suites(e, protocol));
            case PROTOCOL -> handshakes.handshake(e, protocol, clients.suites(e, protocol));
            default -> handshakes.handshake(e, protocol, List.of(probe.suite()));
        };
    }

    private CertificateFacts served() {
        String where = plan.endpoint().toString();
        try {
            return CertificateFacts.of(where, ServedCertificates.fetch(plan.endpoint().host(), plan.endpoint().port(),
                    TIMEOUT).get(0), options());
        } catch (IOException e) {
            return CertificateFacts.none(where, e.getMessage());
        }
    }

    private static CertificateRules.Options options() {
        return CertificateRules.Options.defaults(Platform.current());
    }
}
