package com.synconfig.model.pki;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Reads every PEM block of a file (SPEC.md section 3): certificates, PKCS#8 keys (plain or encrypted),
 * traditional RSA/EC keys (optionally encrypted with {@code Proc-Type}/{@code DEK-Info}), certificate
 * requests and PKCS#7 certificate bundles. Keys stay encrypted until a caller decrypts them.
 */
public final class PemReader {

    private static final String UTF8_BOM_AS_LATIN1 = "\u00EF\u00BB\u00BF";

    private PemReader() {
    }

    /** @throws IOException naming the file when it is missing, unreadable, has no PEM block or a damaged one */
    public static PemBundle read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
        return parse(text, file);
    }

    /** @param file used in messages only; may be {@code null} */
    public static PemBundle parse(String text, Path file) throws IOException {
        String name = file == null ? "input" : file.toString();
        if (text.startsWith(UTF8_BOM_AS_LATIN1)) {
            text = text.substring(UTF8_BOM_AS_LATIN1.length()); // Windows editors like to add one
        }
        List<PemEntry> entries = new ArrayList<>();
        try (PEMParser blocks = new PEMParser(new StringReader(text))) {
            PemObject block;
            while ((block = blocks.readPemObject()) != null) {
                addEntries(block, entries);
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(name + ": damaged PEM block (" + e.getMessage() + ")", e);
        }
        if (entries.isEmpty()) {
            throw new IOException(name + ": no PEM block found (a PEM file has lines like '-----BEGIN CERTIFICATE-----';"
                    + " for PKCS#12 or DER files use 'synconfig cert convert')");
        }
        return new PemBundle(file, entries);
    }

    private static void addEntries(PemObject block, List<PemEntry> entries) throws IOException {
        String type = block.getType();
        Object parsed;
        try (PEMParser one = new PEMParser(reEncode(block))) {
            parsed = one.readObject();
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("unrecognised object")) {
                entries.add(new PemEntry.Other(type));
                return;
            }
            throw e;
        }
        if (parsed instanceof X509CertificateHolder holder) {
            entries.add(new PemEntry.Certificate(type, toCertificate(holder)));
        } else if (parsed instanceof PrivateKeyInfo info) {
            entries.add(new PemEntry.Key(type, PemKey.of(info)));
        } else if (parsed instanceof PKCS8EncryptedPrivateKeyInfo info) {
            entries.add(new PemEntry.Key(type, PemKey.of(info)));
        } else if (parsed instanceof PEMKeyPair pair) {
            entries.add(new PemEntry.Key(type, PemKey.of(pair, type.startsWith("RSA"))));
        } else if (parsed instanceof PEMEncryptedKeyPair pair) {
            entries.add(new PemEntry.Key(type, PemKey.of(pair)));
        } else if (parsed instanceof PKCS10CertificationRequest request) {
            entries.add(new PemEntry.Request(type, request));
        } else if (parsed instanceof ContentInfo pkcs7) {
            for (X509Certificate c : pkcs7Certificates(pkcs7)) {
                entries.add(new PemEntry.Certificate(type, c));
            }
        } else {
            entries.add(new PemEntry.Other(type));
        }
    }

    /** The certificates of a PKCS#7 (CMS signed-data) bundle, as a CA's reply often comes. */
    static List<X509Certificate> pkcs7Certificates(ContentInfo pkcs7) throws IOException {
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (X509CertificateHolder h : new CMSSignedData(pkcs7).getCertificates().getMatches(null)) {
                out.add(toCertificate(h));
            }
            return out;
        } catch (CMSException e) {
            throw new IOException("damaged PKCS#7 bundle: " + e.getMessage(), e);
        }
    }

    static X509Certificate toCertificate(X509CertificateHolder holder) throws IOException {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IOException("damaged certificate: " + e.getMessage(), e);
        }
    }

    private static Reader reEncode(PemObject block) throws IOException {
        StringWriter out = new StringWriter();
        try (PemWriter w = new PemWriter(out)) {
            w.writeObject(block);
        }
        return new StringReader(out.toString());
    }
}
