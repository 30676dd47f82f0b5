package dev.sluice.asl;

import java.util.List;

/** The outcome of {@link DefinitionCheck#check}: a machine, or the diagnostics AWS would give. */
public sealed interface Checked {

  /** The definition is valid. */
  record Valid(StateMachine machine) implements Checked {}

  /** The definition is invalid; errors come first, as AWS lists them. */
  record Invalid(List<Diagnostic> diagnostics) implements Checked {
    public Invalid {
      diagnostics = List.copyOf(diagnostics);
    }

    /** The InvalidDefinition message CreateStateMachine and UpdateStateMachine return. */
    public String message() {
      StringBuilder out = new StringBuilder("Invalid State Machine Definition: '");
      for (int i = 0; i < diagnostics.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(diagnostics.get(i).line());
      }
      return out.append("'").toString();
    }
  }
}
