package dev.sluice.runtime.internal;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.runtime.javabootstrap.JavaBootstrap;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The classpath of the Java bootstrap's JVM: where this process loaded the bootstrap, {@code
 * aws-lambda-java-core} and Jackson from (jars in a distribution, class directories in a build).
 */
final class JavaClasspath {

  private static final List<Class<?>> ANCHORS =
      List.of(
          JavaBootstrap.class,
          RequestHandler.class,
          ObjectMapper.class,
          JsonParser.class,
          JsonAutoDetect.class);

  private JavaClasspath() {}

  static String of() {
    var entries = new LinkedHashSet<String>();
    for (var anchor : ANCHORS) {
      entries.add(location(anchor).toString());
    }
    return String.join(":", entries);
  }

  private static Path location(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
