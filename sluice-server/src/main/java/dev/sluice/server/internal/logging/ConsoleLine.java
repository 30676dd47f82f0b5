package dev.sluice.server.internal.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import dev.sluice.aws.gateway.MdcKeys;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * One console line per event, written in code: {@code 12:00:00.000 INFO <request id> Logger -
 * message}, then the stack trace of an exception. Logback's {@code PatternLayout} would give the
 * same line but loads some 150 classes (its pattern parser and every converter) at start-up.
 */
final class ConsoleLine extends LayoutBase<ILoggingEvent> {
  private final ZoneId zone = ZoneId.systemDefault();

  @Override
  public String doLayout(ILoggingEvent event) {
    var line = new StringBuilder(128);
    time(line, event.getTimeStamp());
    pad(line.append(' '), event.getLevel().toString(), 5);
    var requestId = event.getMDCPropertyMap().get(MdcKeys.REQUEST_ID);
    pad(line.append(' '), requestId == null ? "-" : requestId, 16);
    line.append(' ').append(simpleName(event.getLoggerName())).append(" - ");
    line.append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
    if (event.getThrowableProxy() != null) {
      line.append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      line.append(CoreConstants.LINE_SEPARATOR);
    }
    return line.toString();
  }

  private void time(StringBuilder line, long epochMillis) {
    var time = LocalTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
    twoDigits(line, time.getHour()).append(':');
    twoDigits(line, time.getMinute()).append(':');
    twoDigits(line, time.getSecond()).append('.');
    int millis = time.getNano() / 1_000_000;
    line.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10));
    line.append((char) ('0' + millis % 10));
  }

  private static StringBuilder twoDigits(StringBuilder line, int value) {
    return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  private static void pad(StringBuilder line, String text, int width) {
    line.append(text);
    for (int i = text.length(); i < width; i++) {
      line.append(' ');
    }
  }

  private static String simpleName(String loggerName) {
    return loggerName.substring(loggerName.lastIndexOf('.') + 1);
  }
}
