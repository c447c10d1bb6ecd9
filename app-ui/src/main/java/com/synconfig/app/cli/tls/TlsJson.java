package com.synconfig.app.cli.tls;

import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.OpenSslFormat;
import com.synconfig.model.tls.Prediction;
import com.synconfig.model.tls.ServerOffer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of the TLS commands: plain maps, so the output does not change when internals do. */
final class TlsJson {

    private TlsJson() {
    }

    static Map<String, Object> suite(CipherSuite s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iana", s.ianaName());
        m.put("openssl", s.openSslName());
        m.put("code", s.codeText());
        m.put("minProtocol", s.minProtocol().id());
        m.put("kx", s.keyExchange());
        m.put("au", s.authentication());
        m.put("enc", s.encryption());
        m.put("bits", s.bits());
        m.put("mac", s.mac());
        m.put("class", s.strength().name());
        m.put("mode", s.mode().name());
        m.put("forwardSecrecy", s.forwardSecret());
        m.put("description", OpenSslFormat.description(s));
        return m;
    }

    static Map<String, Object> offer(ServerOffer offer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scl", offer.scl().number());
        m.put("effectiveScl", offer.scl().effective().number());
        m.put("engine", offer.engine());
        m.put("keyType", offer.keyType().name());
        m.put("protocols", offer.protocolNames());
        m.put("offered", offer.offered().stream().map(TlsJson::suite).toList());
        m.put("excluded", offer.excluded().stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("iana", e.suite().ianaName());
            x.put("openssl", e.suite().openSslName());
            x.put("reason", e.reason().name());
            x.put("explanation", e.explanation());
            return x;
        }).toList());
        return m;
    }

    static Map<String, Object> prediction(Prediction p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("client", p.client().id());
        m.put("clientDescription", p.client().description());
        m.put("scl", p.offer().scl().number());
        m.put("success", p.success());
        m.put("protocol", p.success() ? p.protocol().id() : null);
        m.put("suite", p.success() ? p.suite().ianaName() : null);
        m.put("description", p.success() ? p.description() : null);
        m.put("clientError", p.success() ? null : p.clientError());
        m.put("clientDetail", p.success() ? null : p.clientDetail());
        m.put("reason", p.reason());
        return m;
    }
}
