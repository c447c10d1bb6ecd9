package com.synconfig.server.tls;

import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.tls.KeyType;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Service certificates made by the real {@code openssl} binary, read with Bouncy Castle's PEMParser
 * (until {@code ServiceCredentials.load} is merged from the certificate work).
 */
final class TestPki {

    private TestPki() {
    }

    /** A self-signed {@code CN=localhost} certificate and its key in one PEM file under {@code dir}. */
    static Path makeServiceFile(Path dir, KeyType type) throws Exception {
        Path key = dir.resolve(type + "-key.pem");
        Path cert = dir.resolve(type + "-cert.pem");
        String newkey = type == KeyType.RSA ? "rsa:2048" : "ec";
        List<String> cmd = new ArrayList<>(List.of("openssl", "req", "-x509", "-newkey", newkey));
        if (type == KeyType.EC) {
            cmd.addAll(List.of("-pkeyopt", "ec_paramgen_curve:prime256v1"));
        }
        cmd.addAll(List.of("-nodes", "-keyout", key.toString(), "-out", cert.toString(), "-days", "2",
                "-subj", "/CN=localhost"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("openssl req failed: " + out);
        }
        Path service = dir.resolve(type + "-rsynd.pem");
        Files.writeString(service, Files.readString(cert) + Files.readString(key));
        return service;
    }

    static ServiceCredentials load(Path pem) throws IOException {
        List<X509Certificate> chain = new ArrayList<>();
        PrivateKey key = null;
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        try (Reader r = Files.newBufferedReader(pem); PEMParser parser = new PEMParser(r)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder h) {
                    chain.add(new JcaX509CertificateConverter().getCertificate(h));
                } else if (o instanceof PrivateKeyInfo info) {
                    key = keys.getPrivateKey(info);
                } else if (o instanceof PEMKeyPair pair) {
                    key = keys.getKeyPair(pair).getPrivate();
                }
            }
        } catch (java.security.cert.CertificateException e) {
            throw new IOException(e);
        }
        return new ServiceCredentials(chain, key);
    }
}
