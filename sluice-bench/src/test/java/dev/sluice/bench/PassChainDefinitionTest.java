package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.asl.AslParser;
import dev.sluice.asl.Parsed;
import dev.sluice.asl.State;
import dev.sluice.asl.StateMachine;
import org.junit.jupiter.api.Test;

class PassChainDefinitionTest {
  private static StateMachine parse(String definition) throws Exception {
    var parsed = AslParser.parse(new ObjectMapper().readTree(definition));
    assertThat(parsed).isInstanceOf(Parsed.Valid.class);
    return ((Parsed.Valid) parsed).machine();
  }

  @Test
  void chainsTheGivenNumberOfPassStatesEndingAtTheLast() throws Exception {
    var machine = parse(BenchMachines.passChain(50));

    assertThat(machine.startAt()).isEqualTo("P1");
    assertThat(machine.states()).hasSize(50);
    for (int i = 1; i < 50; i++) {
      var pass = (State.Pass) machine.state("P" + i);
      assertThat(pass.transition()).isEqualTo(new State.Transition("P" + (i + 1), false));
    }
    assertThat(((State.Pass) machine.state("P50")).transition().end()).isTrue();
  }

  @Test
  void aChainOfOneStartsAndEndsAtItsOnlyState() throws Exception {
    var machine = parse(BenchMachines.passChain(1));

    assertThat(machine.states().keySet()).containsExactly("P1");
    assertThat(((State.Pass) machine.state("P1")).transition().end()).isTrue();
  }

  @Test
  void refusesAChainWithoutStates() {
    assertThatThrownBy(() -> BenchMachines.passChain(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theWaitMachineWaitsTheGivenSecondsThenEnds() throws Exception {
    var machine = parse(BenchMachines.waitFor(86_400));

    var wait = (State.Wait) machine.state(machine.startAt());
    assertThat(wait.transition().end()).isTrue();
    assertThat(wait.seconds()).isEqualTo(86_400L);
  }
}
