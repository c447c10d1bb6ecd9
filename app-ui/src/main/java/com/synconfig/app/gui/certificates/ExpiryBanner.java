package com.synconfig.app.gui.certificates;

import com.synconfig.model.pki.CertificateExpiryWarning;
import com.synconfig.model.pki.Expiry;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The banner over the Certificates screen: one line per certificate of a configured service that has expired or
 * expires soon, naming the file and the services that use it. Hidden while there is none. Styled by the stylesheet
 * through the classes {@code banner} and {@code banner-error} (expired) or {@code banner-warning} (expires soon).
 */
final class ExpiryBanner extends VBox {

    ExpiryBanner(ObservableList<CertificateExpiryWarning> warnings) {
        super(4);
        setId("certificates-expiry");
        getStyleClass().add("banner");
        show(warnings);
        warnings.addListener((ListChangeListener<CertificateExpiryWarning>) c -> show(warnings));
    }

    private void show(ObservableList<CertificateExpiryWarning> warnings) {
        getChildren().setAll(warnings.stream().map(ExpiryBanner::line).toList());
        setVisible(!warnings.isEmpty());
        setManaged(!warnings.isEmpty());
    }

    private static Label line(CertificateExpiryWarning warning) {
        Label label = new Label(warning.message());
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE); // wrapped onto more lines, never cut short
        label.getStyleClass().add(warning.expiry() == Expiry.EXPIRED ? "banner-error" : "banner-warning");
        return label;
    }
}
