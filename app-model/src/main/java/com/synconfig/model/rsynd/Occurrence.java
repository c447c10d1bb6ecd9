package com.synconfig.model.rsynd;

/**
 * One option as found on a command line.
 *
 * @param option  what it sets
 * @param display how the style spells it in messages, e.g. {@code -p} or {@code /NOSECURE}
 * @param on      for a flag: whether it turns the setting on ({@code /SECURE} turns non-secure mode off)
 * @param value   the value; {@code null} for a flag or when the value is missing
 * @param column  1-based position of the option in the command line
 */
record Occurrence(RsyndOption option, String display, boolean on, String value, int column) {
}
