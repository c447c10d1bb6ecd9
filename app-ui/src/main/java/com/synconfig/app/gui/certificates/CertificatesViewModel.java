package com.synconfig.app.gui.certificates;

import com.synconfig.app.gui.CertificateWizardKind;
import com.synconfig.app.gui.DialogService;
import com.synconfig.model.pki.CertificateExpiryWarning;
import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.CertificateReportText;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.pki.ChainLink;
import com.synconfig.model.pki.LocalCa;
import com.synconfig.model.pki.PemBundle;
import com.synconfig.model.pki.PemObjectReport;
import com.synconfig.model.pki.PemReader;
import com.synconfig.model.pki.ReportField;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Certificates screen: the certificate files of a folder with their expiry (coloured, days left), the chosen
 * file's {@link CertificateReport} (the same text {@code synconfig cert inspect} prints) with its chain as a tree and
 * the details of the certificate chosen in it, the configured services' certificates that expire, and the
 * certificate wizards. The folder's CA files (CA certificates without a key) are the local CA that completes chains.
 */
public final class CertificatesViewModel {

    private static final List<String> EXTENSIONS = List.of(".pem", ".crt", ".cer", ".der", ".p7b", ".csr", ".key");

    private final Clock clock;
    private final DialogService dialogs;
    private final Function<CertificateRules.Options, List<CertificateExpiryWarning>> expiryCheck;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObservableList<CertificateRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CertificateRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper inspection = new ReadOnlyStringWrapper(this, "inspection", "");
    private final ObservableList<ChainLink> chain = FXCollections.observableArrayList();
    private final ObservableList<ChainLink> readOnlyChain = FXCollections.unmodifiableObservableList(chain);
    private final ObjectProperty<ChainLink> selectedLink = new SimpleObjectProperty<>(this, "selectedLink");
    private final ObservableList<ReportField> details = FXCollections.observableArrayList();
    private final ObservableList<ReportField> readOnlyDetails = FXCollections.unmodifiableObservableList(details);
    private final ObservableList<CertificateExpiryWarning> expiring = FXCollections.observableArrayList();
    private final ObservableList<CertificateExpiryWarning> readOnlyExpiring =
            FXCollections.unmodifiableObservableList(expiring);

    /**
     * @param expiryCheck the configured services' certificates that expire, judged with the options given (the
     *                    shared {@link com.synconfig.model.pki.ServiceCertificateExpiry})
     */
    public CertificatesViewModel(Path initialFolder, Clock clock, DialogService dialogs,
                                 Function<CertificateRules.Options, List<CertificateExpiryWarning>> expiryCheck) {
        this.clock = clock;
        this.dialogs = dialogs;
        this.expiryCheck = expiryCheck;
        folder.addListener(o -> refresh());
        selected.addListener((o, was, now) -> {
            inspection.set(now == null ? "" : inspect(now));
            chain.setAll(now == null || now.report() == null ? List.of() : now.report().chain());
            selectedLink.set(chain.isEmpty() ? null : chain.get(chain.size() - 1));
            showDetails();
        });
        selectedLink.addListener(o -> showDetails());
        folder.set(initialFolder);
    }

    /** Lists the folder again (the local CA with it), and checks the services' certificates for expiry. */
    public void refresh() {
        Path keep = selected.get() == null ? null : selected.get().file();
        CertificateRules.Options options = options();
        Map<Path, PemBundle> read = new LinkedHashMap<>();
        Map<Path, String> problems = new LinkedHashMap<>();
        for (Path file : certificateFiles()) {
            try {
                read.put(file, PemReader.read(file));
            } catch (IOException | RuntimeException e) {
                problems.put(file, e.getMessage());
            }
        }
        LocalCa localCa = LocalCa.among(read);
        List<CertificateRow> found = new ArrayList<>();
        read.forEach((file, pem) -> found.add(row(file, pem, options, localCa)));
        problems.forEach((file, problem) -> found.add(new CertificateRow(file, null, problem)));
        found.sort((a, b) -> a.file().getFileName().toString().compareToIgnoreCase(b.file().getFileName().toString()));
        rows.setAll(found);
        selected.set(found.stream().filter(r -> r.file().equals(keep)).findFirst().orElse(null));
        expiring.setAll(expiryCheck.apply(options));
    }

    private CertificateRules.Options options() {
        return new CertificateRules.Options(Platform.current(), CertificateRules.DEFAULT_WARN_DAYS, clock.instant(), null);
    }

    private List<Path> certificateFiles() {
        List<Path> files = new ArrayList<>();
        Path dir = folder.get();
        if (dir != null && Files.isDirectory(dir)) {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir, CertificatesViewModel::looksLikeCertificate)) {
                listing.forEach(files::add);
            } catch (IOException e) {
                inspection.set("Cannot list " + dir + ": " + e.getMessage());
            }
        }
        files.sort(null);
        return files;
    }

    private static boolean looksLikeCertificate(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static CertificateRow row(Path file, PemBundle pem, CertificateRules.Options options, LocalCa localCa) {
        try {
            return new CertificateRow(file, CertificateReport.of(pem, options, localCa), null);
        } catch (RuntimeException e) {
            return new CertificateRow(file, null, e.getMessage());
        }
    }

    /** The shared report as text (the same as {@code synconfig cert inspect}), or why the file cannot be read. */
    private static String inspect(CertificateRow row) {
        return row.report() == null ? row.file() + ": " + row.problem() + "\n" : CertificateReportText.of(row.report());
    }

    /** The facts of the certificate chosen in the chain; without a chain, of the file's first object. */
    private void showDetails() {
        Optional<PemObjectReport> shown = selectedLink.get() != null
                ? Optional.ofNullable(selectedLink.get().certificate())
                : Optional.ofNullable(selected.get()).map(CertificateRow::report)
                        .flatMap(r -> r.objects().stream().findFirst());
        details.setAll(shown.map(CertificateReportText::fields).orElse(List.of()));
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
    public ObservableList<ChainLink> chain() { return readOnlyChain; }
    /** The certificate of the chain whose details are shown; the file's own certificate when a file is chosen. */
    public ObjectProperty<ChainLink> selectedLinkProperty() { return selectedLink; }
    /** The labelled facts of the chosen certificate, as {@code cert inspect} words them. */
    public ObservableList<ReportField> details() { return readOnlyDetails; }
    /** The configured services' certificates that have expired or expire within 30 days. */
    public ObservableList<CertificateExpiryWarning> expiring() { return readOnlyExpiring; }
}
