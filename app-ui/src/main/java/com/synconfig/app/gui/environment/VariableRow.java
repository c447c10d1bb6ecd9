package com.synconfig.app.gui.environment;

import com.synconfig.model.check.Severity;

/**
 * One variable as the Environment screen shows it.
 *
 * @param name     the variable
 * @param value    its value ({@code ""} when not set)
 * @param source   where the value comes from, in words
 * @param severity how its check came out; {@code null} when the check found nothing to say
 * @param check    what the check says
 */
public record VariableRow(String name, String value, String source, Severity severity, String check) {
}
