package com.synconfig.app.gui.services;

import com.synconfig.model.check.Finding;

/**
 * One line of Validate all: a finding about a service, or (with {@code finding == null}) a service without any.
 *
 * @param verdict the service's verdict ({@code OK}, or its worst severity), as {@code synconfig validate} gives it
 */
public record ValidationRow(String service, String verdict, Finding finding) {
}
