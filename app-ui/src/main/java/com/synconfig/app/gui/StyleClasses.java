package com.synconfig.app.gui;

import com.synconfig.model.check.Severity;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The style classes of {@code synconfig.css} as Java sees them (the stylesheet lists what each one does). Screens
 * style nodes with these, never with inline styles: the colours live in the stylesheet, taken from the theme.
 */
public final class StyleClasses {

    public static final String FINDING_ERROR = "finding-error";
    public static final String FINDING_WARNING = "finding-warning";
    public static final String FINDING_INFO = "finding-info";
    public static final String STRONG = "strong";
    public static final String MONOSPACE = "monospace";
    public static final String RESTART_NOTE = "restart-note";
    public static final String PLACEHOLDER = "placeholder";
    public static final String COMPACT = "compact";
    public static final String WRAPPING_CELLS = "wrapping-cells";
    public static final String FORM_SCROLL = "form-scroll";
    public static final String FORM_DIALOG = "form-dialog";

    private static final List<String> SEVERITIES = List.of(FINDING_ERROR, FINDING_WARNING, FINDING_INFO);

    private StyleClasses() {
    }

    /** Adds {@code classes} to the node; returns it, for building views in one expression. */
    public static <T extends Node> T with(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }

    /** The class for a finding of {@code severity}. */
    public static String of(Severity severity) {
        return switch (severity) {
            case ERROR -> FINDING_ERROR;
            case WARNING -> FINDING_WARNING;
            case INFO -> FINDING_INFO;
        };
    }

    /** Colours a node (e.g. a reused cell) for {@code severity}; {@code null} takes the colouring off. */
    public static void severity(Node node, Severity severity) {
        exactlyOne(node, severity == null ? null : of(severity), SEVERITIES);
    }

    /** Leaves {@code chosen} (or none, when null) of the {@code family} of classes on the node. */
    public static void exactlyOne(Node node, String chosen, List<String> family) {
        node.getStyleClass().removeAll(family);
        if (chosen != null) {
            node.getStyleClass().add(chosen);
        }
    }

    /** What an empty table or list shows: what to do to fill it. */
    public static Label placeholder(String text) {
        return with(new Label(text), PLACEHOLDER);
    }
}
