package org.stancemap.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol with the JDK's own WebSocket
 * client (no browser-driver dependency): open a page, collect console errors, evaluate a script,
 * take a screenshot.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The viewport width pages are opened and captured at: a common laptop screen. */
  static final int WIDTH = 1366;
  static final int HEIGHT = 900;
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
  /** Console errors, uncaught exceptions, error log entries and dialogs seen so far. */
  final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private int nextId = 1;

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  HeadlessChromium() throws Exception {
    profile = Files.createTempDirectory("stancemap-chromium-");
    process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--user-data-dir=" + profile, "--remote-debugging-port=0",
        "--remote-allow-origins=*", "--window-size=" + WIDTH + "," + HEIGHT, "about:blank").redirectErrorStream(true).start();
    CompletableFuture<String> wsUrl = new CompletableFuture<>();
    Thread drain = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) wsUrl.complete(m.group(1));
        }
      } catch (IOException ignored) {
        // process ended
      }
      wsUrl.completeExceptionally(new IllegalStateException("chromium exited before DevTools listened"));
    }, "chromium-output");
    drain.setDaemon(true);
    drain.start();
    URI browser = URI.create(wsUrl.get(60, TimeUnit.SECONDS));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String pageUrl = null;
    for (JsonNode t : JSON.readTree(list)) {
      if ("page".equals(t.path("type").asText())) pageUrl = t.path("webSocketDebuggerUrl").asText();
    }
    if (pageUrl == null) throw new IllegalStateException("no page target in " + list);
    socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
      final StringBuilder buffer = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        buffer.append(data);
        if (last) {
          try {
            messages.add(JSON.readTree(buffer.toString()));
          } catch (IOException e) {
            errors.add("unreadable DevTools message: " + e);
          }
          buffer.setLength(0);
        }
        ws.request(1);
        return null;
      }
    }).get(30, TimeUnit.SECONDS);
    call("Runtime.enable", null);
    call("Log.enable", null);
    call("Page.enable", null);
  }

  /** Sends a command and waits for its result, recording the events that arrive meanwhile. */
  JsonNode call(String method, ObjectNode params) throws Exception {
    int id = nextId++;
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    if (params != null) msg.set("params", params);
    socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      JsonNode m = messages.poll(1, TimeUnit.SECONDS);
      if (m == null) continue;
      if (m.path("id").asInt(-1) == id) {
        if (m.has("error")) throw new IllegalStateException(method + ": " + m.get("error"));
        return m.path("result");
      }
      event(m);
    }
    throw new IllegalStateException("no answer to " + method);
  }

  private void event(JsonNode m) {
    String method = m.path("method").asText();
    JsonNode p = m.path("params");
    switch (method) {
      case "Runtime.consoleAPICalled":
        if (List.of("error", "assert").contains(p.path("type").asText())) errors.add("console." + p.path("type").asText() + ": " + p.path("args"));
        break;
      case "Runtime.exceptionThrown":
        errors.add("exception: " + p.path("exceptionDetails"));
        break;
      case "Log.entryAdded":
        if ("error".equals(p.path("entry").path("level").asText())) errors.add("log: " + p.path("entry"));
        break;
      case "Page.javascriptDialogOpening":
        errors.add("dialog: " + p.path("message").asText());
        break;
      case "Page.loadEventFired":
        loaded = true;
        break;
      default:
    }
  }

  private volatile boolean loaded;

  /** Opens a file and waits for its load event (and a moment for late console messages). */
  void open(Path file) throws Exception {
    loaded = false;
    call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", WIDTH).put("height", HEIGHT)
        .put("deviceScaleFactor", 1).put("mobile", false));
    call("Page.navigate", JSON.createObjectNode().put("url", file.toAbsolutePath().toUri().toString()));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!loaded && System.nanoTime() < deadline) {
      JsonNode m = messages.poll(1, TimeUnit.SECONDS);
      if (m != null) event(m);
    }
    if (!loaded) throw new IllegalStateException("page did not load: " + file);
    call("Runtime.evaluate", JSON.createObjectNode().put("expression", "1").put("awaitPromise", false));
  }

  /** The JSON value of a JavaScript expression evaluated in the page. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (r.has("exceptionDetails")) throw new IllegalStateException("evaluate: " + r.get("exceptionDetails"));
    return r.path("result").path("value");
  }

  /** Types {@code text} into the element {@code selector} names, as a user would (one input event). */
  void type(String selector, String text) throws Exception {
    evaluate("(function () { var e = document.querySelector(" + JSON.writeValueAsString(selector) + "); e.focus(); return true; })()");
    call("Input.insertText", JSON.createObjectNode().put("text", text));
  }

  /** A PNG of the page's top (at most {@code maxHeight} CSS pixels), written to {@code file}. */
  void screenshot(Path file, int maxHeight) throws Exception {
    JsonNode metrics = call("Page.getLayoutMetrics", null).path("cssContentSize");
    double h = Math.min(maxHeight, Math.max(1, metrics.path("height").asDouble(900)));
    ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", WIDTH).put("height", h).put("scale", 1);
    ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    String data = call("Page.captureScreenshot", params).path("data").asText();
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(data));
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // closing anyway
    }
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
    // Chromium's helper processes can still rename files in the profile while they exit (a walk then meets a file
    // that is gone: NoSuchFileException, seen once under load): walk again until the folder is gone
    for (int attempt = 0; attempt < 10 && Files.exists(profile); attempt++) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        // a file vanished during the walk: the next attempt sees the folder as it is now
      }
      if (Files.exists(profile)) Thread.sleep(200);
    }
  }
}
