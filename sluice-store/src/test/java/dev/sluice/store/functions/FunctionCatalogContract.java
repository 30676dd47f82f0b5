package dev.sluice.store.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.functions.EventInvokeConfig;
import dev.sluice.core.functions.FunctionAlias;
import dev.sluice.core.functions.FunctionCatalog;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.PolicyStatement;
import dev.sluice.store.StoreFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link FunctionCatalog} does: conditional writes of whole functions and events. */
public abstract class FunctionCatalogContract extends StoreFixture {
  protected FunctionCatalog catalog;

  @BeforeEach
  void catalog() {
    catalog = store.functions();
  }

  public static FunctionConfig config(String name, String version, String blobId) {
    return new FunctionConfig(
        name,
        version,
        "nodejs20.x",
        "index.handler",
        "arn:aws:iam::000000000000:role/lambda",
        "a function",
        3,
        128,
        Map.of("STAGE", "test"),
        List.of("arn:aws:lambda:us-east-1:000000000000:layer:lib:1"),
        null,
        "Zip",
        "ab".repeat(32),
        42,
        blobId,
        "2026-11-21T10:15:30.123+0000",
        "rev-" + version);
  }

  public static FunctionRecord function(String name) {
    return new FunctionRecord(
        name,
        "us-east-1",
        "000000000000",
        config(name, "$LATEST", "blob-" + name),
        List.of(),
        0,
        List.of(),
        List.of(),
        "policy-rev",
        null,
        List.of(),
        Map.of());
  }

  private List<OutboxEvent> pending() {
    return store.outbox().list(EventStatus.PENDING, 0, 100);
  }

  private static NewEvent event(String type) {
    return new NewEvent("lambda", "arn:aws:lambda:us-east-1:000000000000:function:f", type, "{}");
  }

  @Test
  void insertsAFunctionOnceAndFindsItAtItsFirstRevision() {
    assertThat(catalog.insert(function("f"), List.of())).isTrue();
    assertThat(catalog.insert(function("f"), List.of())).isFalse();

    var stored = catalog.find("f").orElseThrow();
    assertThat(stored.function()).isEqualTo(function("f"));
    assertThat(catalog.find("g")).isEmpty();
  }

  @Test
  void keepsEveryPartOfAFunctionAcrossARestart() {
    var full =
        function("f")
            .withVersions(List.of(config("f", "1", "blob-1")), 1)
            .withAliases(List.of(new FunctionAlias("live", "1", "", Map.of("1", 0.5), "r")))
            .withPolicy(
                List.of(
                    new PolicyStatement(
                        "s3",
                        "lambda:InvokeFunction",
                        "s3.amazonaws.com",
                        null,
                        null,
                        null,
                        null,
                        null)),
                "p2")
            .withReservedConcurrency(5)
            .withEventInvokeConfigs(
                List.of(new EventInvokeConfig("$LATEST", 0, 60, null, "arn:x", 17L)))
            .withTags(Map.of("team", "data"));
    catalog.insert(full, List.of());

    reopen();

    assertThat(store.functions().find("f").orElseThrow().function()).isEqualTo(full);
  }

  @Test
  void replacesOnlyAtTheRevisionItWasRead() {
    catalog.insert(function("f"), List.of());
    long revision = catalog.find("f").orElseThrow().revision();
    var changed = function("f").withTags(Map.of("a", "b"));

    assertThat(catalog.replace(changed, revision, List.of())).isTrue();
    assertThat(catalog.replace(function("f"), revision, List.of())).isFalse();

    var stored = catalog.find("f").orElseThrow();
    assertThat(stored.function()).isEqualTo(changed);
    assertThat(stored.revision()).isGreaterThan(revision);
  }

  @Test
  void commitsAReplacementsEventsOnlyWhenItSucceeds() {
    catalog.insert(function("f"), List.of());
    long revision = catalog.find("f").orElseThrow().revision();

    catalog.replace(function("f"), revision, List.of(event("Destination")));
    catalog.replace(function("f"), revision, List.of(event("Lost")));

    assertThat(pending()).extracting(OutboxEvent::type).containsExactly("Destination");
  }

  @Test
  void deletesOnlyAtTheRevisionItWasRead() {
    catalog.insert(function("f"), List.of());
    long revision = catalog.find("f").orElseThrow().revision();
    catalog.replace(function("f"), revision, List.of());

    assertThat(catalog.delete("f", revision)).isFalse();
    assertThat(catalog.delete("f", revision + 1)).isTrue();
    assertThat(catalog.find("f")).isEmpty();
  }

  @Test
  void listsFunctionsByNameAfterTheGivenOne() {
    for (var name : List.of("delta", "alpha", "charlie", "bravo")) {
      catalog.insert(function(name), List.of());
    }

    assertThat(catalog.list(null, 2))
        .extracting(FunctionRecord::name)
        .containsExactly("alpha", "bravo");
    assertThat(catalog.list("bravo", 10))
        .extracting(FunctionRecord::name)
        .containsExactly("charlie", "delta");
  }

  @Test
  void appendsEventsThatChangeNoFunction() {
    catalog.append(List.of(event("Invoke"), event("Invoke")));

    assertThat(pending())
        .extracting(OutboxEvent::service, OutboxEvent::type)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("lambda", "Invoke"))
        .hasSize(2);
  }
}
