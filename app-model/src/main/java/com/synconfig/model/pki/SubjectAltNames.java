package com.synconfig.model.pki;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * The names a server certificate is valid for (subjectAltName): DNS names and IP addresses, written
 * {@code DNS:host.example.com} and {@code IP:10.0.0.5} as on the command line and in OpenSSL.
 */
public record SubjectAltNames(List<String> entries) {

    public SubjectAltNames {
        entries = List.copyOf(new LinkedHashSet<>(entries.stream().map(SubjectAltNames::normalise).toList()));
    }

    /** Parses each {@code DNS:name} or {@code IP:address}. */
    public static SubjectAltNames parse(Collection<String> texts) {
        return new SubjectAltNames(new ArrayList<>(texts));
    }

    /** The default for a server certificate: this machine's host name and 127.0.0.1. */
    public static SubjectAltNames defaults() {
        try {
            return new SubjectAltNames(List.of("DNS:" + localHostName(), "IP:127.0.0.1"));
        } catch (IllegalArgumentException e) {
            // A host name that is no valid DNS name (e.g. with '_') cannot be a SAN.
            return new SubjectAltNames(List.of("DNS:localhost", "IP:127.0.0.1"));
        }
    }

    /** This machine's host name, or {@code localhost} when it has none. */
    public static String localHostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? "localhost" : name;
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public GeneralNames toGeneralNames() {
        return new GeneralNames(entries.stream().map(e -> e.startsWith("IP:")
                ? new GeneralName(GeneralName.iPAddress, e.substring(3))
                : new GeneralName(GeneralName.dNSName, e.substring(4))).toArray(GeneralName[]::new));
    }

    /** OpenSSL's extension text: {@code subjectAltName=DNS:a,IP:1.2.3.4}. */
    public String opensslExtension() {
        return "subjectAltName=" + String.join(",", entries);
    }

    private static String normalise(String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.indexOf(':');
        String kind = colon < 0 ? "" : t.substring(0, colon).toUpperCase(Locale.ROOT);
        String value = colon < 0 ? "" : t.substring(colon + 1).trim();
        if (kind.equals("DNS") && value.matches("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")) {
            return "DNS:" + value.toLowerCase(Locale.ROOT);
        }
        if (kind.equals("IP") && isIpLiteral(value)) {
            return "IP:" + value;
        }
        throw new IllegalArgumentException("Subject alternative name '" + text
                + "' is not valid: write DNS:host.example.com or IP:10.0.0.5 (IPv6 too, e.g. IP:::1).");
    }

    private static boolean isIpLiteral(String value) {
        if (!value.matches("[0-9.]+") && !value.matches("[0-9A-Fa-f:.]+")) {
            return false; // never resolve names here: only literals
        }
        if (value.matches("[0-9.]+") && !value.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}")) {
            return false;
        }
        try {
            InetAddress.getByName(value);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
