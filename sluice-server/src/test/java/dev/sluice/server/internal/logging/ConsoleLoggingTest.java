package dev.sluice.server.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class ConsoleLoggingTest {
  @TempDir Path classes;

  @Test
  void logsRequestIdsToTheConsoleAndQuietsJetty() {
    var context = new LoggerContext();

    var status = new ConsoleLogging().configure(context);

    assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getAppender("console")).isNotNull();
    assertThat(root.getLevel()).isEqualTo(Level.INFO);
    assertThat(context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel())
        .isEqualTo(Level.WARN);
    assertThat(ConsoleLogging.PATTERN).contains("X{requestId");
  }

  @Test
  void stepsAsideForALogbackTestXmlOnTheClassPath() throws Exception {
    Files.writeString(classes.resolve("logback-test.xml"), "<configuration/>");
    var thread = Thread.currentThread();
    var previous = thread.getContextClassLoader();
    try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(loader);
      var context = new LoggerContext();

      var status = new ConsoleLogging().configure(context);

      assertThat(status).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext())
          .isFalse();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
