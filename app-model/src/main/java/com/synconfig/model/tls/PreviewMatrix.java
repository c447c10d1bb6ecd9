package com.synconfig.model.tls;

import com.synconfig.model.service.Scl;
import java.util.ArrayList;
import java.util.List;

/** Every SCL x every client profile, for one certificate key type on one engine. */
public record PreviewMatrix(KeyType keyType, String engine, List<Row> rows) {

    /** One SCL's predictions, in the order of the profiles. */
    public record Row(Scl scl, List<Prediction> predictions) {
    }

    public PreviewMatrix {
        rows = List.copyOf(rows);
    }

    public static PreviewMatrix compute(KeyType keyType, EngineFacts facts, List<ClientProfile> profiles, String host) {
        List<Row> rows = new ArrayList<>();
        for (Scl scl : Scl.values()) {
            ServerOffer offer = ServerOffer.compute(scl, keyType, facts, CipherCatalog.standard());
            rows.add(new Row(scl, profiles.stream().map(p -> NegotiationPreview.predict(offer, p, host)).toList()));
        }
        return new PreviewMatrix(keyType, facts.engine(), rows);
    }
}
