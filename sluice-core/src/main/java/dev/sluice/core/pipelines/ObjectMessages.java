package dev.sluice.core.pipelines;

import java.util.List;

/** The validation errors or warnings of one object ({@code ValidationError}/{@code Warning}). */
public record ObjectMessages(String id, List<String> messages) {
  public ObjectMessages {
    messages = List.copyOf(messages);
  }
}
