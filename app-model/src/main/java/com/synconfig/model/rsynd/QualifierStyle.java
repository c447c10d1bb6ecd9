package com.synconfig.model.rsynd;

import com.synconfig.model.check.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * OpenVMS: {@code RSYND /PORT=2330 /ENCRYPT /CERTIFICATE=FILE /SCL=N /NOSECURE /DEFAULT_USER=USER /LOG=LEVEL
 * /LOGFILE=FILE}. Qualifier names are case-insensitive and may be abbreviated to any unambiguous prefix of at
 * least four characters; qualifiers may follow each other without spaces ({@code RSYND/PORT=2330/ENCRYPT});
 * a value follows '=' (or ':'). {@code /NOENCRYPT} and {@code /SECURE} state the defaults explicitly.
 * Values keep their case; quote a value that holds spaces, '/' or '!'.
 */
final class QualifierStyle implements CommandLineStyle {

    static final int MINIMUM_ABBREVIATION = 4;

    /** A qualifier spelling and what it does. */
    private record Spelling(RsyndOption option, boolean on) {
    }

    private static final Map<String, Spelling> SPELLINGS = spellings();
    private static final Abbreviations NAMES = new Abbreviations(SPELLINGS.keySet(), MINIMUM_ABBREVIATION);

    private static Map<String, Spelling> spellings() {
        Map<String, Spelling> map = new LinkedHashMap<>();
        for (RsyndOption o : RsyndOption.values()) {
            map.put(o.qualifier(), new Spelling(o, true));
        }
        map.put("NOENCRYPT", new Spelling(RsyndOption.ENCRYPT, false));
        map.put("SECURE", new Spelling(RsyndOption.NON_SECURE, false));
        return Map.copyOf(map);
    }

    @Override
    public String render(List<Setting> settings) {
        StringBuilder line = new StringBuilder(ProgramWord.NAME.toUpperCase(java.util.Locale.ROOT));
        for (Setting s : settings) {
            line.append(' ').append(display(s.option()));
            if (s.value() != null) {
                String v = s.value();
                line.append('=').append(CommandWords.quoteIfNeeded(v, v.indexOf('/') >= 0 || v.indexOf('!') >= 0));
            }
        }
        return line.toString();
    }

    @Override
    public List<Occurrence> read(List<Word> words, List<Finding> out) {
        List<Occurrence> found = new ArrayList<>();
        int first = !words.isEmpty() && words.get(0).text().equals("$") && words.get(0).startsWithUnquoted('$') ? 1 : 0; // DCL prompt
        for (int i = first; i < words.size(); i++) {
            Word w = words.get(i);
            int slash = w.indexOfUnquoted("/", 0);
            Word lead = w.part(0, slash < 0 ? w.text().length() : slash);
            if (!lead.text().isEmpty()) {
                if (i == first) {
                    ProgramWord.check(lead, out);
                } else {
                    out.add(Finding.error("commandLine", "Unexpected parameter '" + lead.text() + "' at position "
                                    + lead.column() + ".",
                            "Qualifiers start with '/'; quote a value that contains spaces or '/', e.g. /CERTIFICATE=\"DKA0:[MY CERTS]RSYND.PEM\"."));
                }
            }
            while (slash >= 0) {
                int next = w.indexOfUnquoted("/", slash + 1);
                readQualifier(w.part(slash, next < 0 ? w.text().length() : next), found, out);
                slash = next;
            }
        }
        return found;
    }

    /** Reads one {@code /NAME[=VALUE]} (the word starts with its slash). */
    private void readQualifier(Word q, List<Occurrence> found, List<Finding> out) {
        int sep = q.indexOfUnquoted("=:", 1);
        String name = q.text().substring(1, sep < 0 ? q.text().length() : sep);
        if (name.isEmpty()) {
            out.add(Finding.error("commandLine", "A qualifier name is missing after the '/' at position " + q.column() + ".",
                    "Write a qualifier after the '/', or remove the '/'. Valid: " + validQualifiers() + "."));
            return;
        }
        Abbreviations.Resolution r = NAMES.resolve(name);
        String at = "'/" + name + "' at position " + q.column();
        switch (r.kind()) {
            case UNKNOWN -> out.add(Finding.error("commandLine", "Unknown qualifier " + at + ".",
                    "Use one of: " + validQualifiers() + "."));
            case TOO_SHORT -> out.add(Finding.error("commandLine", "Qualifier " + at + " is too short to abbreviate.",
                    "Write at least " + MINIMUM_ABBREVIATION + " characters of " + slashed(r.names()) + "."));
            case AMBIGUOUS -> out.add(Finding.error("commandLine", "Qualifier " + at + " is ambiguous: it could be "
                    + slashed(r.names()) + ".", "Write more of the name."));
            case MATCH -> {
                String full = r.names().get(0);
                Spelling s = SPELLINGS.get(full);
                String display = "/" + full;
                if (!s.option().takesValue() && sep >= 0) {
                    out.add(Finding.error(s.option().field(), "Qualifier " + display + " at position " + q.column()
                            + " takes no value.", "Write " + display + " alone."));
                } else {
                    String value = sep < 0 ? null : q.text().substring(sep + 1);
                    found.add(new Occurrence(s.option(), display, s.on(), value, q.column()));
                }
            }
        }
    }

    private static String slashed(List<String> names) {
        return names.stream().map(n -> "/" + n).collect(Collectors.joining(" or "));
    }

    private String validQualifiers() {
        List<String> valid = new ArrayList<>();
        for (RsyndOption o : RsyndOption.current()) {
            valid.add(example(o, o.metavar()));
            if (o == RsyndOption.ENCRYPT) {
                valid.add("/NOENCRYPT");
            } else if (o == RsyndOption.NON_SECURE) {
                valid.add("/SECURE");
            }
        }
        return String.join(", ", valid);
    }

    @Override
    public String display(RsyndOption option) {
        return "/" + option.qualifier();
    }

    @Override
    public String example(RsyndOption option, String value) {
        return option.takesValue() ? display(option) + "=" + value : display(option);
    }
}
