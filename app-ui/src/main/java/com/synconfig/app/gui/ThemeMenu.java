package com.synconfig.app.gui;

import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.material2.Material2AL;

/** View: the program's look, following the desktop or always light or dark; the choice is remembered. */
final class ThemeMenu extends Menu {

    ThemeMenu(Appearance appearance, Messages messages) {
        super(messages.get("menu.view"));
        setId("menu-view");
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            String name = choice.name().toLowerCase(Locale.ROOT);
            RadioMenuItem item = new RadioMenuItem(messages.get("menu.view." + name));
            item.setId("theme-" + name);
            item.setMnemonicParsing(true);
            item.setToggleGroup(group);
            item.setSelected(appearance.choiceProperty().get() == choice);
            item.setGraphic(Icons.of(switch (choice) {
                case SYSTEM -> Material2AL.BRIGHTNESS_AUTO;
                case LIGHT -> Material2AL.BRIGHTNESS_7;
                case DARK -> Material2AL.BRIGHTNESS_3;
            }));
            item.setOnAction(e -> appearance.choose(choice));
            getItems().add(item);
        }
    }
}
