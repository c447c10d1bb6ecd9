package com.synconfig.model.servicecheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.Endpoint;
import com.synconfig.model.service.Scl;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.EngineFacts;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.ServerOffer;
import com.synconfig.model.tls.TlsProtocol;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceCheckPlanTest {

    private static final CipherCatalog CATALOG = CipherCatalog.standard();
    private static final Endpoint HERE = new Endpoint("localhost", 2330);
    /** An engine that runs every protocol and every suite OpenSSL 3.0 knows. */
    private static final EngineFacts EVERYTHING = new EngineFacts("Test",
            CATALOG.all().stream().filter(CipherSuite::inOpenSsl3).map(CipherSuite::ianaName).collect(Collectors.toSet()),
            EnumSet.allOf(TlsProtocol.class), Map.of(), true);

    private static ServiceCheckPlan plan(Scl scl, KeyType key, EngineFacts facts) {
        return ServiceCheckPlan.encrypted("SynSrv", HERE, ServerOffer.compute(scl, key, facts, CATALOG),
                CertificateFacts.none("", "not read in this test"));
    }

    private static List<Probe> of(ServiceCheckPlan plan, ProbeKind kind) {
        return plan.probes().stream().filter(p -> p.kind() == kind).toList();
    }

    @Test
    void eachProtocolIsPredictedAcceptedExactlyWhenTheSclAllowsIt() {
        ServiceCheckPlan scl3 = plan(Scl.LEVEL_3, KeyType.RSA, EVERYTHING);
        ServiceCheckPlan scl2 = plan(Scl.LEVEL_2, KeyType.RSA, EVERYTHING);

        assertThat(of(scl3, ProbeKind.PROTOCOL)).extracting(Probe::item, Probe::predicted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TLS 1.0", Outcome.REFUSED),
                org.assertj.core.groups.Tuple.tuple("TLS 1.1", Outcome.REFUSED),
                org.assertj.core.groups.Tuple.tuple("TLS 1.2", Outcome.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple("TLS 1.3", Outcome.ACCEPTED));
        assertThat(of(scl3, ProbeKind.PROTOCOL).get(1).why()).isEqualTo("SCL 3 accepts only TLS 1.2, TLS 1.3");
        assertThat(of(scl2, ProbeKind.PROTOCOL)).extracting(Probe::predicted)
                .containsExactly(Outcome.REFUSED, Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.ACCEPTED);
    }

    @Test
    void aProtocolTheSclAllowsButTheEngineLacksIsPredictedRefusedAndSaysWhy() {
        EngineFacts noTls11 = new EngineFacts("Engine", EVERYTHING.suites(),
                EnumSet.of(TlsProtocol.TLS_V1_2, TlsProtocol.TLS_V1_3), Map.of(), true);

        Probe tls11 = of(plan(Scl.LEVEL_2, KeyType.RSA, noTls11), ProbeKind.PROTOCOL).get(1);

        assertThat(tls11.predicted()).isEqualTo(Outcome.REFUSED);
        assertThat(tls11.why()).isEqualTo("SCL 2 allows it, but the Engine engine here does not run it");
    }

    @Test
    void everyOfferedSuiteIsProbedOverEachProtocolItRunsOnAndEveryOtherSuiteOnce() {
        ServerOffer offer = ServerOffer.compute(Scl.LEVEL_2, KeyType.RSA, EVERYTHING, CATALOG);
        ServiceCheckPlan plan = plan(Scl.LEVEL_2, KeyType.RSA, EVERYTHING);

        List<Probe> offered = of(plan, ProbeKind.OFFERED_SUITE);
        assertThat(offered).allMatch(p -> p.predicted() == Outcome.ACCEPTED && p.suite().usableWith(p.protocol()));
        assertThat(offered).extracting(Probe::item).contains("ECDHE-RSA-AES256-SHA (TLS 1.2)",
                "ECDHE-RSA-AES256-SHA (TLS 1.1)", "ECDHE-RSA-AES256-GCM-SHA384 (TLS 1.2)",
                "TLS_AES_256_GCM_SHA384 (TLS 1.3)").doesNotContain("ECDHE-RSA-AES256-GCM-SHA384 (TLS 1.1)");
        assertThat(offered.stream().map(Probe::suite).distinct()).containsExactlyElementsOf(offer.offered());
        assertThat(offered.get(0).why()).isEqualTo("offered, the server's choice 1 of " + offer.offered().size());

        List<Probe> notOffered = of(plan, ProbeKind.NOT_OFFERED_SUITE);
        assertThat(notOffered).extracting(Probe::suite)
                .containsExactlyElementsOf(offer.excluded().stream().map(ServerOffer.Excluded::suite).toList());
        assertThat(notOffered).allMatch(p -> p.predicted() == Outcome.REFUSED && p.suite().usableWith(p.protocol()));
        Probe ecdsa = notOffered.stream().filter(p -> p.suite().openSslName().equals("ECDHE-ECDSA-AES256-GCM-SHA384"))
                .findFirst().orElseThrow();
        assertThat(ecdsa.protocol()).isEqualTo(TlsProtocol.TLS_V1_2);
        assertThat(ecdsa.why()).isEqualTo("needs an EC certificate (the certificate has an RSA key)");
    }

    @Test
    void renegotiationIsProbedBelowTls13() {
        List<Probe> probes = plan(Scl.LEVEL_3, KeyType.EC, EVERYTHING).probes();

        assertThat(probes.subList(probes.size() - 2, probes.size()))
                .extracting(Probe::kind, Probe::protocol, Probe::predicted).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProbeKind.SECURE_RENEGOTIATION, TlsProtocol.TLS_V1_2,
                                Outcome.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(ProbeKind.CLIENT_RENEGOTIATION, TlsProtocol.TLS_V1_2,
                                Outcome.REFUSED));
    }

    @Test
    void aClearServiceMustRefuseEveryHandshakeAndServeNoCertificate() {
        ServiceCheckPlan plan = ServiceCheckPlan.clear("Plain", HERE);

        assertThat(plan.encrypted()).isFalse();
        assertThat(plan.probes()).hasSize(4).allMatch(p -> p.kind() == ProbeKind.PROTOCOL
                && p.predicted() == Outcome.REFUSED);
        assertThat(plan.steps()).isEqualTo(5);
        assertThat(plan.report(List.of(), List.of()).endpoint()).isEqualTo("localhost:2330");
    }
}
