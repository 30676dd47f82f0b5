package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.objects.CopyObjectInput;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.MetadataDirective;
import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.NotificationTarget;
import dev.sluice.core.objects.ObjectLimits;
import dev.sluice.core.objects.Preconditions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectEventsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FUNCTION = "arn:aws:lambda:us-east-1:111122223333:function:thumbs";
  private static final String QUEUE = "arn:aws:sqs:us-east-1:111122223333:removals";

  @TempDir Path dir;
  ObjectStoreFixture store;

  @BeforeEach
  void setUp() {
    store = new ObjectStoreFixture(dir, new ObjectLimits(1000, 5, 10_000, 1024));
    store.bucket("photos");
    var rules =
        List.of(
            new NotificationRule(
                "thumbs",
                NotificationTarget.LAMBDA,
                FUNCTION,
                List.of("s3:ObjectCreated:*"),
                "img/",
                ".jpg"),
            new NotificationRule(
                "removals",
                NotificationTarget.QUEUE,
                QUEUE,
                List.of("s3:ObjectRemoved:*"),
                null,
                null));
    assertThat(
            store
                .service
                .putNotificationConfiguration("photos", new NotificationConfiguration(rules, false))
                .isOk())
        .isTrue();
    // the queue's s3:TestEvent is TestEventsTest's subject
    store.catalog.forgetEvents();
    store.signals.set(0);
  }

  private static JsonNode record(NewEvent event) throws Exception {
    return JSON.readTree(event.payload()).path("Records").get(0);
  }

  private static List<String> fieldNames(JsonNode node) {
    var names = new ArrayList<String>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void aPutMatchingARuleCommitsS3sEventJsonForItsDestination() throws Exception {
    var object = store.put("photos", "img/cat.jpg", "meow");

    var events = store.catalog.events();

    assertThat(events).hasSize(1);
    var event = events.getFirst();
    assertThat(event.service()).isEqualTo("lambda");
    assertThat(event.target()).isEqualTo(FUNCTION);
    assertThat(event.type()).isEqualTo("s3:ObjectCreated:Put");
    var expected =
        """
        {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
        "eventTime":"2026-01-02T03:04:05.678Z","eventName":"ObjectCreated:Put",
        "userIdentity":{"principalId":"AWS:AIDAEXAMPLE"},
        "requestParameters":{"sourceIPAddress":"192.0.2.7"},
        "responseElements":{"x-amz-request-id":"REQ123","x-amz-id-2":"HOST456"},
        "s3":{"s3SchemaVersion":"1.0","configurationId":"thumbs",
        "bucket":{"name":"photos","ownerIdentity":{"principalId":"111122223333"},
        "arn":"arn:aws:s3:::photos"},
        "object":{"key":"img/cat.jpg","size":4,"eTag":"4a4be40c96ac6314e91d93f38043a634",
        "sequencer":"%s"}}}]}
        """
            .formatted(object.sequencer());
    assertThat(JSON.readTree(event.payload())).isEqualTo(JSON.readTree(expected));
    assertThat(object.etag()).isEqualTo("\"4a4be40c96ac6314e91d93f38043a634\"");
    assertThat(store.signals.get()).isEqualTo(1);
  }

  @Test
  void theEventJsonFieldsAreInS3sOrder() throws Exception {
    store.put("photos", "img/cat.jpg", "meow");

    var record = record(store.catalog.events().getFirst());

    assertThat(fieldNames(record))
        .containsExactly(
            "eventVersion",
            "eventSource",
            "awsRegion",
            "eventTime",
            "eventName",
            "userIdentity",
            "requestParameters",
            "responseElements",
            "s3");
    assertThat(fieldNames(record.path("s3")))
        .containsExactly("s3SchemaVersion", "configurationId", "bucket", "object");
    assertThat(fieldNames(record.path("s3").path("object")))
        .containsExactly("key", "size", "eTag", "sequencer");
  }

  @Test
  void aKeyOutsideTheRulesFiltersCommitsNoEventAndSignalsNothing() {
    store.put("photos", "img/cat.png", "meow");
    store.put("photos", "doc/cat.jpg", "meow");

    assertThat(store.catalog.events()).isEmpty();
    assertThat(store.signals.get()).isZero();
  }

  @Test
  void aFailedPutCommitsNoEvent() {
    var failed =
        store.put(
            ObjectStoreFixture.input(
                "photos",
                "img/cat.jpg",
                ObjectStoreFixture.bytes("meow"),
                new ExpectedDigests("1B2M2Y8AsgTpgAmY7PhCfg==", null, java.util.Map.of(), null)));

    assertThat(failed.isOk()).isFalse();
    assertThat(store.catalog.events()).isEmpty();
  }

  @Test
  void theKeyIsUrlEncodedAsS3DoesItWithSpacesAsPlus() throws Exception {
    store.put("photos", "img/my cat (1)=é.jpg", "meow");

    var key = record(store.catalog.events().getFirst()).path("s3").path("object").path("key");

    assertThat(key.asText()).isEqualTo("img/my+cat+%281%29%3D%C3%A9.jpg");
  }

  @Test
  void aCopyIsObjectCreatedCopy() throws Exception {
    store.put("photos", "orig.txt", "meow");

    store.service.copyObject(
        new CopyObjectInput(
            "photos",
            "orig.txt",
            "photos",
            "img/copy.jpg",
            MetadataDirective.COPY,
            null,
            Preconditions.none(),
            null,
            ObjectStoreFixture.context()));

    var event = store.catalog.events().getFirst();
    assertThat(event.type()).isEqualTo("s3:ObjectCreated:Copy");
    assertThat(record(event).path("eventName").asText()).isEqualTo("ObjectCreated:Copy");
  }

  @Test
  void aCompletedUploadIsObjectCreatedCompleteMultipartUploadWithItsMultipartEtag()
      throws Exception {
    var multipart = new MultipartFixture(store);
    var upload = multipart.create("photos", "img/big.jpg", null);
    var object =
        multipart.complete(
            upload, List.of(multipart.part(upload, 1, "12345"), multipart.part(upload, 2, "678")));

    var event = store.catalog.events().getFirst();
    var json = record(event).path("s3").path("object");
    assertThat(event.type()).isEqualTo("s3:ObjectCreated:CompleteMultipartUpload");
    assertThat(json.path("size").asLong()).isEqualTo(8);
    assertThat(json.path("eTag").asText())
        .isEqualTo(Etags.unquote(object.value().etag()))
        .endsWith("-2");
  }

  @Test
  void aDeleteIsObjectRemovedDeleteWithOnlyTheKeyAndSequencer() throws Exception {
    store.put("photos", "doc/x.txt", "x");

    store.service.deleteObject("photos", "doc/x.txt", ObjectStoreFixture.context());

    var event = store.catalog.events().getFirst();
    assertThat(event.service()).isEqualTo("sqs");
    assertThat(event.target()).isEqualTo(QUEUE);
    assertThat(event.type()).isEqualTo("s3:ObjectRemoved:Delete");
    var record = record(event);
    assertThat(record.path("eventName").asText()).isEqualTo("ObjectRemoved:Delete");
    assertThat(record.path("s3").path("configurationId").asText()).isEqualTo("removals");
    assertThat(fieldNames(record.path("s3").path("object"))).containsExactly("key", "sequencer");
  }

  @Test
  void deleteObjectsCommitsOneEventPerKeyEvenForMissingKeys() {
    store.put("photos", "a", "x");

    store.service.deleteObjects(
        "photos", List.of("a", "never-existed"), ObjectStoreFixture.context());

    assertThat(store.catalog.events())
        .extracting(NewEvent::type)
        .containsExactly("s3:ObjectRemoved:Delete", "s3:ObjectRemoved:Delete");
    assertThat(store.signals.get()).isEqualTo(2);
  }

  @Test
  void sequencersIncreaseFromChangeToChange() throws Exception {
    store.put("photos", "img/1.jpg", "a");
    store.put("photos", "img/2.jpg", "b");
    store.service.deleteObject("photos", "img/1.jpg", ObjectStoreFixture.context());

    var sequencers = new ArrayList<String>();
    for (var event : store.catalog.events()) {
      sequencers.add(record(event).path("s3").path("object").path("sequencer").asText());
    }

    assertThat(sequencers).hasSize(3).isSorted().doesNotHaveDuplicates();
    assertThat(sequencers).allMatch(s -> s.matches("[0-9A-F]{16}"));
  }
}
