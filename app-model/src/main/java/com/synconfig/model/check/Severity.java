package com.synconfig.model.check;

/** How serious a finding is. ERROR blocks saving or starting; WARNING and INFO only inform. */
public enum Severity {
    ERROR, WARNING, INFO;

    public boolean isError() {
        return this == ERROR;
    }
}
