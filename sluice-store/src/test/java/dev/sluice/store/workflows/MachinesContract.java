package dev.sluice.store.workflows;

import static dev.sluice.store.workflows.Workflows.T0;
import static dev.sluice.store.workflows.Workflows.machine;
import static dev.sluice.store.workflows.Workflows.machineArn;
import static dev.sluice.store.workflows.Workflows.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.AliasRecord;
import dev.sluice.core.workflows.AliasRecord.Route;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.StoreFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** State machines, their versions and aliases: conditional writes, ordering and deletion. */
public abstract class MachinesContract extends StoreFixture {
  private WorkflowStore workflows;

  @BeforeEach
  void workflows() {
    workflows = store.workflows();
  }

  private static AliasRecord alias(String machine, String name, List<Route> routing) {
    return new AliasRecord(
        machineArn(machine) + ":" + name,
        name,
        machineArn(machine),
        "alias " + name,
        routing,
        T0,
        T0.plusMillis(5));
  }

  @Test
  void insertsAMachineOnceAndReadsItBackEqual() {
    MachineRecord m = machine("m");

    assertThat(workflows.insertMachine(m, Map.of("team", "data"))).isTrue();
    assertThat(workflows.insertMachine(machine("m"), Map.of())).isFalse();

    assertThat(workflows.findMachine(m.arn())).contains(m);
    assertThat(workflows.tags(m.arn())).isEqualTo(Map.of("team", "data"));
    assertThat(workflows.findMachine(machineArn("other"))).isEmpty();
  }

  @Test
  void keepsAOneMebibyteDefinitionWhole() {
    String big = "{\"Comment\":\"" + "é".repeat(512 * 1024 - 20) + "\"}";
    MachineRecord m = machine("big");
    MachineRecord withBig =
        new MachineRecord(
            m.arn(),
            m.name(),
            m.type(),
            big,
            m.roleArn(),
            null,
            m.created(),
            "rev-1",
            null,
            null,
            null,
            false);

    workflows.insertMachine(withBig, Map.of());

    assertThat(workflows.findMachine(m.arn()).orElseThrow().definition()).isEqualTo(big);
  }

  @Test
  void replacesAMachineOnlyAtTheExpectedRevision() {
    MachineRecord m = machine("m");
    workflows.insertMachine(m, Map.of());
    MachineRecord updated =
        new MachineRecord(
            m.arn(),
            m.name(),
            m.type(),
            "{}",
            m.roleArn(),
            null,
            m.created(),
            "rev-2",
            null,
            null,
            null,
            true);

    assertThat(workflows.replaceMachine(updated, "rev-0")).isFalse();
    assertThat(workflows.replaceMachine(updated, "rev-1")).isTrue();
    assertThat(workflows.replaceMachine(updated, "rev-1")).isFalse();

    assertThat(workflows.findMachine(m.arn())).contains(updated);
  }

  @Test
  void listsMachinesWithoutVersionsInArnOrderAfterAnArn() {
    for (String name : List.of("c", "a", "b")) {
      workflows.insertMachine(machine(name), Map.of());
    }
    workflows.insertMachine(version("a", 1), Map.of());

    assertThat(workflows.listMachines(null, 10))
        .extracting(MachineRecord::name)
        .containsExactly("a", "b", "c");
    assertThat(workflows.listMachines(machineArn("a"), 1))
        .extracting(MachineRecord::name)
        .containsExactly("b");
  }

  @Test
  void listsVersionsNewestFirstBelowAVersion() {
    workflows.insertMachine(machine("m"), Map.of());
    for (int v = 1; v <= 4; v++) {
      workflows.insertMachine(version("m", v), Map.of());
    }
    workflows.insertMachine(machine("m2"), Map.of());
    workflows.insertMachine(version("m2", 9), Map.of());

    assertThat(workflows.listVersions(machineArn("m"), null, 10))
        .extracting(MachineRecord::version)
        .containsExactly(4, 3, 2, 1);
    assertThat(workflows.listVersions(machineArn("m"), 3, 1))
        .extracting(MachineRecord::version)
        .containsExactly(2);
    assertThat(workflows.findMachine(machineArn("m") + ":2")).contains(version("m", 2));
  }

  @Test
  void deletesOneVersionWithItsTags() {
    workflows.insertMachine(machine("m"), Map.of());
    workflows.insertMachine(version("m", 1), Map.of("v", "1"));
    workflows.insertMachine(version("m", 2), Map.of());

    workflows.deleteVersion(machineArn("m") + ":1");

    assertThat(workflows.listVersions(machineArn("m"), null, 10))
        .extracting(MachineRecord::version)
        .containsExactly(2);
    assertThat(workflows.tags(machineArn("m") + ":1")).isEmpty();
    assertThat(workflows.findMachine(machineArn("m"))).isPresent();
  }

  @Test
  void insertsReplacesAndDeletesAliases() {
    workflows.insertMachine(machine("m"), Map.of());
    var routing =
        List.of(new Route(machineArn("m") + ":1", 70), new Route(machineArn("m") + ":2", 30));
    AliasRecord prod = alias("m", "prod", routing);

    assertThat(workflows.insertAlias(prod)).isTrue();
    assertThat(workflows.insertAlias(prod)).isFalse();
    assertThat(workflows.findAlias(prod.arn())).contains(prod);

    AliasRecord moved = alias("m", "prod", List.of(new Route(machineArn("m") + ":2", 100)));
    assertThat(workflows.replaceAlias(moved)).isTrue();
    assertThat(workflows.findAlias(prod.arn())).contains(moved);
    assertThat(workflows.replaceAlias(alias("m", "missing", routing))).isFalse();

    assertThat(workflows.deleteAlias(prod.arn())).isTrue();
    assertThat(workflows.deleteAlias(prod.arn())).isFalse();
    assertThat(workflows.findAlias(prod.arn())).isEmpty();
  }

  @Test
  void listsAMachinesAliasesInArnOrderAfterAnArn() {
    var routing = List.of(new Route(machineArn("m") + ":1", 100));
    for (String name : List.of("test", "beta", "prod")) {
      workflows.insertAlias(alias("m", name, routing));
    }
    workflows.insertAlias(alias("other", "alpha", routing));

    assertThat(workflows.listAliases(machineArn("m"), null, 10))
        .extracting(AliasRecord::name)
        .containsExactly("beta", "prod", "test");
    assertThat(workflows.listAliases(machineArn("m"), machineArn("m") + ":beta", 1))
        .extracting(AliasRecord::name)
        .containsExactly("prod");
  }

  @Test
  void deletingAMachineDeletesItsVersionsAliasesAndTheirTags() {
    workflows.insertMachine(machine("m"), Map.of("k", "m"));
    workflows.insertMachine(version("m", 1), Map.of("k", "v"));
    AliasRecord prod = alias("m", "prod", List.of(new Route(machineArn("m") + ":1", 100)));
    workflows.insertAlias(prod);
    workflows.putTags(prod.arn(), Map.of("k", "a"));
    workflows.insertMachine(machine("keep"), Map.of("k", "keep"));

    workflows.deleteMachine(machineArn("m"));

    assertThat(workflows.findMachine(machineArn("m"))).isEmpty();
    assertThat(workflows.findMachine(machineArn("m") + ":1")).isEmpty();
    assertThat(workflows.findAlias(prod.arn())).isEmpty();
    assertThat(workflows.tags(machineArn("m"))).isEmpty();
    assertThat(workflows.tags(machineArn("m") + ":1")).isEmpty();
    assertThat(workflows.tags(prod.arn())).isEmpty();
    assertThat(workflows.tags(machineArn("keep"))).containsEntry("k", "keep");
    assertThat(workflows.listMachines(null, 10))
        .extracting(MachineRecord::name)
        .containsExactly("keep");
  }

  @Test
  void keepsMachinesAcrossARestart() {
    workflows.insertMachine(machine("m"), Map.of());

    reopen();

    assertThat(store.workflows().findMachine(machineArn("m"))).contains(machine("m"));
  }
}
