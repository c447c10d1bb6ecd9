package com.synconfig.model.pki;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A certificate subject as an admin fills it in. Only the common name is required.
 *
 * @param cn    common name, e.g. the server's host name
 * @param o     organisation
 * @param ou    organisational unit
 * @param l     locality (city)
 * @param st    state or province
 * @param c     two-letter country code
 * @param email e-mail address
 */
public record DistinguishedName(String cn, String o, String ou, String l, String st, String c, String email) {

    public DistinguishedName {
        cn = blankToNull(cn);
        if (cn == null) {
            throw new IllegalArgumentException("The common name (CN) is required, e.g. the server's host name.");
        }
        o = blankToNull(o);
        ou = blankToNull(ou);
        l = blankToNull(l);
        st = blankToNull(st);
        c = blankToNull(c);
        email = blankToNull(email);
        if (c != null && !c.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("Country (C) '" + c + "' must be a two-letter ISO code, e.g. US or DE.");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("E-mail '" + email + "' is not an address like admin@example.com.");
        }
    }

    public static DistinguishedName ofCommonName(String cn) {
        return new DistinguishedName(cn, null, null, null, null, null, null);
    }

    /** The X.500 name, in OpenSSL's usual order C, ST, L, O, OU, CN, emailAddress. */
    public X500Name toX500Name() {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
        for (Rdn rdn : rdns()) {
            // Encoded values, not strings: BC's string parsing would treat a leading '#' or '\' as syntax.
            ASN1Encodable value = rdn.oid().equals(BCStyle.C) ? new DERPrintableString(rdn.value())
                    : rdn.oid().equals(BCStyle.EmailAddress) ? new DERIA5String(rdn.value())
                    : new DERUTF8String(rdn.value());
            b.addRDN(rdn.oid(), value);
        }
        return b.build();
    }

    /** The {@code -subj} argument of {@code openssl req}: {@code /C=US/O=Example/CN=host}; '\\', '/' and '+' escaped. */
    public String opensslSubject() {
        StringBuilder sb = new StringBuilder();
        for (Rdn rdn : rdns()) {
            sb.append('/').append(rdn.shortName()).append('=').append(rdn.value().replaceAll("([\\\\/+])", "\\\\$1"));
        }
        return sb.toString();
    }

    private record Rdn(String shortName, ASN1ObjectIdentifier oid, String value) {
    }

    private List<Rdn> rdns() {
        List<Rdn> out = new ArrayList<>();
        add(out, "C", BCStyle.C, c == null ? null : c.toUpperCase(java.util.Locale.ROOT));
        add(out, "ST", BCStyle.ST, st);
        add(out, "L", BCStyle.L, l);
        add(out, "O", BCStyle.O, o);
        add(out, "OU", BCStyle.OU, ou);
        add(out, "CN", BCStyle.CN, cn);
        add(out, "emailAddress", BCStyle.EmailAddress, email);
        return out;
    }

    private static void add(List<Rdn> out, String shortName, ASN1ObjectIdentifier oid, String value) {
        if (value != null) {
            out.add(new Rdn(shortName, oid, value));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
