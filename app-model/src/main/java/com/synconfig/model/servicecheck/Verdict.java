package com.synconfig.model.servicecheck;

/** Whether a prediction held against the running service. */
public enum Verdict {
    HOLDS("holds"), DIFFERS("differs"), NOT_TESTABLE("not testable here");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    /** Words for people: {@code holds}, {@code differs}, {@code not testable here}. */
    public String text() {
        return text;
    }
}
