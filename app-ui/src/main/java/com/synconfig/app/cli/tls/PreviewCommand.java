package com.synconfig.app.cli.tls;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.app.cli.base.Json;
import com.synconfig.model.service.Scl;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.ClientProfile;
import com.synconfig.model.tls.ClientProfiles;
import com.synconfig.model.tls.NegotiationPreview;
import com.synconfig.model.tls.Prediction;
import com.synconfig.model.tls.PreviewMatrix;
import com.synconfig.model.tls.ServerOffer;
import com.synconfig.model.tls.TlsProtocol;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code synconfig preview}: what clients will negotiate with a service, or why they cannot.
 * With one client the exit code says whether it connects (0) or not (1), for scripts.
 */
@Command(name = "preview", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Predict the protocol and suite each client negotiates with a service, or its error and why.",
                "The suite is shown as the line GETFA SLC returns.",
                "Profiles: openssl-3.0, openssl-3.0-seclevel0, openssl-1.1.1, openssl-1.0.2, java-17.",
                "--client-scl N stands for an xfServer client opening with /scl=N; --client-protocols and"
                        + " --client-suites narrow a profile to a custom client."})
public final class PreviewCommand implements Callable<Integer> {

    @Mixin
    TlsServiceOptions service;

    @Option(names = "--client", paramLabel = "PROFILE", description = "One client profile (default: all of them).")
    String client;

    @Option(names = "--client-scl", paramLabel = "N", converter = TlsServiceOptions.SclConverter.class,
            description = "An xfServer client opening with /scl=N.")
    Scl clientScl;

    @Option(names = "--client-protocols", paramLabel = "P", split = ",",
            description = "Custom client: only these protocols (TLSv1.1,TLSv1.2,...), on the --client profile's library.")
    List<String> clientProtocols = new ArrayList<>();

    @Option(names = "--client-suites", paramLabel = "SUITE", split = ",",
            description = "Custom client: only these suites (IANA or OpenSSL names), in this order.")
    List<String> clientSuites = new ArrayList<>();

    @Option(names = "--matrix", description = "Every SCL x every profile.")
    boolean matrix;

    @Option(names = "--host", defaultValue = "localhost", description = "The server's name as clients write it. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (matrix) {
            printMatrix(out, PreviewMatrix.compute(service.keyType(), service.facts(), ClientProfiles.all(), host));
            out.flush();
            return ExitCodes.OK;
        }
        ServerOffer offer = service.offer();
        List<ClientProfile> clients = selectedClients();
        List<Prediction> predictions = clients.stream().map(c -> NegotiationPreview.predict(offer, c, host)).toList();
        if (json) {
            out.println(Json.write(clients.size() == 1 ? TlsJson.prediction(predictions.get(0))
                    : predictions.stream().map(TlsJson::prediction).toList()));
        } else if (clients.size() == 1) {
            printOne(out, predictions.get(0));
        } else {
            out.printf("SCL %s on %s with an %s certificate (%s):%n", offer.scl().label(), offer.engine(),
                    offer.keyType(), String.join(", ", offer.protocolNames()));
            predictions.forEach(p -> out.printf(Locale.ROOT, "  %-22s %s%n", p.client().id(), p.summary()));
        }
        out.flush();
        return clients.size() == 1 && !predictions.get(0).success() ? ExitCodes.FINDINGS
                : ExitCodes.OK;
    }

    private List<ClientProfile> selectedClients() {
        boolean custom = !clientProtocols.isEmpty() || !clientSuites.isEmpty();
        if (client == null && clientScl == null && !custom) {
            return ClientProfiles.all();
        }
        if (client != null && clientScl != null) {
            throw new ParameterException(spec.commandLine(), "Give either --client or --client-scl, not both.");
        }
        ClientProfile base;
        try {
            base = clientScl != null ? ClientProfiles.xfServerClient(clientScl)
                    : ClientProfiles.byId(client == null ? ClientProfiles.OPENSSL_3_0 : client);
            if (!custom) {
                return List.of(base);
            }
            List<TlsProtocol> protocols = clientProtocols.stream().map(TlsProtocol::parse).toList();
            List<CipherSuite> suites = clientSuites.stream().map(CipherCatalog.standard()::require).toList();
            return List.of(base.restrictedTo(protocols, suites));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void printOne(PrintWriter out, Prediction p) {
        ServerOffer offer = p.offer();
        out.printf("Service: SCL %s on %s with an %s certificate (%s)%n", offer.scl().label(), offer.engine(),
                offer.keyType(), String.join(", ", offer.protocolNames()));
        out.printf("Client:  %s (%s)%n", p.client().id(), p.client().description());
        if (p.success()) {
            out.printf("Result:  %s%n", p.protocol().id());
            out.printf("SLC:     %s%n", p.description());
        } else {
            out.printf("Result:  fails%n");
            out.printf("Client sees: %s%n", p.clientError());
            out.printf("             %s%n", p.clientDetail());
        }
        out.printf("Why:     %s%n", p.reason());
    }

    private void printMatrix(PrintWriter out, PreviewMatrix m) {
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("engine", m.engine());
            root.put("keyType", m.keyType().name());
            root.put("rows", m.rows().stream().map(r -> r.predictions().stream().map(TlsJson::prediction).toList()).toList());
            out.println(Json.write(root));
            return;
        }
        out.printf("%s engine, %s certificate: rows are clients, columns SCLs%n", m.engine(), m.keyType());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s", "client"));
        m.rows().forEach(r -> header.append(String.format(Locale.ROOT, " | %-38s", "SCL " + r.scl().label())));
        out.println(header);
        int clients = m.rows().get(0).predictions().size();
        for (int c = 0; c < clients; c++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s",
                    m.rows().get(0).predictions().get(c).client().id()));
            for (PreviewMatrix.Row r : m.rows()) {
                Prediction p = r.predictions().get(c);
                String cell = p.success() ? p.protocol().id() + " " + p.suite().openSslName() : "FAIL";
                line.append(String.format(Locale.ROOT, " | %-38s", cell));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
