package dev.sluice.bench;

import java.util.List;
import java.util.Map;

/**
 * A runtime the functions section measures, with its no-op function: files of the zip (name to
 * content; {@code bootstrap} is made executable) and the handler setting.
 */
enum BenchRuntime {
  NODE("nodejs20.x", "index.handler"),
  PYTHON("python3.12", "index.handler"),
  JAVA("java21", JavaNoopHandler.class.getName()),
  PROVIDED("provided.al2023", "function.handler");

  static final List<BenchRuntime> ALL = List.of(values());

  private static final String PROVIDED_BOOTSTRAP =
      """
      #!/bin/sh
      set -eu
      API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
      HEADERS="$(mktemp)"
      while true; do
        curl -sS -o /dev/null -D "$HEADERS" "$API/invocation/next"
        ID="$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$HEADERS" | cut -d' ' -f2 | tr -d '\\r\\n')"
        curl -sS -o /dev/null -X POST "$API/invocation/$ID/response" -d '{"ok":true}'
      done
      """;

  final String id;
  final String handler;

  BenchRuntime(String id, String handler) {
    this.id = id;
    this.handler = handler;
  }

  /** The function's files; Java's is the handler's class file, read from the classpath. */
  Map<String, byte[]> files() {
    return switch (this) {
      case NODE -> text("index.js", "exports.handler = async () => ({ ok: true });\n");
      case PYTHON -> text("index.py", "def handler(event, context):\n    return {\"ok\": True}\n");
      case JAVA ->
          Map.of(JavaNoopHandler.class.getName().replace('.', '/') + ".class", javaClass());
      case PROVIDED -> text("bootstrap", PROVIDED_BOOTSTRAP);
    };
  }

  private static Map<String, byte[]> text(String name, String content) {
    return Map.of(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static byte[] javaClass() {
    var resource = "/" + JavaNoopHandler.class.getName().replace('.', '/') + ".class";
    try (var in = BenchRuntime.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("class file not on the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
