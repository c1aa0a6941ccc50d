package org.stancemap.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a notebook's JSON against the nbformat 4 schema (the required structure of
 * nbformat.v4.schema.json: top-level keys, metadata, the three cell types, cell ids of 4.5) and
 * against this project's rules: the Toree Scala kernelspec, outputs cleared, and a first markdown
 * cell that says which run the notebook expects. Java, so CI needs no Python; where Debian's
 * python3-nbformat is installed, {@code scripts/check-notebooks} runs nbformat.validate as well.
 */
public final class NotebookFormat {
  public static final String KERNEL_NAME = "apache_toree_scala";
  public static final String LANGUAGE = "scala";
  private static final Set<String> TOP_KEYS = Set.of("metadata", "nbformat_minor", "nbformat", "cells");
  private static final Set<String> CODE_KEYS = Set.of("id", "cell_type", "metadata", "source", "outputs", "execution_count");
  private static final Set<String> MARKDOWN_KEYS = Set.of("id", "cell_type", "metadata", "source", "attachments");
  private static final Set<String> RAW_KEYS = MARKDOWN_KEYS;
  private static final Pattern CELL_ID = Pattern.compile("^[a-zA-Z0-9-_]{1,64}$");

  private NotebookFormat() {}

  /** Every problem found, one line each; empty when the notebook is valid. */
  public static List<String> problems(Notebook notebook) {
    List<String> p = new ArrayList<>();
    JsonNode nb = notebook.json();
    if (!nb.isObject()) {
      p.add("the notebook is not a JSON object");
      return p;
    }
    for (String key : TOP_KEYS) if (!nb.has(key)) p.add("missing top-level key '" + key + "'");
    unknownKeys(nb, TOP_KEYS, "top level", p);
    if (nb.path("nbformat").asInt(-1) != 4 || !nb.path("nbformat").isInt()) p.add("nbformat must be the integer 4");
    JsonNode minor = nb.path("nbformat_minor");
    if (!minor.isInt() || minor.asInt() < 0) p.add("nbformat_minor must be a non-negative integer");
    boolean needsIds = minor.isInt() && minor.asInt() >= 5;

    JsonNode meta = nb.path("metadata");
    if (!meta.isObject()) {
      p.add("metadata must be an object");
    } else {
      JsonNode ks = meta.path("kernelspec");
      if (!ks.isObject()) {
        p.add("metadata.kernelspec is missing");
      } else {
        if (!ks.path("name").isTextual() || !ks.path("display_name").isTextual()) {
          p.add("metadata.kernelspec needs the strings name and display_name");
        }
        if (!KERNEL_NAME.equals(ks.path("name").asText())) {
          p.add("metadata.kernelspec.name must be " + KERNEL_NAME + " (the Toree Scala kernel)");
        }
        if (ks.has("language") && !LANGUAGE.equals(ks.path("language").asText())) {
          p.add("metadata.kernelspec.language must be " + LANGUAGE);
        }
      }
      JsonNode li = meta.path("language_info");
      if (!li.isObject() || !li.path("name").isTextual()) {
        p.add("metadata.language_info.name is missing");
      } else if (!LANGUAGE.equals(li.path("name").asText())) {
        p.add("metadata.language_info.name must be " + LANGUAGE);
      }
    }

    JsonNode cells = nb.path("cells");
    if (!cells.isArray()) {
      p.add("cells must be an array");
      return p;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < cells.size(); i++) {
      JsonNode cell = cells.get(i);
      String where = "cell " + i;
      if (!cell.isObject()) {
        p.add(where + " is not an object");
        continue;
      }
      String type = cell.path("cell_type").asText("");
      Set<String> allowed = switch (type) {
        case "code" -> CODE_KEYS;
        case "markdown" -> MARKDOWN_KEYS;
        case "raw" -> RAW_KEYS;
        default -> null;
      };
      if (allowed == null) {
        p.add(where + " has cell_type '" + type + "' (code, markdown or raw)");
        continue;
      }
      for (String key : allowed) {
        if (key.equals("attachments")) continue;
        if (key.equals("id") && !needsIds) continue;
        if (!cell.has(key)) p.add(where + " (" + type + ") lacks '" + key + "'");
      }
      unknownKeys(cell, allowed, where, p);
      if (cell.has("id")) {
        String id = cell.path("id").asText("");
        if (!cell.path("id").isTextual() || !CELL_ID.matcher(id).matches()) p.add(where + " has an invalid id '" + id + "'");
        if (!ids.add(id)) p.add(where + " repeats the id '" + id + "'");
      }
      if (!cell.path("metadata").isObject()) p.add(where + " metadata must be an object");
      JsonNode source = cell.path("source");
      if (!isMultilineString(source)) p.add(where + " source must be a string or an array of strings");
      if (type.equals("code")) {
        JsonNode outputs = cell.path("outputs");
        if (!outputs.isArray()) p.add(where + " outputs must be an array");
        else if (outputs.size() > 0) p.add(where + " has outputs: clear them before committing");
        JsonNode count = cell.path("execution_count");
        if (!(count.isNull() || count.isInt())) p.add(where + " execution_count must be null or an integer");
        else if (!count.isNull()) p.add(where + " has an execution_count: clear outputs before committing");
      }
    }
    if (cells.size() == 0) {
      p.add("the notebook has no cells");
    } else {
      JsonNode first = cells.get(0);
      String text = Notebook.source(first.get("source"));
      if (!"markdown".equals(first.path("cell_type").asText()) || !text.contains("scripts/stancemap run")) {
        p.add("cell 0 must be markdown saying what the notebook shows and that it expects `scripts/stancemap run`");
      }
    }
    return p;
  }

  private static boolean isMultilineString(JsonNode node) {
    if (node.isTextual()) return true;
    if (!node.isArray()) return false;
    for (JsonNode line : node) if (!line.isTextual()) return false;
    return true;
  }

  private static void unknownKeys(JsonNode obj, Set<String> allowed, String where, List<String> p) {
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) p.add(where + " has the key '" + key + "', which nbformat 4 does not allow");
    }
  }
}
