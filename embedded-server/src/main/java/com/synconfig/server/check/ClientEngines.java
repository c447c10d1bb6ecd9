package com.synconfig.server.check;

import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.EngineFacts;
import com.synconfig.model.tls.TlsProtocol;
import com.synconfig.server.tls.EngineProbe;
import com.synconfig.server.tls.TlsEngine;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The TLS engines this program has, used as clients: what each can offer, measured by {@link EngineProbe}.
 * BoringSSL is asked first (it still runs TLS 1.0), the JDK second. BoringSSL offers its TLS 1.3 suites all together
 * whatever it is told (measured: asked for ChaCha20 alone, it negotiates AES-128-GCM), so one TLS 1.3 suite is
 * offered alone only by the JDK.
 */
final class ClientEngines {

    private final Map<TlsEngine, EngineFacts> facts;

    ClientEngines(Map<TlsEngine, EngineFacts> facts) {
        this.facts = new LinkedHashMap<>(facts);
    }

    /** The engines that load here, BoringSSL first. */
    static ClientEngines here() {
        Map<TlsEngine, EngineFacts> facts = new LinkedHashMap<>();
        for (TlsEngine e : List.of(TlsEngine.BORINGSSL, TlsEngine.JDK)) {
            if (e.isAvailable()) {
                facts.put(e, EngineProbe.facts(e));
            }
        }
        return new ClientEngines(facts);
    }

    /** A client that can offer {@code protocol} with at least one suite. */
    Optional<TlsEngine> forProtocol(TlsProtocol protocol) {
        return facts.keySet().stream().filter(e -> facts.get(e).protocols().contains(protocol)
                && !suites(e, protocol).isEmpty()).findFirst();
    }

    /** A client that can offer exactly {@code suite} over exactly {@code protocol}. */
    Optional<TlsEngine> forSuite(TlsProtocol protocol, CipherSuite suite) {
        return facts.keySet().stream().filter(e -> facts.get(e).protocols().contains(protocol)
                && facts.get(e).suites().contains(suite.ianaName())
                && !(e == TlsEngine.BORINGSSL && protocol == TlsProtocol.TLS_V1_3)).findFirst();
    }

    /** A client that can renegotiate a session of {@code protocol} when asked (only the JDK's can). */
    Optional<TlsEngine> forRenegotiation(TlsProtocol protocol) {
        return facts.containsKey(TlsEngine.JDK) && facts.get(TlsEngine.JDK).protocols().contains(protocol)
                && !suites(TlsEngine.JDK, protocol).isEmpty() ? Optional.of(TlsEngine.JDK) : Optional.empty();
    }

    /** Every suite {@code engine} can offer over {@code protocol}, in catalog order. */
    List<CipherSuite> suites(TlsEngine engine, TlsProtocol protocol) {
        EngineFacts f = facts.get(engine);
        return CipherCatalog.standard().all().stream()
                .filter(s -> f.suites().contains(s.ianaName()) && s.usableWith(protocol)).toList();
    }

    /** What a reader of the report needs to know about the clients: {@code BoringSSL (TLSv1, ...), JDK (...)}. */
    String describe() {
        return facts.entrySet().stream().map(e -> e.getValue().engine() + " (" + Arrays.stream(TlsProtocol.values())
                        .filter(e.getValue().protocols()::contains).map(TlsProtocol::id).collect(Collectors.joining(", "))
                        + ", " + e.getValue().suites().size() + " suites)")
                .collect(Collectors.joining(" and "));
    }
}
