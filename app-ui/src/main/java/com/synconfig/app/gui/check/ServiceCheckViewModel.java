package com.synconfig.app.gui.check;

import com.synconfig.app.gui.Messages;
import com.synconfig.model.servicecheck.CheckItem;
import com.synconfig.model.servicecheck.ServiceCheckReport;
import com.synconfig.model.servicecheck.ServiceCheckText;
import com.synconfig.model.servicecheck.Verdict;
import com.synconfig.server.check.ServiceCheck;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Check window of one running service: runs the domain's check ({@link ServiceCheck}) off the FX thread, shows
 * its progress, then each row (item, predicted, actual, verdict) and the overall verdict. Rows no client here could
 * try among the suites not offered are hidden unless asked for.
 */
public final class ServiceCheckViewModel {

    /** Checks the saved service called {@code service} where it runs; blocks. */
    @FunctionalInterface
    public interface Checker {
        ServiceCheckReport check(String service, ServiceCheck.Progress progress) throws Exception;
    }

    private final String service;
    private final Checker checker;
    private final Executor fxThread;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<CheckItem> items = FXCollections.observableArrayList();
    private final FilteredList<CheckItem> visibleItems = new FilteredList<>(items);
    private final BooleanProperty showUntestable = new SimpleBooleanProperty(this, "showUntestable");
    private final ObjectProperty<CheckItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private ServiceCheckReport report;

    /**
     * @param fxThread where progress is shown from the checking thread ({@code Platform::runLater})
     */
    public ServiceCheckViewModel(String service, Checker checker, Executor fxThread, Messages messages) {
        this.service = service;
        this.checker = checker;
        this.fxThread = fxThread;
        this.messages = messages;
        showUntestable.addListener(o -> refilter());
        selected.addListener((o, was, now) -> details.set(now == null ? ""
                : messages.format("check.details", now.why(), now.evidence())));
        refilter();
    }

    public String service() {
        return service;
    }

    /** Clears the last result; call on the FX thread before {@link #work()} runs. */
    public void started() {
        report = null;
        items.clear();
        running.set(true);
        progress.set(-1);
        verdict.set(null);
        progressText.set(messages.format("check.connecting", service));
        summary.set("");
    }

    /** The check, to run off the FX thread: it reports each row's progress back on the FX thread. */
    public Callable<ServiceCheckReport> work() {
        return () -> checker.check(service, (done, total, item) -> fxThread.execute(() -> step(done, total, item)));
    }

    void step(int done, int total, String item) {
        progress.set(total == 0 ? -1 : (double) done / total);
        progressText.set(messages.format("check.progress", done, total, item));
    }

    /** Shows the finished check. */
    public void show(ServiceCheckReport finished) {
        report = finished;
        running.set(false);
        progress.set(1);
        items.setAll(finished.items());
        verdict.set(finished.overall());
        progressText.set(messages.format("check.done", finished.endpoint(), finished.engine()));
        summary.set(messages.get("check.verdict." + finished.overall().name()) + " " + finished.summary());
    }

    /** Shows why the check could not run (nothing answers, the service is unknown...). */
    public void failed(Throwable failure) {
        running.set(false);
        progress.set(0);
        verdict.set(null);
        progressText.set("");
        summary.set(messages.format("check.failed", String.valueOf(failure.getMessage())));
    }

    /** The whole report as {@code synconfig check --all} prints it, for the clipboard; empty before it ran. */
    public String reportText() {
        return report == null ? "" : ServiceCheckText.of(report, true);
    }

    private void refilter() {
        boolean all = showUntestable.get();
        visibleItems.setPredicate(i -> all || !ServiceCheckText.hiddenByDefault(i));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Every row of the last check. */
    public ObservableList<CheckItem> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** The rows the table shows. */
    public ObservableList<CheckItem> visibleItems() {
        return visibleItems;
    }

    public BooleanProperty showUntestableProperty() {
        return showUntestable;
    }

    public ObjectProperty<CheckItem> selectedProperty() {
        return selected;
    }

    /** Why the selected row was predicted so, and what the probe saw. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
