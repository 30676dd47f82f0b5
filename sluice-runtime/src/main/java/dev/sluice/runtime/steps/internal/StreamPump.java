package dev.sluice.runtime.steps.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Copies a process's output stream into a {@link ByteTail} (exact bytes) and hands each line
 * (without its end, {@code \r\n} or {@code \n}) to a consumer, empty lines left out. A line longer
 * than CloudWatch Logs' largest event is handed on in pieces.
 */
final class StreamPump implements Runnable {

  /** CloudWatch Logs' largest event, 256 KB less 26 bytes of overhead. */
  static final int MAX_LINE_BYTES = 262_118;

  private final InputStream in;
  private final ByteTail tail;
  private final Consumer<String> lines;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

  StreamPump(InputStream in, ByteTail tail, Consumer<String> lines) {
    this.in = in;
    this.tail = tail;
    this.lines = lines;
  }

  @Override
  public void run() {
    var buffer = new byte[8192];
    try (in) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        tail.append(buffer, 0, read);
        split(buffer, read);
      }
    } catch (IOException e) {
      // the process is gone and its pipe closed under us: what was read is kept
    }
    emit();
  }

  private void split(byte[] buffer, int length) {
    var start = 0;
    for (int i = 0; i < length; i++) {
      if (buffer[i] == '\n') {
        partial.write(buffer, start, i - start);
        emit();
        start = i + 1;
      } else if (partial.size() + (i - start) >= MAX_LINE_BYTES) {
        partial.write(buffer, start, i - start);
        emit();
        start = i;
      }
    }
    partial.write(buffer, start, length - start);
  }

  private void emit() {
    var line = partial.toString(StandardCharsets.UTF_8);
    partial.reset();
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    if (!line.isEmpty()) {
      lines.accept(line);
    }
  }
}
