package com.synconfig.app.gui.services;

import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceFindings;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.model.service.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Validate all: every rule applied to every service as edited, through {@link ValidationReport} (what
 * {@code synconfig validate} prints), one row per finding and an OK row for a service without any.
 */
public final class ValidateAllViewModel {

    private final Supplier<ServiceConfiguration> services;
    private final ServiceValidator validator;
    private final ObservableList<ValidationRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private ValidationReport report = new ValidationReport(List.of());

    /** @param services the services as edited, asked each time it validates */
    public ValidateAllViewModel(Supplier<ServiceConfiguration> services, ServiceValidator validator) {
        this.services = services;
        this.validator = validator;
    }

    /** Validates every service again. */
    public void run() {
        report = ValidationReport.of(validator, services.get().services());
        List<ValidationRow> found = new ArrayList<>();
        for (ServiceFindings r : report.services()) {
            String name = r.service().name();
            if (r.findings().isEmpty()) {
                found.add(new ValidationRow(name, r.verdict(), null));
            }
            r.findings().forEach(f -> found.add(new ValidationRow(name, r.verdict(), f)));
        }
        rows.setAll(found);
        summary.set(report.summary());
    }

    public ValidationReport report() { return report; }
    public ObservableList<ValidationRow> rows() { return FXCollections.unmodifiableObservableList(rows); }
    /** E.g. {@code 2 service(s) checked: 1 error(s), 0 warning(s).} */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
