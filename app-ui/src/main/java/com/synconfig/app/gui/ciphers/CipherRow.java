package com.synconfig.app.gui.ciphers;

import com.synconfig.model.tls.CipherMode;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.TlsProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One offered suite as the table shows it: {@code protocol} is OpenSSL's minimum-protocol column, {@code usableOver}
 * the protocols in force it can run on; {@code notes} marks what the server prefers less.
 */
public record CipherRow(String openSslName, String ianaName, String protocol, String usableOver, String kx,
                        String au, String enc, String mac, String strength, String notes) {

    /** {@code inForce}: the protocols the service's SCL allows on this engine; the row says which this suite runs on. */
    static CipherRow of(CipherSuite s, List<TlsProtocol> inForce) {
        List<String> notes = new ArrayList<>();
        if (!s.forwardSecret() && !s.isTls13()) {
            notes.add("no forward secrecy");
        }
        if (s.mode() == CipherMode.CBC) {
            notes.add("CBC");
        }
        String over = inForce.stream().filter(s::usableWith).map(TlsProtocol::id).collect(Collectors.joining(", "));
        return new CipherRow(s.openSslName(), s.ianaName(), s.minProtocol().label(), over, s.keyExchange(),
                s.authentication(), s.encryption() + "(" + s.bits() + ")", s.mac(), s.strength().name(),
                String.join(", ", notes));
    }
}
