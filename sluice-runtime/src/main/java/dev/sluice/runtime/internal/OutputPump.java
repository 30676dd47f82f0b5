package dev.sluice.runtime.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves an instance's output (stdout and stderr, appended by the process to one file) into its log,
 * one event per line. A carriage return inside a line stands for a newline within one event, as
 * Lambda's runtimes write multi-line messages. The file, not a pipe, makes {@link #drain()} exact:
 * whatever the process wrote before it answered is in the file when the answer arrives.
 */
final class OutputPump implements Runnable {

  /**
   * CloudWatch Logs' largest event (256 KB, less 26 bytes of overhead): a longer line becomes
   * several events, as a line without end does.
   */
  static final int MAX_EVENT_BYTES = 262_118;

  private static final long ACTIVE_POLL_MILLIS = 10;
  private static final long IDLE_POLL_MILLIS = 100;

  private final Path file;
  private final FileChannel channel;
  private final Process process;
  private final InstanceLog log;
  private final ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

  OutputPump(Path file, Process process, InstanceLog log) {
    this.file = file;
    this.process = process;
    this.log = log;
    try {
      this.channel = FileChannel.open(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read instance output " + file, e);
    }
  }

  @Override
  public void run() {
    try {
      while (process.isAlive()) {
        var moved = drain();
        Thread.sleep(moved ? ACTIVE_POLL_MILLIS : IDLE_POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      finish();
    }
  }

  /** Logs everything the process wrote so far; true when there was something. */
  synchronized boolean drain() {
    var lines = new ArrayList<String>();
    try {
      while (channel.isOpen() && channel.read(buffer.clear()) > 0) {
        buffer.flip();
        split(lines);
      }
    } catch (IOException e) {
      return false;
    }
    log.write(lines);
    return !lines.isEmpty();
  }

  private synchronized void finish() {
    drain();
    if (partial.size() > 0) {
      var lines = new ArrayList<String>();
      addLine(lines);
      log.write(lines);
    }
    log.flush();
    try {
      channel.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover output file is removed with the work directory
    }
  }

  private void split(List<String> lines) {
    var bytes = buffer.array();
    var start = 0;
    var length = buffer.limit();
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n') {
        partial.write(bytes, start, i - start);
        addLine(lines);
        start = i + 1;
      } else if (partial.size() + (i - start) >= MAX_EVENT_BYTES) {
        partial.write(bytes, start, i - start);
        addLine(lines);
        start = i;
      }
    }
    partial.write(bytes, start, length - start);
  }

  private void addLine(List<String> lines) {
    var raw = partial.toString(StandardCharsets.UTF_8);
    partial.reset();
    var line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
    if (!line.isBlank()) {
      lines.add(line.replace('\r', '\n'));
    }
  }
}
