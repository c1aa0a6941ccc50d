package org.stancemap.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A Jupyter notebook (nbformat 4) as read from disk: its JSON and its cells in order. */
public record Notebook(Path path, JsonNode json, List<Cell> cells) {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One cell; {@code index} is its 0-based position in the notebook's {@code cells} array. */
  public record Cell(int index, String type, String source) {
    boolean isCode() {
      return "code".equals(type);
    }
  }

  public static Notebook read(Path path) {
    JsonNode json;
    try {
      json = JSON.readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read notebook " + path, e);
    }
    List<Cell> cells = new ArrayList<>();
    JsonNode array = json.path("cells");
    for (int i = 0; i < array.size(); i++) {
      JsonNode cell = array.get(i);
      cells.add(new Cell(i, cell.path("cell_type").asText(), source(cell.get("source"))));
    }
    return new Notebook(path, json, List.copyOf(cells));
  }

  /** nbformat allows a cell's source as one string or as a list of lines (each with its newline). */
  static String source(JsonNode source) {
    if (source == null || source.isNull()) return "";
    if (source.isTextual()) return source.asText();
    StringBuilder sb = new StringBuilder();
    for (JsonNode line : source) sb.append(line.asText());
    return sb.toString();
  }

  public String name() {
    return path.getFileName().toString();
  }

  /** The notebook's cells[] position among code cells only (1-based), for messages. */
  public int codeCellNumber(Cell cell) {
    int n = 0;
    for (Cell c : cells) {
      if (c.isCode()) n++;
      if (c.index() == cell.index()) return n;
    }
    return -1;
  }

  public long codeCellCount() {
    return cells.stream().filter(Cell::isCode).count();
  }
}
