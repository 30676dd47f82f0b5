package dev.sluice.server.internal.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import dev.sluice.aws.gateway.MdcKeys;
import org.slf4j.Logger;

/**
 * Sluice's console logging, set up in code (parsing an XML configuration costs startup time): one
 * line per event with the request id, INFO and up, Jetty and Micrometer only from WARN. Steps aside
 * when the application configures logback itself ({@code logback-test.xml} or {@code logback.xml}
 * on the class path, or the {@code logback.configurationFile} property).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_LOW_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
  static final String PATTERN =
      "%d{HH:mm:ss.SSS} %-5level %-16X{" + MdcKeys.REQUEST_ID + ":--} %logger{0} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (configuredElsewhere()) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    var encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    var console = new ConsoleAppender<ILoggingEvent>();
    console.setContext(context);
    console.setName("console");
    console.setEncoder(encoder);
    console.start();
    var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
    context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
    context.getLogger("io.micrometer").setLevel(Level.WARN);
    context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static boolean configuredElsewhere() {
    if (System.getProperty("logback.configurationFile") != null) {
      return true;
    }
    var loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ConsoleLogging.class.getClassLoader();
    }
    return loader.getResource("logback-test.xml") != null
        || loader.getResource("logback.xml") != null;
  }
}
