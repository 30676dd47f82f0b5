package dev.sluice.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** The AWS SDK for Java v2 Lambda client pointed at a running Sluice, and test packages. */
public final class LambdaClients {
  public static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
  public static final String ARN_PREFIX = "arn:aws:lambda:us-east-1:000000000000:function:";

  private LambdaClients() {}

  public static LambdaClient lambda(URI endpoint) {
    return LambdaClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(S3Clients.credentials(S3Clients.ACCESS_KEY, S3Clients.SECRET_KEY))
        .build();
  }

  /** A zip holding the given files. */
  public static byte[] zip(Map<String, String> files) {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A small Node.js handler package. */
  public static byte[] nodeZip(String body) {
    return zip(Map.of("index.js", "exports.handler = async (event) => " + body + ";\n"));
  }

  /** Creates a Node.js function with the given package. */
  public static void create(LambdaClient lambda, String name, byte[] zip) {
    lambda.createFunction(request(name, zip).build());
  }

  public static CreateFunctionRequest.Builder request(String name, byte[] zip) {
    return CreateFunctionRequest.builder()
        .functionName(name)
        .runtime(Runtime.NODEJS20_X)
        .handler("index.handler")
        .role(ROLE)
        .code(c -> c.zipFile(SdkBytes.fromByteArray(zip)));
  }
}
