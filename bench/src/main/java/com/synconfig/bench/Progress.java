package com.synconfig.bench;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines on stderr, so a long run shows where it is. */
final class Progress {

    private Progress() {
    }

    static void say(String what) {
        System.err.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " bench: " + what);
    }
}
