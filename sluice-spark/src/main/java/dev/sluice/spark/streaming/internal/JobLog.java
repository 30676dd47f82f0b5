package dev.sluice.spark.streaming.internal;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The step's log lines, in the layout of Hadoop's console log ({@code yy/MM/dd HH:mm:ss}). */
public final class JobLog {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yy/MM/dd HH:mm:ss");

  private final PrintStream out;

  public JobLog(PrintStream out) {
    this.out = out;
  }

  public void info(String logger, String message) {
    line("INFO", logger, message);
  }

  public void error(String logger, String message) {
    line("ERROR", logger, message);
  }

  /** A line without the time and level prefix (counter listings). */
  public void raw(String text) {
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }

  private void line(String level, String logger, String message) {
    raw(LocalDateTime.now().format(TIME) + " " + level + " " + logger + ": " + message);
  }
}
