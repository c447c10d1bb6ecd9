package com.synconfig.model.tls;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A client as the negotiation preview models it.
 *
 * @param id            {@code openssl-3.0}, {@code java-17}, {@code scl=2}, {@code custom}, ...
 * @param description   words for people
 * @param library       the client's TLS library
 * @param securityLevel OpenSSL's security level ({@code @SECLEVEL}); {@code 0} where the library has none
 * @param protocols     protocols the client offers, oldest first
 * @param suites        TLS 1.2-and-older suites it offers, in its order
 * @param tls13Suites   TLS 1.3 suites it offers, in its order
 */
public record ClientProfile(String id, String description, ClientLibrary library, int securityLevel,
                            List<TlsProtocol> protocols, List<CipherSuite> suites, List<CipherSuite> tls13Suites) {

    public ClientProfile {
        protocols = List.copyOf(protocols);
        suites = List.copyOf(suites);
        tls13Suites = List.copyOf(tls13Suites);
    }

    /** The same client offering only {@code protocols}, and only {@code suiteList} when it is not empty. */
    public ClientProfile restrictedTo(List<TlsProtocol> onlyProtocols, List<CipherSuite> suiteList) {
        List<CipherSuite> legacy = suiteList.isEmpty() ? suites
                : suiteList.stream().filter(s -> !s.isTls13()).toList();
        List<CipherSuite> modern = suiteList.isEmpty() ? tls13Suites
                : suiteList.stream().filter(CipherSuite::isTls13).toList();
        List<TlsProtocol> sorted = onlyProtocols.isEmpty() ? protocols : onlyProtocols.stream().sorted().distinct().toList();
        String text = description + ", limited to " + sorted.stream().map(TlsProtocol::id)
                .collect(Collectors.joining(", ")) + (suiteList.isEmpty() ? "" : " and " + suiteList.size() + " suites");
        return new ClientProfile("custom", text, library, securityLevel, sorted, legacy, modern);
    }
}
