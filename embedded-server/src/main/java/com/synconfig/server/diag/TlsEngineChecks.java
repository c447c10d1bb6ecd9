package com.synconfig.server.diag;

import com.synconfig.model.service.Scl;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.EngineFacts;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.ServerOffer;
import com.synconfig.server.tls.EngineProbe;
import com.synconfig.server.tls.TlsEngine;
import io.netty.handler.ssl.OpenSsl;
import java.util.ArrayList;
import java.util.List;

/** The embedded server's TLS engines: is BoringSSL there (else the JDK serves), and what each SCL gets in practice. */
public final class TlsEngineChecks {

    static final String ENGINE = "TLS engine";
    static final String PROTOCOLS = "Protocols per SCL";

    private TlsEngineChecks() {
    }

    public static CheckResult engine() {
        TlsEngine preferred = TlsEngine.preferred();
        List<String> details = new ArrayList<>();
        if (TlsEngine.BORINGSSL.isAvailable()) {
            details.add("netty-tcnative: " + OpenSsl.versionString() + String.format(" (version 0x%08X)", OpenSsl.version()));
        } else {
            details.add("BoringSSL: " + TlsEngine.BORINGSSL.unavailabilityCause());
        }
        details.add("JDK: " + System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        if (preferred == TlsEngine.BORINGSSL) {
            return CheckResult.pass(ENGINE, "BoringSSL via netty-tcnative (" + OpenSsl.versionString() + ") serves TLS",
                    details);
        }
        if (TlsEngine.BORINGSSL.isAvailable()) {
            return CheckResult.pass(ENGINE, "the JDK engine serves TLS (chosen with -D" + TlsEngine.ENGINE_PROPERTY
                    + "=jdk); BoringSSL is available", details);
        }
        return CheckResult.warn(ENGINE, "BoringSSL does not load, the JDK engine serves TLS (slower handshakes)",
                details, "Use a build of SynConfig for this OS and architecture (it bundles netty-tcnative for it).");
    }

    /** For each available engine and SCL, the protocols a service really gets, against the SCL table. */
    public static CheckResult protocolsPerScl() {
        List<String> details = new ArrayList<>();
        boolean incomplete = false;
        for (TlsEngine engine : TlsEngine.values()) {
            if (!engine.isAvailable()) {
                continue;
            }
            EngineFacts facts = EngineProbe.facts(engine);
            for (Scl scl : Scl.values()) {
                ServerOffer offer = ServerOffer.compute(scl, KeyType.RSA, facts, CipherCatalog.standard());
                boolean complete = offer.protocolNames().equals(scl.protocols());
                incomplete |= !complete;
                details.add(engine.label() + " SCL " + scl.label() + ": " + String.join(", ", offer.protocolNames())
                        + (complete ? "" : " (the SCL asks for " + String.join(", ", scl.protocols()) + ")")
                        + ", " + offer.offered().size() + " suites with an RSA certificate");
            }
        }
        if (incomplete) {
            return CheckResult.warn(PROTOCOLS, "an engine cannot run every protocol its SCL allows", details,
                    "Start SynConfig with its own launcher so the JDK's TLS settings are adjusted before first use,"
                            + " or use the BoringSSL engine.");
        }
        return CheckResult.pass(PROTOCOLS, "every SCL gets the protocols of the SCL table on every engine", details);
    }
}
