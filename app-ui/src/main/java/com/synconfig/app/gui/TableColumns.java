package com.synconfig.app.gui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** The read-only text columns the screens' tables show. */
public final class TableColumns {

    private TableColumns() {
    }

    /** A column titled {@code title} showing {@code value} of each row, {@code width} wide to begin with. */
    public static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
