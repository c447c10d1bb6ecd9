package com.synconfig.app.gui;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.geometry.Orientation;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window's content: menu, navigation list, the selected screen, and the status bar. */
public final class MainView extends BorderPane {

    private final ListView<Screen> navigation = new ListView<>();
    private final StackPane content = new StackPane();

    /** What the File and Help menus do. */
    public interface Actions {
        void importServices();
        void exportServices();
        void save();
        void reload();
        void quit();
        void documentation();
        void about();
    }

    public MainView(List<Screen> screens, Actions actions, Messages messages, ObservableStringValue fileStatus,
                    ObservableStringValue serverStatus, ObservableStringValue message) {
        setTop(menuBar(actions, messages));
        navigation.setId("navigation");
        navigation.getStyleClass().add("navigation");
        navigation.getItems().setAll(screens);
        navigation.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Screen s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.title());
                setGraphic(empty || s == null || s.icon() == null ? null : Icons.of(s.icon()));
                setId(empty || s == null ? null : "nav-" + s.id());
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                content.getChildren().setAll(now.view());
                refreshMnemonics(now.view());
            }
        });
        setLeft(navigation);
        setCenter(content);
        setBottom(statusBar(fileStatus, serverStatus, message));
        navigation.getSelectionModel().select(0);
    }

    /**
     * Keeps the Alt keys right when one screen replaces another. JavaFX leaves an empty entry per key of the hidden
     * screen, and an empty {@code Alt+'R'} (the Services screen's "_Restart") shadows an {@code Alt+'r'} of the screen
     * shown: drop them. And a label registers its Alt key only if its field is already in the scene when the label
     * enters it, which fails for a label placed before its field when a screen is shown again: have each such label
     * register its key anew (at the next layout, when both are in the scene).
     */
    private void refreshMnemonics(Node screen) {
        if (getScene() != null) {
            getScene().getMnemonics().values().removeIf(List::isEmpty);
        }
        relabel(screen);
    }

    private static void relabel(Node node) {
        if (node instanceof Label label && label.isMnemonicParsing() && label.getLabelFor() != null) {
            label.setMnemonicParsing(false);
            label.setMnemonicParsing(true);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(MainView::relabel);
        }
    }

    /** Shows the screen with {@code id}. */
    public void show(String id) {
        navigation.getItems().stream().filter(s -> s.id().equals(id)).findFirst()
                .ifPresent(s -> navigation.getSelectionModel().select(s));
    }

    /** Adds a menu (e.g. View) to the menu bar, before Help. */
    public void insertMenu(Menu menu) {
        MenuBar bar = (MenuBar) getTop();
        bar.getMenus().add(bar.getMenus().size() - 1, menu);
    }

    private static MenuBar menuBar(Actions actions, Messages messages) {
        Menu file = new Menu(messages.get("menu.file"));
        file.getItems().addAll(
                item(messages.get("menu.file.import"), null, Material2AL.GET_APP, actions::importServices),
                item(messages.get("menu.file.export"), null, Material2MZ.PUBLISH, actions::exportServices),
                new SeparatorMenuItem(),
                item(messages.get("menu.file.save"), "Shortcut+S", Material2MZ.SAVE, actions::save),
                item(messages.get("menu.file.reload"), "Shortcut+R", Material2MZ.REFRESH, actions::reload),
                new SeparatorMenuItem(),
                item(messages.get("menu.file.quit"), "Shortcut+Q", Material2AL.EXIT_TO_APP, actions::quit));
        Menu help = new Menu(messages.get("menu.help"));
        help.getItems().addAll(
                item(messages.get("menu.help.documentation"), "F1", Material2MZ.MENU_BOOK, actions::documentation),
                item(messages.get("menu.help.about"), null, Material2AL.INFO, actions::about));
        MenuBar bar = new MenuBar(file, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Ikon icon, Runnable action) {
        MenuItem item = icon == null ? new MenuItem(text) : Icons.on(new MenuItem(text), icon);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static StatusBar statusBar(ObservableStringValue fileStatus, ObservableStringValue serverStatus,
                                       ObservableStringValue message) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(message);
        Label file = new Label();
        file.setId("status-file");
        file.textProperty().bind(fileStatus);
        file.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS); // a long path gives way; "(unsaved changes)" stays
        Label server = new Label();
        server.setId("status-server");
        server.textProperty().bind(serverStatus);
        server.setMinWidth(Label.USE_PREF_SIZE);
        bar.getLeftItems().addAll(file, new Separator(Orientation.VERTICAL));
        bar.getRightItems().addAll(new Separator(Orientation.VERTICAL), server);
        return bar;
    }
}
