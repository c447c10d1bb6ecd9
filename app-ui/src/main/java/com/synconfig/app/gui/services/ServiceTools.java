package com.synconfig.app.gui.services;

import com.synconfig.app.gui.ConfigurationDocument;
import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.Messages;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceValidator;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The services screen's tools for all services: Paste rsynd line (create or update a service from a command line)
 * and Validate all. The window changes as with Add and Modify: Save writes the file.
 */
public final class ServiceTools extends HBox {

    public ServiceTools(ServicesViewModel services, ConfigurationDocument document, ServiceValidator validator,
                        Messages messages, DialogService dialogs) {
        super(8);
        Button paste = button("services-paste", messages.get("services.paste"), messages.get("services.paste.tip"));
        paste.setOnAction(e -> {
            String name = services.selectedService().map(ServiceDefinition::name).orElse(ServiceDefinition.DEFAULT_NAME);
            RsyndPasteViewModel vm = new RsyndPasteViewModel(document.services(), name, validator, messages);
            if (new RsyndPasteDialog(vm, messages, dialogs, getScene().getWindow()).ask()) {
                document.update(document.services().with(vm.result())); // as the services are now
                services.rows().stream().filter(r -> r.name().equalsIgnoreCase(vm.result().name())).findFirst()
                        .ifPresent(services.selectedProperty()::set);
            }
        });
        Button validate = button("services-validate", messages.get("services.validateAll"),
                messages.get("services.validateAll.tip"));
        validate.setOnAction(e -> {
            ValidateAllViewModel vm = new ValidateAllViewModel(document::services, validator);
            vm.run();
            new ValidateAllDialog(vm, messages, document.isDirty(), services::modify, getScene().getWindow())
                    .showAndWait();
        });
        getChildren().addAll(paste, validate);
        setAlignment(Pos.CENTER_RIGHT);
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
