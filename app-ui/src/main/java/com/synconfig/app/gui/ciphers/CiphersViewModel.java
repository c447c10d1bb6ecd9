package com.synconfig.app.gui.ciphers;

import com.synconfig.app.gui.ServicePicker;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.Scl;
import com.synconfig.model.pki.ServiceKeyType;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.ClientProfile;
import com.synconfig.model.tls.ClientProfiles;
import com.synconfig.model.tls.EngineFacts;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.NegotiationPreview;
import com.synconfig.model.tls.OpenSslFormat;
import com.synconfig.model.tls.Prediction;
import com.synconfig.model.tls.PreviewMatrix;
import com.synconfig.model.tls.ServerOffer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Ciphers screen: what the chosen service would offer at a security compliance level with a certificate key
 * type on this machine's TLS engine, what one client would negotiate with it, and every level against every client.
 * The engine's facts arrive later ({@link #setFacts}), because probing the engine takes a moment.
 */
public final class CiphersViewModel {

    private static final String HOST = "localhost";

    private final CipherCatalog catalog;
    private final ServicePicker picker = new ServicePicker();
    private final ObjectProperty<Scl> scl = new SimpleObjectProperty<>(this, "scl", Scl.DEFAULT);
    private final ObjectProperty<KeyType> keyType = new SimpleObjectProperty<>(this, "keyType", KeyType.RSA);
    private final ObjectProperty<ClientProfile> client = new SimpleObjectProperty<>(this, "client");
    private final ObjectProperty<EngineFacts> facts = new SimpleObjectProperty<>(this, "facts");

    private final ObservableList<CipherRow> offered = FXCollections.observableArrayList();
    private final ObservableList<String> excluded = FXCollections.observableArrayList();
    private final ObservableList<MatrixRow> matrix = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper opensslText = new ReadOnlyStringWrapper(this, "opensslText", "");
    private final ReadOnlyStringWrapper protocols = new ReadOnlyStringWrapper(this, "protocols", "");
    private final ReadOnlyStringWrapper negotiated = new ReadOnlyStringWrapper(this, "negotiated", "");
    private final ObservableList<ClientProfile> clients = FXCollections.observableArrayList(ClientProfiles.all());
    private final Function<ServiceDefinition, ServiceKeyType> keyTypes;

    /**
     * @param keyTypes the key type of a service's certificate, as the command line's preview finds it (RSA is
     *                 assumed when it cannot be read, and the choice stays the admin's)
     */
    public CiphersViewModel(ObservableValue<ServiceConfiguration> services, CipherCatalog catalog,
                            Function<ServiceDefinition, ServiceKeyType> keyTypes) {
        this.catalog = catalog;
        this.keyTypes = keyTypes;
        client.set(clients.get(0));
        picker.follow(services, () -> picker.selected().ifPresent(this::follow));
        Observable[] inputs = {scl, keyType, client, facts};
        for (Observable input : inputs) {
            input.addListener(o -> recompute());
        }
        recompute();
    }

    /** Takes the SCL and the certificate's key type of the chosen service. */
    private void follow(ServiceDefinition s) {
        scl.set(s.scl());
        keyType.set(keyTypes.apply(s).keyType().orElse(KeyType.RSA));
    }

    public void setFacts(EngineFacts engineFacts) {
        facts.set(engineFacts);
    }

    private void recompute() {
        EngineFacts engine = facts.get();
        if (engine == null) {
            return;
        }
        ServerOffer offer = ServerOffer.compute(scl.get(), keyType.get(), engine, catalog);
        offered.setAll(offer.offered().stream().map(s -> CipherRow.of(s, offer.protocols())).toList());
        opensslText.set(offer.offered().stream().map(s -> OpenSslFormat.line(s, false, false))
                .collect(Collectors.joining("\n")));
        excluded.setAll(offer.excluded().stream()
                .map(e -> e.suite().openSslName() + "  \u2014  " + e.explanation()).toList());
        protocols.set(engine.engine() + ": " + String.join(", ", offer.protocolNames()));
        Prediction p = NegotiationPreview.predict(offer, client.get(), HOST);
        negotiated.set(p.summary() + "\n" + p.reason());
        PreviewMatrix m = PreviewMatrix.compute(keyType.get(), engine, clients, HOST);
        matrix.setAll(m.rows().stream().map(r -> new MatrixRow(r.scl().label(), r.predictions().stream()
                .map(CiphersViewModel::cell).toList())).toList());
    }

    private static String cell(Prediction p) {
        return p.success() ? p.protocol().id() + " " + p.suite().openSslName() : "FAIL";
    }

    public ObservableList<String> serviceNames() { return picker.names(); }
    public ObjectProperty<String> serviceProperty() { return picker.serviceProperty(); }
    public ObjectProperty<Scl> sclProperty() { return scl; }
    public ObjectProperty<KeyType> keyTypeProperty() { return keyType; }
    public ObjectProperty<ClientProfile> clientProperty() { return client; }
    public ObservableList<ClientProfile> clients() { return clients; }
    public ReadOnlyObjectProperty<EngineFacts> factsProperty() { return facts; }
    public ObservableList<CipherRow> offered() { return offered; }
    public ObservableList<String> excluded() { return excluded; }
    public ObservableList<MatrixRow> matrix() { return matrix; }
    public ReadOnlyStringProperty opensslTextProperty() { return opensslText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty protocolsProperty() { return protocols.getReadOnlyProperty(); }
    public ReadOnlyStringProperty negotiatedProperty() { return negotiated.getReadOnlyProperty(); }
}
