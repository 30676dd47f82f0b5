package dev.sluice.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Creates the function bucket notifications name (S3 refuses notifications to functions that do not
 * exist), with an unsigned CreateFunction (Sluice accepts unsigned requests by default).
 */
final class NoopFunction {
  private NoopFunction() {}

  static void create(URI endpoint, String name) throws IOException, InterruptedException {
    var body =
        "{\"FunctionName\":\""
            + name
            + "\",\"Runtime\":\"nodejs20.x\",\"Handler\":\"index.handler\","
            + "\"Role\":\"arn:aws:iam::000000000000:role/bench\",\"Code\":{\"ZipFile\":\""
            + Base64.getEncoder().encodeToString(zip())
            + "\"}}";
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(endpoint.resolve("/2015-03-31/functions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IOException(
          "CreateFunction answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static byte[] zip() throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("index.js"));
      zip.write("exports.handler = async () => null;\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
