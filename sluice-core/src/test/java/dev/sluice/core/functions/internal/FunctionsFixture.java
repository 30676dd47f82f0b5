package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.CodeObjects;
import dev.sluice.core.functions.CodeSource;
import dev.sluice.core.functions.ConfigurationChange;
import dev.sluice.core.functions.CreateFunctionInput;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.functions.InvocationType;
import dev.sluice.core.functions.InvokeInput;
import dev.sluice.core.time.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A functions service on in-memory ports, with a clock the test moves. */
abstract class FunctionsFixture {
  static final FunctionCaller CALLER = new FunctionCaller("us-east-1", "000000000000");
  static final String ROLE = "arn:aws:iam::000000000000:role/test";
  static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:";

  final InMemoryFunctionCatalog catalog = new InMemoryFunctionCatalog();
  final MemoryBlobStore blobs = new MemoryBlobStore();
  final ScriptedRuntime runtime = new ScriptedRuntime();
  final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-21T10:15:30.123Z"));
  final Clock clock = now::get;
  final CatalogFunctionService functions =
      new CatalogFunctionService(catalog, blobs, CodeObjects.none(), runtime, clock, () -> {});

  static byte[] zip(String source) {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("index.js"));
      zip.write(source.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static ConfigurationChange config(String runtime, String role, Integer timeout) {
    return new ConfigurationChange(
        runtime, "index.handler", role, null, timeout, null, null, null, null);
  }

  FunctionConfig create(String name) {
    return functions
        .createFunction(
            CALLER,
            new CreateFunctionInput(
                name,
                config("nodejs20.x", ROLE, null),
                new CodeSource.Zip(zip("exports.handler = async () => 1;")),
                false,
                null,
                Map.of()))
        .value();
  }

  static InvokeInput invoke(String name, InvocationType type, String payload) {
    return new InvokeInput(
        name, null, type, false, null, "req-1", payload.getBytes(StandardCharsets.UTF_8));
  }

  List<String> eventTypes() {
    return catalog.events.stream().map(e -> e.type()).toList();
  }
}
