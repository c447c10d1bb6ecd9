package com.synconfig.model.config;

import com.synconfig.model.config.IniDocument.Kind;
import com.synconfig.model.config.IniDocument.Line;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.configuration2.INIConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.tree.ImmutableNode;

/**
 * Reads the configuration file's text into services and writes changed services back into that text.
 * Values are read by Commons Configuration's {@link INIConfiguration}; its writer drops comments, so writing
 * is done here, line by line: changed keys are rewritten in place (keeping indentation and trailing comments),
 * deleted keys and sections are dropped, new keys and sections appended, and every other line is kept as is.
 * A write is read back before it is returned, so text that would not read back as the intended services is
 * never produced.
 */
public final class ConfigFileFormat {

    private ConfigFileFormat() {
    }

    /** The text of a file as written and the services it holds. */
    public record Content(IniDocument document, ServiceConfiguration services) {
    }

    /** Largest configuration file read; a real one is a few kilobytes, so anything near this is a mistake. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    /** Reads a file: its bytes must be UTF-8 text. */
    public static Content read(Path file) throws IOException {
        return read(decode(readBytes(file), file), file);
    }

    /** A configuration file's bytes, refused when there are more than {@value #MAX_FILE_BYTES} of them. */
    public static byte[] readBytes(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1); // never more, whatever the file claims or grows to
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ConfigFileException(file, 0, "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB, far "
                    + "more than any configuration needs. Fix: check that this is the right file (or restore the "
                    + "backup " + file.getFileName() + ".bak).");
        }
        return bytes;
    }

    /** Decodes a file's bytes as UTF-8, refusing anything else rather than guessing. */
    public static String decode(byte[] bytes, Path file) throws ConfigFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigFileException(file, 0, "is not UTF-8 text. Fix: save it as UTF-8"
                    + " (or restore the backup " + file.getFileName() + ".bak).");
        }
    }

    public static Content read(String text, Path file) throws ConfigFileException {
        IniDocument doc = IniDocument.scan(text, file);
        Map<String, ImmutableNode> nodes = sectionNodes(doc, file);
        List<ServiceDefinition> services = new ArrayList<>();
        Line header = null;
        List<ServiceSection.Entry> entries = new ArrayList<>();
        for (Line line : doc.lines()) {
            if (line.kind() == Kind.SECTION) {
                if (header != null) {
                    services.add(decode(header, entries, nodes, file));
                }
                header = line;
                entries = new ArrayList<>();
            } else if (line.kind() == Kind.ENTRY) {
                entries.add(new ServiceSection.Entry(line.key(), null, line.number()));
            }
        }
        if (header != null) {
            services.add(decode(header, entries, nodes, file));
        }
        return new Content(doc, new ServiceConfiguration(services));
    }

    /**
     * Each section's values as Commons Configuration reads them. Each section is read on its own: reading a whole
     * file at once costs Commons Configuration time quadratic in the number of sections (60,000 took 93 s).
     */
    private static Map<String, ImmutableNode> sectionNodes(IniDocument doc, Path file) throws ConfigFileException {
        Map<String, ImmutableNode> nodes = new HashMap<>();
        INIConfiguration ini = new INIConfiguration(); // reused: setting one up costs more than reading a section
        StringBuilder section = new StringBuilder();
        for (Line line : doc.lines()) {
            if (line.kind() == Kind.SECTION && !section.isEmpty()) {
                readSection(ini, section.toString(), nodes, file);
                section.setLength(0);
            }
            if (line.section() != null) { // lines before the first section are comments and blanks
                section.append(line.text()).append('\n');
            }
        }
        if (!section.isEmpty()) {
            readSection(ini, section.toString(), nodes, file);
        }
        return nodes;
    }

    private static void readSection(INIConfiguration ini, String text, Map<String, ImmutableNode> nodes, Path file)
            throws ConfigFileException {
        ini.clear();
        try {
            ini.read(new StringReader(text));
        } catch (ConfigurationException | IOException e) {
            throw new ConfigFileException(file, 0, "cannot be read as an INI file: " + e.getMessage());
        }
        for (ImmutableNode node : ini.getNodeModel().getNodeHandler().getRootNode().getChildren()) {
            nodes.put(node.getNodeName(), node);
        }
    }

    /** Takes the section's values from Commons Configuration's tree; the scanned lines give their line numbers. */
    private static ServiceDefinition decode(Line header, List<ServiceSection.Entry> scanned,
                                            Map<String, ImmutableNode> nodes, Path file) throws ConfigFileException {
        ImmutableNode section = nodes.get(header.section());
        List<ImmutableNode> values = section == null ? List.of() : section.getChildren();
        if (values.size() != scanned.size()) {
            throw new ConfigFileException(file, header.number(), "section [" + header.section()
                    + "] reads inconsistently (" + values.size() + " values for " + scanned.size() + " lines).");
        }
        List<ServiceSection.Entry> entries = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ServiceSection.Entry line = scanned.get(i);
            ImmutableNode value = values.get(i);
            if (!value.getNodeName().equals(line.key())) {
                throw new ConfigFileException(file, line.line(), "'" + line.key() + "' reads inconsistently as '"
                        + value.getNodeName() + "'.");
            }
            entries.add(new ServiceSection.Entry(line.key(), Objects.toString(value.getValue(), ""), line.line()));
        }
        return ServiceSection.decode(header.section(), header.number(), entries, file);
    }

    /** A new file holding {@code services}, opened by {@code headerComment} (lines without the leading '#'). */
    public static String newFile(ServiceConfiguration services, List<String> headerComment) {
        List<String> lines = new ArrayList<>();
        headerComment.forEach(c -> lines.add(c.isEmpty() ? "#" : "# " + c));
        Content empty = new Content(IniDocument.empty(), new ServiceConfiguration(List.of()));
        return write(empty, services, lines);
    }

    /** {@code base}'s text with its services changed to {@code updated}; untouched lines stay byte for byte. */
    public static String write(Content base, ServiceConfiguration updated) {
        return write(base, updated, List.of());
    }

    private static String write(Content base, ServiceConfiguration updated, List<String> preamble) {
        List<Line> lines = base.document().lines();
        List<String> out = new ArrayList<>(preamble);
        Set<String> written = new HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (line.kind() != Kind.SECTION) {
                out.add(line.text());
                i++;
                continue;
            }
            int end = sectionEnd(lines, i);
            String name = line.section();
            written.add(name.toLowerCase(Locale.ROOT));
            var replacement = updated.find(name);
            if (replacement.isEmpty()) {
                dropDocComment(out);
            } else {
                ServiceDefinition old = base.services().find(name).orElseThrow();
                out.addAll(rewriteSection(lines.subList(i, end), ServiceSection.encode(old),
                        ServiceSection.encode(replacement.get())));
            }
            i = end;
        }
        for (ServiceDefinition s : updated.services()) {
            if (!written.contains(s.name().toLowerCase(Locale.ROOT))) {
                if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                    out.add("");
                }
                out.add("[" + s.name() + "]");
                ServiceSection.encode(s).forEach((k, v) -> out.add(entryLine("", k, v, "")));
            }
        }
        IniDocument doc = base.document();
        String text = (doc.byteOrderMark() ? "\uFEFF" : "") + String.join(doc.lineSeparator(), out)
                + (doc.finalNewline() && !out.isEmpty() ? doc.lineSeparator() : "");
        verifyReadsBack(text, updated);
        return text;
    }

    /** A section's lines run to the next section's doc comment (comment lines right above its header). */
    private static int sectionEnd(List<Line> lines, int header) {
        int next = header + 1;
        while (next < lines.size() && lines.get(next).kind() != Kind.SECTION) {
            next++;
        }
        if (next == lines.size()) {
            return next;
        }
        int end = next;
        while (end - 1 > header && lines.get(end - 1).kind() == Kind.COMMENT) {
            end--;
        }
        return end;
    }

    /** A removed section takes the comment lines right above its header with it. */
    private static void dropDocComment(List<String> out) {
        while (!out.isEmpty() && isComment(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
    }

    private static boolean isComment(String text) {
        String t = text.trim();
        return !t.isEmpty() && (t.charAt(0) == '#' || t.charAt(0) == ';');
    }

    private static List<String> rewriteSection(List<Line> section, Map<String, String> before,
                                               Map<String, String> after) {
        List<String> out = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int lastEntry = 0;
        for (Line line : section) {
            if (line.kind() != Kind.ENTRY) {
                out.add(line.text());
                continue;
            }
            String key = line.key();
            present.add(key);
            String was = before.get(key);
            String now = after.get(key);
            if (Objects.equals(was, now)) {
                out.add(line.text());
            } else if (now != null) {
                out.add(entryLine(line.indent(), key, now, line.comment()));
            } else {
                continue;
            }
            lastEntry = out.size();
        }
        List<String> added = new ArrayList<>();
        String indent = section.stream().filter(l -> l.kind() == Kind.ENTRY).findFirst().map(Line::indent).orElse("");
        after.forEach((key, value) -> {
            if (!present.contains(key) && !value.equals(before.get(key))) {
                added.add(entryLine(indent, key, value, ""));
            }
        });
        out.addAll(lastEntry == 0 ? 1 : lastEntry, added);
        return out;
    }

    private static String entryLine(String indent, String key, String value, String comment) {
        String encoded = encodeValue(key, value);
        return indent + key + " =" + (encoded.isEmpty() ? "" : " " + encoded) + (comment.isEmpty() ? "" : " " + comment);
    }

    /** Quotes a value when Commons Configuration would otherwise trim it, cut it at a comment, or continue it. */
    static String encodeValue(String key, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("The value of " + key + " contains a line break; settings are one line.");
        }
        boolean needsQuotes = !value.equals(value.strip()) || value.startsWith("\"") || value.startsWith("'")
                || value.matches("(?s).*\\s[#;].*") || value.equals("\\") || value.matches("(?s).*\\s\\\\");
        return needsQuotes ? '"' + value.replace("\"", "\\\"") + '"' : value;
    }

    private static void verifyReadsBack(String text, ServiceConfiguration intended) {
        ServiceConfiguration read;
        try {
            read = read(text, Path.of("(new text)")).services();
        } catch (ConfigFileException e) {
            throw new IllegalArgumentException("A value cannot be written to the configuration file: "
                    + e.problem() + " Nothing was saved.", e);
        }
        String differs = intended.services().stream()
                .filter(s -> !read.find(s.name()).equals(Optional.of(s)))
                .map(ServiceDefinition::name).findFirst().orElse(null);
        if (differs != null || read.services().size() != intended.services().size()) {
            throw new IllegalArgumentException("The settings of service " + differs + " cannot be written so that"
                    + " they read back unchanged (a value ending in a backslash or holding \\\" needs changing)."
                    + " Nothing was saved.");
        }
    }
}
