package com.synconfig.app.gui.certificates;

import com.synconfig.app.gui.CertificateWizardKind;
import com.synconfig.app.gui.DialogService;
import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.CertificateReportText;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Certificates screen: the certificate files of a folder with their expiry (coloured, days left), the chosen
 * file's {@link CertificateReport} (the same text {@code synconfig cert inspect} prints), and the certificate wizards.
 */
public final class CertificatesViewModel {

    private static final List<String> EXTENSIONS = List.of(".pem", ".crt", ".cer", ".der", ".p7b", ".csr", ".key");

    private final Clock clock;
    private final DialogService dialogs;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObservableList<CertificateRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CertificateRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper inspection = new ReadOnlyStringWrapper(this, "inspection", "");
    private final ObservableList<String> chain = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyChain = FXCollections.unmodifiableObservableList(chain);

    public CertificatesViewModel(Path initialFolder, Clock clock, DialogService dialogs) {
        this.clock = clock;
        this.dialogs = dialogs;
        folder.addListener(o -> refresh());
        selected.addListener((o, was, now) -> {
            inspection.set(now == null ? "" : inspect(now));
            chain.setAll(now == null || now.report() == null ? List.of() : now.report().chain());
        });
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
            return new CertificateRow(file, CertificateReport.read(file, new CertificateRules.Options(Platform.current(),
                    CertificateRules.DEFAULT_WARN_DAYS, clock.instant(), null)), null);
        } catch (IOException | RuntimeException e) {
            return new CertificateRow(file, null, e.getMessage());
        }
    }

    /** The shared report as text (the same as {@code synconfig cert inspect}), or why the file cannot be read. */
    private static String inspect(CertificateRow row) {
        return row.report() == null ? row.file() + ": " + row.problem() + "\n" : CertificateReportText.of(row.report());
    }

    /** Runs a wizard with its output in this folder, then lists the folder again and selects the new file. */
    public void runWizard(CertificateWizardKind kind) {
        Path dir = folder.get() == null ? Path.of(System.getProperty("user.home")) : folder.get();
        Optional<Path> created = dialogs.runCertificateWizard(kind, dir.resolve(ServiceDefinition.DEFAULT_CERTIFICATE));
        refresh();
        created.flatMap(file -> rows.stream().filter(r -> r.file().equals(file)).findFirst()).ifPresent(selected::set);
    }

    public void chooseFolder() {
        dialogs.chooseDirectory("Certificates folder", folder.get()).ifPresent(folder::set);
    }

    public ObjectProperty<Path> folderProperty() { return folder; }
    public ObservableList<CertificateRow> rows() { return rows; }
    public ObjectProperty<CertificateRow> selectedProperty() { return selected; }
    public ReadOnlyStringProperty inspectionProperty() { return inspection.getReadOnlyProperty(); }
    /** The chosen file's chain, root first, as the shared report gives it. */
    public ObservableList<String> chain() { return readOnlyChain; }
}
