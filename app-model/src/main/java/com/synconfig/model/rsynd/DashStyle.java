package com.synconfig.model.rsynd;

import com.synconfig.model.check.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * UNIX and Windows: {@code rsynd -p 2330 -encrypt -cert=FILE -scl=N -n -u USER -l LEVEL -logfile=FILE}.
 * Option names are case-sensitive. Every value option takes its value either after '=' or as the next word;
 * rendering uses the form shown above.
 */
final class DashStyle implements CommandLineStyle {

    @Override
    public String render(List<Setting> settings) {
        StringBuilder line = new StringBuilder(ProgramWord.NAME);
        for (Setting s : settings) {
            RsyndOption o = s.option();
            line.append(' ').append(o.dash());
            switch (o.form()) {
                case FLAG -> { }
                // A separate value that starts with '-' would read as the next option unless quoted.
                case SEPARATE -> line.append(' ').append(CommandWords.quoteIfNeeded(s.value(), s.value().startsWith("-")));
                case ATTACHED -> line.append('=').append(CommandWords.quoteIfNeeded(s.value(), false));
            }
        }
        return line.toString();
    }

    @Override
    public List<Occurrence> read(List<Word> words, List<Finding> out) {
        List<Occurrence> found = new ArrayList<>();
        int i = 0;
        if (!words.isEmpty() && !words.get(0).startsWithUnquoted('-')) {
            ProgramWord.check(words.get(0), out);
            i = 1;
        }
        for (; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.startsWithUnquoted('-')) {
                out.add(Finding.error("commandLine", "Unexpected word '" + w.text() + "' at position " + w.column() + ".",
                        "Options start with '-'; quote a value that contains spaces, e.g. -cert=\"C:\\Program Files\\rsynd.pem\"."));
                continue;
            }
            int eq = w.indexOfUnquoted("=", 0);
            String name = eq < 0 ? w.text() : w.text().substring(0, eq);
            RsyndOption option = Arrays.stream(RsyndOption.values()).filter(o -> o.dash().equals(name)).findFirst().orElse(null);
            if (option == null) {
                out.add(Finding.error("commandLine", "Unknown option '" + name + "' at position " + w.column() + ".",
                        "Use one of: " + validOptions() + "."));
                if (eq < 0 && valueFollows(words, i)) {
                    i++; // most likely the unknown option's value: one finding is enough
                }
            } else if (!option.takesValue()) {
                if (eq >= 0) {
                    out.add(Finding.error(option.field(), "Option " + name + " at position " + w.column() + " takes no value.",
                            "Write " + name + " alone."));
                } else {
                    found.add(new Occurrence(option, display(option), true, null, w.column()));
                }
            } else if (eq >= 0) {
                found.add(new Occurrence(option, display(option), true, w.text().substring(eq + 1), w.column()));
            } else if (valueFollows(words, i)) {
                found.add(new Occurrence(option, display(option), true, words.get(++i).text(), w.column()));
            } else {
                found.add(new Occurrence(option, display(option), true, null, w.column()));
            }
        }
        return found;
    }

    /** Whether the word after {@code i} is a value rather than the next option. */
    private static boolean valueFollows(List<Word> words, int i) {
        return i + 1 < words.size() && !words.get(i + 1).startsWithUnquoted('-');
    }

    private String validOptions() {
        return RsyndOption.current().stream().map(o -> example(o, o.metavar())).collect(Collectors.joining(", "));
    }

    @Override
    public String display(RsyndOption option) {
        return option.form() == RsyndOption.Form.ATTACHED ? option.dash() + "=" : option.dash();
    }

    @Override
    public String example(RsyndOption option, String value) {
        return switch (option.form()) {
            case FLAG -> option.dash();
            case SEPARATE -> option.dash() + " " + value;
            case ATTACHED -> option.dash() + "=" + value;
        };
    }
}
