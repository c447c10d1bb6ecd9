package com.synconfig.app.gui.services;

import com.synconfig.app.gui.Messages;
import com.synconfig.model.check.Finding;
import java.util.Map;

/**
 * A finding as the service screens write it for people: its severity, the label of the field it concerns as the
 * xfServer Information dialog shows it (not its internal name), its message and its fix.
 */
public final class FindingText {

    /** Finding fields and the message key of their label in the xfServer Information dialog. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "editor.name"), Map.entry("platform", "editor.platform"),
            Map.entry("port", "editor.port"), Map.entry("encrypt", "editor.encrypt"),
            Map.entry("certificateFile", "editor.cert"), Map.entry("scl", "editor.scl"),
            Map.entry("nonSecure", "editor.security"), Map.entry("defaultUser", "editor.defaultUser"),
            Map.entry("startMode", "editor.startMode"), Map.entry("logLevel", "editor.logLevel"),
            Map.entry("logFile", "editor.logFile"), Map.entry("dataRoot", "editor.dataRoot"),
            Map.entry("environment", "editor.environment"), Map.entry("commandLine", "paste.line"));

    private FindingText() {
    }

    /** The field's label, e.g. {@code certificateFile} -> {@code Certificate file}; {@code ""} for the whole service. */
    public static String label(Finding f, Messages messages) {
        String key = LABELS.get(f.field());
        if (key == null) {
            return f.field();
        }
        String plain = messages.get(key).replace("_", "").strip();
        return plain.endsWith(":") ? plain.substring(0, plain.length() - 1) : plain;
    }

    /** E.g. {@code ERROR Port: Port 80 is outside 1024-65535. Fix: ...}. */
    public static String describe(Finding f, Messages messages) {
        String label = label(f, messages);
        return f.severity().name() + (label.isEmpty() ? "" : " " + label + ":") + " " + f.messageAndFix();
    }
}
