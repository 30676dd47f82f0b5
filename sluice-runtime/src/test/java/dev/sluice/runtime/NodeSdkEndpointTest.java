package dev.sluice.runtime;

import static dev.sluice.runtime.NodeHandlersTest.seconds;
import static dev.sluice.runtime.RuntimeFixture.spec;
import static dev.sluice.runtime.RuntimeFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SDK calls inside a Node.js function reach the endpoint Sluice gives, with no endpoint in the
 * function's code, through the SDK the runtime installs.
 */
class NodeSdkEndpointTest {

  static RuntimeFixture fixture;
  static HttpServer endpoint;
  static final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoint.createContext(
        "/",
        exchange -> {
          var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
          exchange.getResponseHeaders().set("ETag", "\"abc\"");
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    endpoint.start();
    fixture = new RuntimeFixture();
    fixture.endpoint = "http://127.0.0.1:" + endpoint.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    fixture.close();
    endpoint.stop(0);
  }

  @Test
  void sendsJavaScriptSdkV2CallsToTheGivenEndpointPathStyle() {
    var code =
        FunctionZips.zip(
            Map.of(
                "index.js",
                """
                const AWS = require('aws-sdk');
                exports.handler = async (event) => {
                  await new AWS.S3().putObject({ Bucket: 'derived', Key: event.key, Body: 'v2' }).promise();
                  return 'stored';
                };
                """));
    var outcome = invokeWithSdk(spec("nodejs20.x", "index.handler", code, seconds(20)), "v2.txt");
    assertThat(text(outcome)).isEqualTo("\"stored\"");
    assertThat(requests).anyMatch(request -> request.equals("PUT /derived/v2.txt v2"));
  }

  @Test
  void letsAnEsModuleImportTheProvidedSdk() {
    var code =
        FunctionZips.zip(
            Map.of(
                "index.mjs",
                """
                import AWS from 'aws-sdk';
                export const handler = async (event) => {
                  await new AWS.S3().putObject({ Bucket: 'derived', Key: event.key, Body: 'esm' }).promise();
                  return 'stored';
                };
                """));
    var outcome = invokeWithSdk(spec("nodejs20.x", "index.handler", code, seconds(20)), "esm.txt");
    assertThat(text(outcome)).isEqualTo("\"stored\"");
    assertThat(requests).anyMatch(request -> request.equals("PUT /derived/esm.txt esm"));
  }

  @Test
  void sendsJavaScriptSdkV3CallsToTheGivenEndpoint() {
    var code =
        FunctionZips.zip(
            Map.of(
                "index.js",
                """
                const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
                exports.handler = async (event) => {
                  const s3 = new S3Client({ forcePathStyle: true });
                  await s3.send(new PutObjectCommand({ Bucket: 'derived', Key: event.key, Body: 'v3' }));
                  return 'stored';
                };
                """));
    var outcome = invokeWithSdk(spec("nodejs20.x", "index.handler", code, seconds(20)), "v3.txt");
    assertThat(text(outcome)).isEqualTo("\"stored\"");
    assertThat(requests).anyMatch(request -> request.startsWith("PUT /derived/v3.txt"));
  }

  private static dev.sluice.core.functions.InvocationOutcome invokeWithSdk(
      dev.sluice.core.functions.InstanceSpec spec, String key) {
    var outcome = fixture.invoke(spec, "{\"key\":\"" + key + "\"}", true);
    assumeTrue(
        outcome.logTail() == null || !outcome.logTail().contains("Cannot find module"),
        "npm could not install the AWS SDK for JavaScript (no network?): see the runtime's log");
    assertThat(outcome.logTail()).doesNotContain("Error");
    return outcome;
  }
}
