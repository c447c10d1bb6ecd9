package com.synconfig.app.gui.ciphers;

import java.util.List;

/** One SCL's line of the SCL x client matrix: per client, the protocol and suite agreed, or FAIL. */
public record MatrixRow(String scl, List<String> cells) {
}
