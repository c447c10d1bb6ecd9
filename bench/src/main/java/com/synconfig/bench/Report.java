package com.synconfig.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes a run as {@code docs/benchmarks.md} (tables) and a JSON file (every number, every repetition). */
final class Report {

    private final String mode;
    private final String date;
    private final Map<String, String> machine;
    private final List<Section> sections;
    private final double minutes;

    Report(String mode, String date, Map<String, String> machine, List<Section> sections, double minutes) {
        this.mode = mode;
        this.date = date;
        this.machine = machine;
        this.sections = sections;
        this.minutes = minutes;
    }

    void writeJson(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode().put("mode", mode).put("date", date).put("minutes", minutes);
        ObjectNode m = root.putObject("machine");
        machine.forEach(m::put);
        ObjectNode all = root.putObject("sections");
        for (Section s : sections) {
            ObjectNode o = all.putObject(s.id).put("title", s.title);
            o.setAll(s.data);
            ArrayNode targets = o.putArray("targets");
            s.targets.forEach(t -> targets.addObject().put("what", t.what()).put("goal", t.goal())
                    .put("measured", t.measured()).put("met", t.met()));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        json.writeValue(file.toFile(), root);
    }

    /** The generated part of the markdown; {@code preamble} and {@code findings} are hand-written and kept. */
    String markdown(String preamble, String findings) {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmarks\n\n").append(preamble.strip()).append("\n\n");
        b.append("## This run\n\n").append("Mode: **").append(mode).append("**, ").append(date).append(", ")
                .append(String.format("%.1f", minutes)).append(" minutes. Raw numbers: `bench/results/latest.json`.\n\n");
        b.append("| | |\n|---|---|\n");
        machine.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n"));
        b.append("\n## Targets\n\n| target | goal | measured | met |\n|---|---|---|---|\n");
        for (Section s : sections) {
            s.targets.forEach(t -> b.append("| ").append(cell(t.what())).append(" | ").append(cell(t.goal()))
                    .append(" | ").append(cell(t.measured())).append(" | ").append(t.met() ? "yes" : "**no**")
                    .append(" |\n"));
        }
        for (Section s : sections) {
            b.append("\n## ").append(s.title).append("\n\n");
            s.paragraphs.forEach(p -> b.append(p).append("\n\n"));
            for (Section.Table t : s.tables) {
                b.append("**").append(t.caption()).append("**\n\n");
                b.append("| ").append(String.join(" | ", t.headers())).append(" |\n|");
                t.headers().forEach(h -> b.append("---|"));
                b.append("\n");
                t.rows().forEach(r -> b.append("| ").append(String.join(" | ", r.stream().map(Report::cell).toList()))
                        .append(" |\n"));
                b.append("\n");
            }
        }
        if (!findings.isBlank()) {
            b.append("\n").append(findings.strip()).append("\n");
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
