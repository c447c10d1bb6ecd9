package com.synconfig.app.gui.diagnostics;

import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.server.diag.CheckResult;
import com.synconfig.server.diag.DltestReport;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Diagnostics screen: runs dltest over the configured services and shows each check with its details and fix.
 * {@link #check()} does the (slow) work and may run on any thread; {@link #show} must run where the properties live.
 */
public final class DiagnosticsViewModel {

    private final Function<List<com.synconfig.model.service.ServiceDefinition>, DltestReport> dltest;
    private final Supplier<ServiceConfiguration> services;
    private final ObservableList<CheckResult> results = FXCollections.observableArrayList();
    private final ObjectProperty<CheckResult> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private DltestReport report;

    /**
     * @param dltest   runs the checks for the given services
     * @param services the services as currently edited
     */
    public DiagnosticsViewModel(Function<List<com.synconfig.model.service.ServiceDefinition>, DltestReport> dltest,
                                Supplier<ServiceConfiguration> services) {
        this.dltest = dltest;
        this.services = services;
        selected.addListener((o, was, now) -> details.set(now == null ? "" : detailsOf(now)));
    }

    /** Runs dltest; slow (loads native libraries, reads random data), so call it off the FX thread. */
    public DltestReport check() {
        return dltest.apply(services.get().services());
    }

    public void show(DltestReport shown) {
        report = shown;
        results.setAll(shown.results());
        summary.set(shown.summary());
        selected.set(shown.results().stream().filter(r -> r.status() != com.synconfig.server.diag.CheckStatus.PASS)
                .findFirst().orElse(shown.results().isEmpty() ? null : shown.results().get(0)));
    }

    /** The whole report as text for the clipboard; {@code ""} before the first run. */
    public String reportText() {
        return report == null ? "" : report.render(true);
    }

    static String detailsOf(CheckResult r) {
        StringBuilder sb = new StringBuilder(r.status() + "  " + r.check() + "\n" + r.summary() + "\n");
        r.details().forEach(d -> sb.append("\n  ").append(d));
        if (!r.fix().isEmpty()) {
            sb.append("\n\nFix: ").append(r.fix());
        }
        return sb.toString();
    }

    public ObservableList<CheckResult> results() { return results; }
    public ObjectProperty<CheckResult> selectedProperty() { return selected; }
    public BooleanProperty runningProperty() { return running; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
}
