package com.synconfig.app.gui.environment;

import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.app.gui.ServicePicker;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.RandomSourceRule;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceValidator;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Environment screen: {@code DBLDIR}, {@code SYNSSL_RAND} and the service's other variables, each with where
 * its value comes from and a check. Files are checked only when the service is configured for this machine's
 * platform.
 */
public final class EnvironmentViewModel {

    static final String DBLDIR = ServiceDefinition.DBLDIR;
    static final String SYNSSL_RAND = RandomSourceRule.VARIABLE;

    private final HostEnvironment host;
    private final ServiceValidator validator;
    private final Consumer<String> editService;
    private final ServicePicker picker = new ServicePicker();
    private final ObservableList<VariableRow> rows = FXCollections.observableArrayList();

    /**
     * @param editService opens the service dialog for the named service (where variables are edited)
     */
    public EnvironmentViewModel(ObservableValue<ServiceConfiguration> services, HostEnvironment host,
                                ServiceValidator validator, Consumer<String> editService) {
        this.host = host;
        this.validator = validator;
        this.editService = editService;
        picker.follow(services, this::recompute);
    }

    private void recompute() {
        rows.clear();
        picker.selected().ifPresent(s -> rows.setAll(rowsFor(s)));
    }

    private List<VariableRow> rowsFor(ServiceDefinition s) {
        List<VariableRow> out = new ArrayList<>();
        boolean local = host.canCheckFilesOf(s.platform());
        out.add(dblDir(s, local));
        out.add(synsslRand(s, local));
        List<Finding> envFindings = validator.validate(s, picker.configuration().services()).stream()
                .filter(f -> f.field().equals("environment")).toList();
        for (Map.Entry<String, String> e : s.environment().entrySet()) {
            if (e.getKey().equals(DBLDIR) || e.getKey().equals(SYNSSL_RAND)) {
                continue;
            }
            Finding f = envFindings.stream().filter(x -> x.message().contains("'" + e.getKey() + "'")).findFirst()
                    .orElse(null);
            out.add(new VariableRow(e.getKey(), e.getValue(), "service", f == null ? null : f.severity(),
                    f == null ? "" : text(f)));
        }
        return out;
    }

    private VariableRow dblDir(ServiceDefinition s, boolean local) {
        Value v = value(s, DBLDIR, local);
        if (v.value.isEmpty()) {
            boolean needed = s.encrypt() && s.certificateFile() == null;
            return new VariableRow(DBLDIR, "", v.source, needed ? Severity.ERROR : Severity.INFO, needed
                    ? "Not set, but encryption uses the default rsynd.pem in DBLDIR. Fix: set DBLDIR, or set the certificate file."
                    : "Not set; the default certificate rsynd.pem is looked for in DBLDIR.");
        }
        if (!local) {
            return new VariableRow(DBLDIR, v.value, v.source, null, "Not checked: the service is for another platform.");
        }
        return isDirectory(v.value)
                ? new VariableRow(DBLDIR, v.value, v.source, null, "Directory exists.")
                : new VariableRow(DBLDIR, v.value, v.source, Severity.ERROR,
                "Not a directory on this machine. Fix: point DBLDIR at the Synergy/DE directory.");
    }

    private VariableRow synsslRand(ServiceDefinition s, boolean local) {
        Value v = value(s, SYNSSL_RAND, local);
        if (v.value.isEmpty()) {
            return new VariableRow(SYNSSL_RAND, "", v.source, Severity.INFO,
                    "Not set. Set it to a file of random data only if \"Cannot load random state\" appears.");
        }
        if (!local) {
            return new VariableRow(SYNSSL_RAND, v.value, v.source, null,
                    "Not checked: the service is for another platform.");
        }
        List<Finding> findings = RandomSourceRule.check(v.value);
        return findings.isEmpty()
                ? new VariableRow(SYNSSL_RAND, v.value, v.source, null, "Usable: random data can be gathered from it.")
                : new VariableRow(SYNSSL_RAND, v.value, v.source, findings.get(0).severity(), text(findings.get(0)));
    }

    private record Value(String value, String source) {
    }

    /** The service's own setting, else (for a service on this machine) the program's environment. */
    private Value value(ServiceDefinition s, String name, boolean local) {
        String own = s.environment().get(name);
        if (own != null && !own.isEmpty()) {
            return new Value(own, "service");
        }
        String inherited = local ? host.variables().get(name) : null;
        return inherited == null || inherited.isEmpty() ? new Value("", "not set")
                : new Value(inherited, "this machine's environment");
    }

    private static boolean isDirectory(String path) {
        try {
            return Files.isDirectory(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String text(Finding f) {
        return f.fix().isEmpty() ? f.message() : f.message() + " Fix: " + f.fix();
    }

    public void editSelectedService() {
        if (picker.serviceProperty().get() != null) {
            editService.accept(picker.serviceProperty().get());
        }
    }

    public ObservableList<String> serviceNames() { return picker.names(); }
    public ObjectProperty<String> serviceProperty() { return picker.serviceProperty(); }
    public ObservableList<VariableRow> rows() { return rows; }
}
