package com.synconfig.app.gui.certificates;

import com.synconfig.app.gui.Messages;
import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.CertificateReportText;
import com.synconfig.model.service.Endpoint;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Inspecting the certificate chain a TLS server at {@code host:port} presents: the same report {@code cert inspect
 * --connect} prints (chain, every certificate's fields, the findings), fetched off the FX thread.
 */
public final class RemoteCertificateViewModel {

    /** Fetches and judges the chain served at an endpoint; blocks. */
    @FunctionalInterface
    public interface Inspector {
        CertificateReport inspect(Endpoint endpoint) throws Exception;
    }

    private final Inspector inspector;
    private final Messages messages;
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** @param suggested what the endpoint field starts with, e.g. {@code localhost:2330} */
    public RemoteCertificateViewModel(Inspector inspector, Messages messages, String suggested) {
        this.inspector = inspector;
        this.messages = messages;
        endpoint.set(suggested);
    }

    /**
     * The inspection to run off the FX thread, or empty (with the error shown) when the endpoint is not
     * {@code host:port}. Call on the FX thread.
     */
    public Optional<Callable<CertificateReport>> inspection() {
        Endpoint where;
        try {
            where = Endpoint.parse(endpoint.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
        busy.set(true);
        error.set("");
        report.set("");
        return Optional.of(() -> inspector.inspect(where));
    }

    public void show(CertificateReport r) {
        busy.set(false);
        report.set(CertificateReportText.of(r));
    }

    public void failed(Throwable failure) {
        busy.set(false);
        error.set(messages.format("remote.failed", String.valueOf(failure.getMessage())));
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The report's text, as {@code cert inspect --connect} prints it. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
