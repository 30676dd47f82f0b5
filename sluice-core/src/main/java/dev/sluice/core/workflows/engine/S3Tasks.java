package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.ListedObject;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectListing;
import dev.sluice.core.objects.ObjectRead;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.PutObjectInput;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * {@code arn:aws:states:::aws-sdk:s3:<action>} on Sluice's object store: getObject, putObject,
 * listObjectsV2, listObjects, listBuckets, headObject and deleteObject, with the result shapes of
 * the SDK integration and S3's errors as {@code S3.<Code>Exception}.
 */
public final class S3Tasks implements TaskIntegration, MapObjects {
  private final Supplier<ObjectService> objects;

  public S3Tasks(Supplier<ObjectService> objects) {
    this.objects = objects;
  }

  @Override
  public boolean serves(TaskResource resource) {
    return resource.style() == TaskResource.Style.SERVICE
        && resource.resourceType().equals("aws-sdk:s3");
  }

  @Override
  public TaskOutcome run(TaskCall call) {
    JsonNode p = call.parameters();
    String bucket = p.path("Bucket").asText(null);
    return switch (call.resource().action()) {
      case "getObject" -> get(bucket, p.path("Key").asText(), true);
      case "headObject" -> get(bucket, p.path("Key").asText(), false);
      case "putObject" -> put(call, bucket, p);
      case "deleteObject" -> delete(call, bucket, p.path("Key").asText());
      case "listObjectsV2", "listObjects" -> list(bucket, p, call.resource().action());
      case "listBuckets" -> buckets(call);
      default ->
          new TaskOutcome.Failed(
              "States.Runtime",
              "Sluice does not support the action '"
                  + call.resource().action()
                  + "' of the aws-sdk:s3 integration");
    };
  }

  @Override
  public Result<String> read(String bucket, String key) {
    Result<ObjectRead> read =
        objects
            .get()
            .getObject(new GetObjectInput(bucket, key, null, Preconditions.none(), null), true);
    return switch (read) {
      case Result.Err<ObjectRead> err -> Result.err(err.failure());
      case Result.Ok<ObjectRead> ok -> {
        try (ObjectRead object = ok.value()) {
          yield Result.ok(new String(readAll(object), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  @Override
  public Result<List<ListedObject>> list(String bucket, String prefix) {
    List<ListedObject> listed = new ArrayList<>();
    String after = null;
    while (true) {
      Result<ObjectListing> page =
          objects.get().listObjects(new ListObjectsInput(bucket, prefix, null, after, 1000));
      if (page instanceof Result.Err<ObjectListing> err) {
        return Result.err(err.failure());
      }
      ObjectListing listing = ((Result.Ok<ObjectListing>) page).value();
      for (ObjectRecord record : listing.contents()) {
        listed.add(
            new ListedObject(
                record.key(), record.etag(), record.lastModified(), record.size(), "STANDARD"));
      }
      if (!listing.truncated() || listing.last() == null) {
        return Result.ok(listed);
      }
      after = listing.last();
    }
  }

  @Override
  public Result<Void> write(String bucket, String key, String text, String account, String region) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Result<ObjectRecord> put =
        putBytes(bucket, key, bytes, "application/json", context(account, region));
    return switch (put) {
      case Result.Err<ObjectRecord> err -> Result.err(err.failure());
      case Result.Ok<ObjectRecord> ok -> Result.ok(null);
    };
  }

  private TaskOutcome get(String bucket, String key, boolean withBody) {
    Result<ObjectRead> read =
        objects
            .get()
            .getObject(new GetObjectInput(bucket, key, null, Preconditions.none(), null), withBody);
    return switch (read) {
      case Result.Err<ObjectRead> err -> failed(err.failure());
      case Result.Ok<ObjectRead> ok -> {
        try (ObjectRead object = ok.value()) {
          ObjectRecord record = object.record();
          ObjectNode out = Json.object();
          out.put("AcceptRanges", "bytes");
          if (withBody) {
            out.put("Body", new String(readAll(object), StandardCharsets.UTF_8));
          }
          out.put("ContentLength", record.size());
          String type = record.attributes().contentType();
          out.put("ContentType", type == null ? "binary/octet-stream" : type);
          out.put("ETag", quoted(record.etag()));
          out.put("LastModified", record.lastModified().toString());
          ObjectNode metadata = out.putObject("Metadata");
          record.attributes().userMetadata().forEach(metadata::put);
          out.put("ServerSideEncryption", "AES256");
          yield new TaskOutcome.Done(out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static byte[] readAll(ObjectRead object) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    object.channel().position(object.first());
    long left = object.length();
    while (left > 0) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), left));
      int n = object.channel().read(buffer);
      if (n < 0) {
        break;
      }
      bytes.write(buffer.array(), 0, n);
      left -= n;
    }
    return bytes.toByteArray();
  }

  private TaskOutcome put(TaskCall call, String bucket, JsonNode p) {
    JsonNode body = p.path("Body");
    byte[] bytes = (body.isMissingNode() ? "" : Json.write(body)).getBytes(StandardCharsets.UTF_8);
    Result<ObjectRecord> put =
        putBytes(
            bucket,
            p.path("Key").asText(),
            bytes,
            p.path("ContentType").asText(null),
            context(call));
    return switch (put) {
      case Result.Err<ObjectRecord> err -> failed(err.failure());
      case Result.Ok<ObjectRecord> ok -> {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ObjectNode out = Json.object();
        out.put(
            "ChecksumCRC32",
            Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array()));
        out.put("ChecksumType", "FULL_OBJECT");
        out.put("ETag", quoted(ok.value().etag()));
        out.put("ServerSideEncryption", "AES256");
        yield new TaskOutcome.Done(out);
      }
    };
  }

  private TaskOutcome delete(TaskCall call, String bucket, String key) {
    return switch (objects.get().deleteObject(bucket, key, context(call))) {
      case Result.Err<Void> err -> failed(err.failure());
      case Result.Ok<Void> ok -> new TaskOutcome.Done(Json.object());
    };
  }

  private TaskOutcome list(String bucket, JsonNode p, String action) {
    int max = p.path("MaxKeys").asInt(1000);
    String after = p.path(action.equals("listObjects") ? "Marker" : "StartAfter").asText(null);
    Result<ObjectListing> listing =
        objects
            .get()
            .listObjects(
                new ListObjectsInput(
                    bucket,
                    p.path("Prefix").asText(null),
                    p.path("Delimiter").asText(null),
                    after,
                    max));
    return switch (listing) {
      case Result.Err<ObjectListing> err -> failed(err.failure());
      case Result.Ok<ObjectListing> ok -> {
        ObjectNode out = Json.object();
        ArrayNode contents = out.putArray("Contents");
        for (ObjectRecord record : ok.value().contents()) {
          ObjectNode item = contents.addObject();
          item.put("ETag", quoted(record.etag()));
          item.put("Key", record.key());
          item.put("LastModified", record.lastModified().toString());
          item.put("Size", record.size());
          item.put("StorageClass", "STANDARD");
        }
        if (ok.value().contents().isEmpty()) {
          out.remove("Contents");
        }
        out.put("IsTruncated", ok.value().truncated());
        out.put("MaxKeys", max);
        out.put("Name", bucket);
        out.put("Prefix", p.path("Prefix").asText(""));
        if (action.equals("listObjectsV2")) {
          out.put("KeyCount", ok.value().contents().size());
        }
        yield new TaskOutcome.Done(out);
      }
    };
  }

  private TaskOutcome buckets(TaskCall call) {
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("Buckets");
    for (Bucket bucket : objects.get().listBuckets(call.account())) {
      list.addObject()
          .put("CreationDate", bucket.createdAt().toString())
          .put("Name", bucket.name());
    }
    out.putObject("Owner").put("Id", call.account());
    return new TaskOutcome.Done(out);
  }

  /** S3 shows ETags in quotes; the store may keep them with or without. */
  private static String quoted(String etag) {
    return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
  }

  /** Stores {@code bytes} as the object, with only a content type for attributes. */
  private Result<ObjectRecord> putBytes(
      String bucket, String key, byte[] bytes, String contentType, RequestContext context) {
    return objects
        .get()
        .putObject(
            new PutObjectInput(
                bucket,
                key,
                new ByteArrayInputStream(bytes),
                bytes.length,
                new ObjectAttributes(contentType, null, null, null, null, null, null, null, null),
                ExpectedDigests.none(),
                Preconditions.none(),
                context));
  }

  private static RequestContext context(TaskCall call) {
    return context(call.account(), call.region());
  }

  /** Step Functions as the caller of S3, from the execution's account and region. */
  private static RequestContext context(String account, String region) {
    String id = UUID.randomUUID().toString();
    return new RequestContext(account, "states.amazonaws.com", "127.0.0.1", id, id, region);
  }

  /** S3's error as the SDK integration names it: {@code S3.NoSuchBucketException}. */
  private static TaskOutcome failed(Failure failure) {
    String code =
        failure.code().endsWith("Exception") ? failure.code() : failure.code() + "Exception";
    String id =
        UUID.randomUUID()
            .toString()
            .replace("-", "")
            .substring(0, 16)
            .toUpperCase(java.util.Locale.ROOT);
    return new TaskOutcome.Failed(
        "S3." + code,
        failure.message()
            + " (Service: S3, Status Code: "
            + failure.status()
            + ", Request ID: "
            + id
            + ", Extended Request ID: "
            + Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8))
            + ")");
  }
}
