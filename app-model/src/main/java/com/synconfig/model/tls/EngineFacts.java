package com.synconfig.model.tls;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a TLS engine on this machine can do, as measured by the engine itself (embedded-server probes it).
 *
 * @param engine         the engine's name for people ({@code BoringSSL}, {@code JDK})
 * @param suites         the suites it can negotiate, by IANA name
 * @param protocols      the protocols it can negotiate (after any deliberate override)
 * @param disabledSuites suites the engine knows but {@code java.security} disables, with the entry that does it
 * @param tls13ServerOrder whether the server's order picks the TLS 1.3 suite (JDK) or the client's does (BoringSSL
 *                       has no server order for TLS 1.3 suites; measured against {@code openssl s_client -ciphersuites})
 */
public record EngineFacts(String engine, Set<String> suites, Set<TlsProtocol> protocols,
                          Map<String, String> disabledSuites, boolean tls13ServerOrder) {

    public EngineFacts {
        suites = Set.copyOf(suites);
        protocols = Set.copyOf(protocols);
        disabledSuites = Map.copyOf(new LinkedHashMap<>(disabledSuites));
    }
}
