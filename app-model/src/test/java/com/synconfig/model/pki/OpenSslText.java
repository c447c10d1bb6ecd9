package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads facts out of what {@code openssl x509 -noout -text} prints, to compare the report's fields with. */
public final class OpenSslText {

    private OpenSslText() {
    }

    /** The value line under an extension's heading, e.g. {@code X509v3 Key Usage}; {@code null} without it. */
    public static String extension(String text, String heading) {
        Matcher m = Pattern.compile(Pattern.quote(heading) + ":( critical)? *\\R\\s*(.*)").matcher(text);
        return m.find() ? m.group(2).trim() : null;
    }

    /** The extension headings, "X509v3 " dropped, ": critical" as " (critical)". */
    public static List<String> extensionHeadings(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^ {12}(?:X509v3 )?([A-Z][A-Za-z ]+):( critical)? *$")
                .matcher(text.substring(text.indexOf("X509v3 extensions:")));
        while (m.find()) {
            out.add(m.group(1) + (m.group(2) == null ? "" : " (critical)"));
        }
        return out;
    }

    /** The rest of the first line that starts (after indentation) with {@code prefix}. */
    public static String line(String text, String prefix) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(prefix) + "(.*)$").matcher(text);
        assertThat(m.find()).as(prefix).isTrue();
        return m.group(1).trim();
    }

    /** The line under a heading such as {@code Serial Number:}. */
    public static String under(String text, String heading) {
        Matcher m = Pattern.compile(Pattern.quote(heading) + " *\\R\\s*(.*)").matcher(text);
        assertThat(m.find()).as(heading).isTrue();
        return m.group(1).trim();
    }
}
