package com.synconfig.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** One part of the report: an explanation, tables, targets met or missed, and the raw numbers for the JSON file. */
final class Section {

    record Table(String caption, List<String> headers, List<List<String>> rows) {
    }

    /** A stretch goal from the issue and how this run did. */
    record Target(String what, String goal, String measured, boolean met) {
    }

    final String id;
    final String title;
    final List<String> paragraphs = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final ObjectNode data = JsonNodeFactory.instance.objectNode();

    Section(String id, String title) {
        this.id = id;
        this.title = title;
    }

    Section say(String paragraph) {
        paragraphs.add(paragraph);
        return this;
    }

    Table table(String caption, String... headers) {
        Table t = new Table(caption, List.of(headers), new ArrayList<>());
        tables.add(t);
        return t;
    }

    void target(String what, String goal, String measured, boolean met) {
        targets.add(new Target(what, goal, measured, met));
    }
}
