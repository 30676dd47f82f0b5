package dev.sluice.runtime;

import static dev.sluice.runtime.NodeHandlerErrorsTest.failure;
import static dev.sluice.runtime.NodeHandlersTest.seconds;
import static dev.sluice.runtime.RuntimeFixture.spec;
import static dev.sluice.runtime.RuntimeFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.sluice.core.functions.CodeBundle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java handlers compiled by the test, packaged as a jar and as a zip with {@code lib/}. */
class JavaHandlersTest {

  static RuntimeFixture fixture;
  static CodeBundle jar;
  static CodeBundle zipWithLib;

  static final Map<String, String> SOURCES =
      Map.of(
          "example/Greeter.java",
          """
          package example;
          import com.amazonaws.services.lambda.runtime.*;
          import java.util.Map;
          public class Greeter implements RequestHandler<Map<String, Object>, String> {
            public String handleRequest(Map<String, Object> event, Context context) {
              context.getLogger().log("greeting " + event.get("name") + "\\n");
              return "Hello " + event.get("name") + " from " + context.getFunctionName()
                  + " (" + context.getMemoryLimitInMB() + " MB, " + context.getAwsRequestId().length() + ")";
            }
          }
          """,
          "example/Shout.java",
          """
          package example;
          import com.amazonaws.services.lambda.runtime.*;
          import java.io.*;
          public class Shout implements RequestStreamHandler {
            public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
              out.write(new String(in.readAllBytes()).toUpperCase().getBytes());
            }
          }
          """,
          "example/Calculator.java",
          """
          package example;
          import com.amazonaws.services.lambda.runtime.Context;
          public class Calculator {
            public static class Input { public int a; public int b; }
            public static class Output { public int sum; Output(int sum) { this.sum = sum; } }
            public Output add(Input input, Context context) { return new Output(input.a + input.b); }
          }
          """,
          "example/Failing.java",
          """
          package example;
          import com.amazonaws.services.lambda.runtime.*;
          public class Failing implements RequestHandler<Object, Object> {
            public Object handleRequest(Object event, Context context) {
              throw new IllegalStateException("no way", new IllegalArgumentException("because"));
            }
          }
          """);

  @BeforeAll
  static void start(@TempDir Path scratch) throws Exception {
    fixture = new RuntimeFixture();
    var classes = compile(scratch);
    jar = FunctionZips.bundle(zipTree(classes, ""));
    zipWithLib = FunctionZips.bundle(zipOf("lib/handlers.jar", zipTree(classes, "")));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void runsARequestHandlerWithItsInputTypeAndContext() {
    var spec = spec("java21", "example.Greeter::handleRequest", jar, seconds(20));
    var outcome = fixture.invoke(spec, "{\"name\":\"Ada\"}", true);
    assertThat(text(outcome))
        .isEqualTo("\"Hello Ada from " + spec.functionName() + " (256 MB, 36)\"");
    assertThat(outcome.logTail()).contains("greeting Ada");
  }

  @Test
  void runsARequestStreamHandlerFromAZipsLibDirectory() {
    var spec = spec("java17", "example.Shout", zipWithLib, seconds(20));
    assertThat(text(fixture.invoke(spec, "\"quiet\""))).isEqualTo("\"QUIET\"");
  }

  @Test
  void runsAPlainMethodNamedByTheHandler() {
    var spec = spec("java25", "example.Calculator::add", jar, seconds(20));
    assertThat(text(fixture.invoke(spec, "{\"a\":2,\"b\":40}"))).isEqualTo("{\"sum\":42}");
  }

  @Test
  void reportsAThrownExceptionWithItsClassAndCause() throws Exception {
    var spec = spec("java21", "example.Failing", jar, seconds(20));
    var error = failure(fixture.invoke(spec, "{}"), "java.lang.IllegalStateException");
    assertThat(error.get("errorMessage").asText()).isEqualTo("no way");
    assertThat(error.get("stackTrace").get(0).asText())
        .startsWith("example.Failing.handleRequest(Failing.java:");
    assertThat(error.get("cause").get("errorType").asText())
        .isEqualTo("java.lang.IllegalArgumentException");
  }

  @Test
  void reportsAMissingClassAsLambdaDoes() throws Exception {
    var spec = spec("java21", "example.Absent::handleRequest", jar, seconds(20));
    var error = failure(fixture.invoke(spec, "{}"), "java.lang.ClassNotFoundException");
    assertThat(error.get("errorMessage").asText()).isEqualTo("Class not found: example.Absent");
  }

  private static Path compile(Path scratch) throws IOException {
    var sources = scratch.resolve("src");
    var classes = Files.createDirectories(scratch.resolve("classes"));
    for (var source : SOURCES.entrySet()) {
      var file = sources.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
    }
    var lambdaCore =
        Path.of(RequestHandler.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    var arguments =
        new java.util.ArrayList<>(
            java.util.List.of(
                "--release", "17", "-d", classes.toString(), "-cp", lambdaCore.toString()));
    for (var name : SOURCES.keySet()) {
      arguments.add(sources.resolve(name).toString());
    }
    var status =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, arguments.toArray(String[]::new));
    assertThat(status).isZero();
    return classes;
  }

  private static byte[] zipTree(Path root, String prefix) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes);
        var files = Files.walk(root)) {
      for (var file : files.filter(Files::isRegularFile).toList()) {
        zip.putNextEntry(
            new ZipEntry(prefix + root.relativize(file).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] zipOf(String name, byte[] content) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
