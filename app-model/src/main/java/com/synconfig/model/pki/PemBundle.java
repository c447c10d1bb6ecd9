package com.synconfig.model.pki;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** Everything a PEM file holds, in file order. */
public record PemBundle(Path file, List<PemEntry> entries) {

    public PemBundle {
        entries = List.copyOf(entries);
    }

    public List<X509Certificate> certificates() {
        return entries.stream().filter(PemEntry.Certificate.class::isInstance)
                .map(e -> ((PemEntry.Certificate) e).certificate()).toList();
    }

    public List<PemKey> keys() {
        return entries.stream().filter(PemEntry.Key.class::isInstance)
                .map(e -> ((PemEntry.Key) e).key()).toList();
    }

    public List<PKCS10CertificationRequest> requests() {
        return entries.stream().filter(PemEntry.Request.class::isInstance)
                .map(e -> ((PemEntry.Request) e).request()).toList();
    }

    /** The file name for messages ("rsynd.pem: ..."). */
    public String name() {
        return file == null ? "(input)" : String.valueOf(file.getFileName());
    }
}
