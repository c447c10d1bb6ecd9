package com.synconfig.server.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One key of an ISAM file: its segments and whether duplicate values are allowed.
 * Text form (CLI and file header): {@code POS:LEN[+POS:LEN...][,dups]}, positions 1-based, e.g. {@code 1:8},
 * {@code 1:4+9:2,dups}.
 */
public record KeySpec(List<KeySegment> segments, boolean duplicates) {

    /** Longest key, as in the original. */
    public static final int MAX_KEY_LENGTH = 255;

    public KeySpec {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least one segment POS:LEN");
        }
        int len = segments.stream().mapToInt(KeySegment::length).sum();
        if (len > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("key " + segments + " is " + len + " bytes long; the limit is "
                    + MAX_KEY_LENGTH);
        }
    }

    public int length() {
        return segments.stream().mapToInt(KeySegment::length).sum();
    }

    /** One past the last record byte the key reads, 0-based: a record must be at least this long. */
    public int end() {
        return segments.stream().mapToInt(KeySegment::end).max().orElse(0);
    }

    /** The key's bytes taken from a record (segments concatenated). */
    public byte[] extract(byte[] record) {
        byte[] key = new byte[length()];
        int at = 0;
        for (KeySegment s : segments) {
            System.arraycopy(record, s.position() - 1, key, at, s.length());
            at += s.length();
        }
        return key;
    }

    public static KeySpec parse(String text) {
        String t = text.trim();
        boolean dups = false;
        int comma = t.indexOf(',');
        if (comma >= 0) {
            String flag = t.substring(comma + 1).trim();
            if (!flag.equalsIgnoreCase("dups") && !flag.equalsIgnoreCase("nodups")) {
                throw new IllegalArgumentException("key '" + text + "': unknown flag '" + flag + "', use dups or nodups");
            }
            dups = flag.equalsIgnoreCase("dups");
            t = t.substring(0, comma).trim();
        }
        List<KeySegment> segs = new ArrayList<>();
        for (String part : t.split("\\+")) {
            String[] pl = part.trim().split(":");
            if (pl.length != 2) {
                throw new IllegalArgumentException("key '" + text + "': segment '" + part
                        + "' is not POS:LEN (e.g. 1:8)");
            }
            try {
                segs.add(new KeySegment(Integer.parseInt(pl[0].trim()), Integer.parseInt(pl[1].trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("key '" + text + "': segment '" + part + "' is not POS:LEN numbers");
            }
        }
        return new KeySpec(segs, dups);
    }

    @Override
    public String toString() {
        return segments.stream().map(KeySegment::toString).collect(Collectors.joining("+")) + (duplicates ? ",dups" : "");
    }

    static List<KeySpec> parseList(String text) {
        return Arrays.stream(text.split(";")).map(KeySpec::parse).toList();
    }
}
