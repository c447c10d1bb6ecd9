package com.synconfig.model.tls;

import com.synconfig.model.service.Scl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an encrypted service offers its clients: the protocols its SCL allows (that the engine runs) and the
 * suites in the server's order of preference; every catalog suite left out carries its reason.
 *
 * @param protocols protocols in force, oldest first
 * @param offered   suites offered, most preferred first
 * @param excluded  the other catalog suites, each with why
 * @param tls13ServerOrder whether the server's order (else the client's) picks among TLS 1.3 suites
 */
public record ServerOffer(Scl scl, KeyType keyType, String engine, List<TlsProtocol> protocols,
                          List<CipherSuite> offered, List<Excluded> excluded, boolean tls13ServerOrder) {

    /** A suite the server does not offer, and why; {@code detail} says more (the class, the java.security entry). */
    public record Excluded(CipherSuite suite, ExclusionReason reason, String detail) {
        /** {@code not HIGH (MEDIUM)} or {@code disabled by java.security (TLS_RSA_*)}. */
        public String explanation() {
            return detail.isEmpty() ? reason.text() : reason.text() + " (" + detail + ")";
        }
    }

    public ServerOffer {
        protocols = List.copyOf(protocols);
        offered = List.copyOf(offered);
        excluded = List.copyOf(excluded);
    }

    /** Computes the offer of a service at {@code scl} with a {@code keyType} certificate on an engine with {@code facts}. */
    public static ServerOffer compute(Scl scl, KeyType keyType, EngineFacts facts, CipherCatalog catalog) {
        List<TlsProtocol> protocols = scl.protocols().stream().map(TlsProtocol::parse)
                .filter(facts.protocols()::contains).toList();
        List<CipherSuite> offered = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (CipherSuite s : catalog.all()) {
            Optional<Excluded> why = whyNot(s, scl, keyType, protocols, facts);
            if (why.isPresent()) {
                excluded.add(why.get());
            } else {
                offered.add(s);
            }
        }
        offered.sort(ServerPreference.ORDER);
        return new ServerOffer(scl, keyType, facts.engine(), protocols, offered, excluded, facts.tls13ServerOrder());
    }

    /** The offered suites' IANA names in order: what the engine is configured with. */
    public List<String> suiteNames() {
        return offered.stream().map(CipherSuite::ianaName).toList();
    }

    public List<String> protocolNames() {
        return protocols.stream().map(TlsProtocol::id).toList();
    }

    public Optional<Excluded> exclusionOf(String suiteName) {
        return excluded.stream().filter(e -> e.suite().ianaName().equals(suiteName)
                || e.suite().openSslName().equals(suiteName)).findFirst();
    }

    private static Optional<Excluded> whyNot(CipherSuite s, Scl scl, KeyType key, List<TlsProtocol> protocols,
                                             EngineFacts facts) {
        if (s.strength() != CipherClass.HIGH) {
            return excluded(s, ExclusionReason.NOT_HIGH, s.strength().name());
        }
        if (s.isAnonymous()) {
            return excluded(s, ExclusionReason.ANONYMOUS, "");
        }
        if (s.needsPskOrSrp()) {
            return excluded(s, ExclusionReason.NEEDS_PSK_OR_SRP, "");
        }
        if (s.isStaticEcdh()) {
            return excluded(s, ExclusionReason.STATIC_ECDH, "");
        }
        String au = s.authentication();
        if (!au.equals("any") && !au.equals(key.authentication())) {
            ExclusionReason r = switch (au) {
                case "ECDSA" -> ExclusionReason.NEEDS_EC_CERTIFICATE;
                case "RSA" -> ExclusionReason.NEEDS_RSA_CERTIFICATE;
                default -> ExclusionReason.NEEDS_DSA_CERTIFICATE;
            };
            return excluded(s, r, "the certificate has an " + key + " key");
        }
        if (protocols.stream().noneMatch(s::usableWith)) {
            return excluded(s, ExclusionReason.PROTOCOL_NOT_ALLOWED,
                    "needs " + s.minProtocol().id() + (s.isTls13() ? "" : " to TLSv1.2") + ", SCL "
                            + scl.effective().number() + " allows " + String.join(", ",
                            protocols.stream().map(TlsProtocol::id).toList()));
        }
        if (facts.suites().contains(s.ianaName())) {
            return Optional.empty();
        }
        String entry = facts.disabledSuites().get(s.ianaName());
        if (entry != null) {
            return excluded(s, ExclusionReason.DISABLED_BY_JAVA_SECURITY, "jdk.tls.disabledAlgorithms: " + entry);
        }
        return excluded(s, ExclusionReason.UNKNOWN_TO_ENGINE, facts.engine());
    }

    private static Optional<Excluded> excluded(CipherSuite s, ExclusionReason reason, String detail) {
        return Optional.of(new Excluded(s, reason, detail));
    }
}
