package com.synconfig.app.gui.certificates;

import com.synconfig.app.gui.CertificateWizardKind;
import com.synconfig.app.gui.DialogService;
import com.synconfig.model.pki.KeyDescription;
import com.synconfig.model.pki.CertificateInspector;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.pki.PemBundle;
import com.synconfig.model.pki.PemKey;
import com.synconfig.model.pki.PemReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Certificates screen: the certificate files of a folder with their expiry (coloured, days left), an inspector
 * that shows every field of the chosen file's certificates and key with findings, and the certificate wizards.
 */
public final class CertificatesViewModel {

    static final Duration SOON = Duration.ofDays(30);
    private static final List<String> EXTENSIONS = List.of(".pem", ".crt", ".cer", ".der", ".p7b", ".csr", ".key");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final java.util.Map<String, String> EXTENDED_USAGES = java.util.Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth", "1.3.6.1.5.5.7.3.2", "clientAuth", "1.3.6.1.5.5.7.3.3", "codeSigning",
            "1.3.6.1.5.5.7.3.4", "emailProtection", "1.3.6.1.5.5.7.3.8", "timeStamping", "1.3.6.1.5.5.7.3.9", "OCSPSigning");

    private final Clock clock;
    private final DialogService dialogs;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObservableList<CertificateRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CertificateRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper inspection = new ReadOnlyStringWrapper(this, "inspection", "");

    public CertificatesViewModel(Path initialFolder, Clock clock, DialogService dialogs) {
        this.clock = clock;
        this.dialogs = dialogs;
        folder.addListener(o -> refresh());
        selected.addListener((o, was, now) -> inspection.set(now == null ? "" : inspect(now.file())));
        folder.set(initialFolder);
    }

    public void refresh() {
        Path keep = selected.get() == null ? null : selected.get().file();
        List<CertificateRow> found = new ArrayList<>();
        Path dir = folder.get();
        if (dir != null && Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, CertificatesViewModel::looksLikeCertificate)) {
                files.forEach(f -> found.add(row(f)));
            } catch (IOException e) {
                inspection.set("Cannot list " + dir + ": " + e.getMessage());
            }
        }
        found.sort((a, b) -> a.file().getFileName().toString().compareToIgnoreCase(b.file().getFileName().toString()));
        rows.setAll(found);
        selected.set(found.stream().filter(r -> r.file().equals(keep)).findFirst().orElse(null));
    }

    private static boolean looksLikeCertificate(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private CertificateRow row(Path file) {
        try {
            PemBundle pem = PemReader.read(file);
            String key = pem.keys().isEmpty() ? "no" : pem.keys().get(0).encrypted() ? "encrypted" : "yes";
            if (pem.certificates().isEmpty()) {
                return new CertificateRow(file, pem.requests().isEmpty() ? "" : "(certificate request)", "", "", 0,
                        CertificateRow.Expiry.NO_CERTIFICATE, key);
            }
            X509Certificate c = pem.certificates().get(0);
            Instant notAfter = c.getNotAfter().toInstant();
            long days = Duration.between(clock.instant(), notAfter).toDays();
            return new CertificateRow(file, c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                    DAY.format(notAfter), days, expiry(c), key);
        } catch (IOException | RuntimeException e) {
            return new CertificateRow(file, "(" + e.getMessage() + ")", "", "", 0,
                    CertificateRow.Expiry.NO_CERTIFICATE, "no");
        }
    }

    private CertificateRow.Expiry expiry(X509Certificate c) {
        Instant now = clock.instant();
        if (now.isBefore(c.getNotBefore().toInstant())) {
            return CertificateRow.Expiry.NOT_YET_VALID;
        }
        if (now.isAfter(c.getNotAfter().toInstant())) {
            return CertificateRow.Expiry.EXPIRED;
        }
        return now.plus(SOON).isAfter(c.getNotAfter().toInstant()) ? CertificateRow.Expiry.EXPIRES_SOON
                : CertificateRow.Expiry.VALID;
    }

    /**
     * Every field of every certificate in the file and of its key, then what {@link CertificateRules} (the same
     * rules the validator and dltest apply) finds wrong with them.
     */
    String inspect(Path file) {
        StringBuilder out = new StringBuilder(file.toString()).append("\n");
        List<String> findings = new ArrayList<>();
        try {
            PemBundle pem = PemReader.read(file);
            CertificateRules.check(pem, new CertificateRules.Options(null, CertificateRules.DEFAULT_WARN_DAYS,
                    clock.instant(), null)).forEach(f -> findings.add(f.toString().replaceFirst(
                    " " + CertificateRules.FIELD + ":", ":")));
            for (int i = 0; i < pem.certificates().size(); i++) {
                out.append("\nCertificate ").append(i + 1).append(i == 0 ? " (server certificate)" : " (chain)")
                        .append('\n');
                describe(pem.certificates().get(i), out);
            }
            pem.requests().forEach(r -> out.append("\nCertificate request\n  Subject:   ").append(r.getSubject())
                    .append('\n'));
            for (PemKey key : pem.keys()) {
                out.append("\nPrivate key\n  Form:      ").append(key.form().label()).append('\n');
                out.append("  Encrypted: ").append(key.encrypted() ? "yes (passphrase needed)" : "no").append('\n');
                key.plainInfo().ifPresent(info -> out.append("  Key:       ").append(KeyDescription.of(info)).append('\n'));
            }
        } catch (IOException | RuntimeException e) {
            findings.add("ERROR: " + e.getMessage());
        }
        out.append("\nFindings\n");
        if (findings.isEmpty()) {
            out.append("  none\n");
        }
        findings.forEach(f -> out.append("  ").append(f).append('\n'));
        return out.toString();
    }

    private void describe(X509Certificate c, StringBuilder out) {
        line(out, "Subject", c.getSubjectX500Principal().getName());
        line(out, "Issuer", c.getIssuerX500Principal().getName());
        line(out, "Serial", CertificateInspector.serial(c.getSerialNumber()));
        line(out, "Version", Integer.toString(c.getVersion()));
        line(out, "Not before", DATE.format(c.getNotBefore().toInstant()));
        line(out, "Not after", DATE.format(c.getNotAfter().toInstant()) + " (" + Duration.between(clock.instant(),
                c.getNotAfter().toInstant()).toDays() + " days left)");
        line(out, "Public key", KeyDescription.of(c.getPublicKey()).toString());
        line(out, "Signature", c.getSigAlgName());
        line(out, "CA", c.getBasicConstraints() >= 0 ? "yes" : "no");
        line(out, "Key usage", keyUsage(c.getKeyUsage()));
        try {
            line(out, "Ext. usage", c.getExtendedKeyUsage() == null ? "" : String.join(", ", c.getExtendedKeyUsage()
                    .stream().map(oid -> EXTENDED_USAGES.getOrDefault(oid, oid)).toList()));
            line(out, "Alt. names", c.getSubjectAlternativeNames() == null ? "" : String.join(", ",
                    c.getSubjectAlternativeNames().stream().map(l -> String.valueOf(l.get(1))).toList()));
        } catch (CertificateParsingException e) {
            line(out, "Extensions", "unreadable: " + e.getMessage());
        }
        line(out, "SHA-256", fingerprint(c));
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(String.format("  %-11s %s%n", name + ":", value));
    }

    private static String keyUsage(boolean[] bits) {
        if (bits == null) {
            return "";
        }
        String[] names = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
                "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
        List<String> on = new ArrayList<>();
        for (int i = 0; i < bits.length && i < names.length; i++) {
            if (bits[i]) {
                on.add(names[i]);
            }
        }
        return String.join(", ", on);
    }

    private static String fingerprint(X509Certificate c) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    /** Runs a wizard with its output in this folder, then lists the folder again and selects the new file. */
    public void runWizard(CertificateWizardKind kind) {
        Path dir = folder.get() == null ? Path.of(System.getProperty("user.home")) : folder.get();
        dialogs.runCertificateWizard(kind, dir.resolve("rsynd.pem")).ifPresent(created -> {
            refresh();
            rows.stream().filter(r -> r.file().equals(created)).findFirst().ifPresent(selected::set);
        });
    }

    public void chooseFolder() {
        dialogs.chooseDirectory("Certificates folder", folder.get()).ifPresent(folder::set);
    }

    public ObjectProperty<Path> folderProperty() { return folder; }
    public ObservableList<CertificateRow> rows() { return rows; }
    public ObjectProperty<CertificateRow> selectedProperty() { return selected; }
    public ReadOnlyStringProperty inspectionProperty() { return inspection.getReadOnlyProperty(); }
}
