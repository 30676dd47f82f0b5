package dev.sluice.aws.glue.internal;

import java.util.List;

/** The wire's {@code ConnectionsList}: up to 1000 connection names of up to 255 characters. */
public record ConnectionsShape(List<String> connections) {

  /** Checks a connections list named {@code member}. */
  public static Constraints check(
      Constraints constraints, ConnectionsShape connections, String member) {
    if (connections == null || connections.connections() == null) {
      return constraints;
    }
    var names = connections.connections();
    var at = member + ".connections";
    return constraints
        .size(names, names.size(), at, 0, 1000)
        .members(names, at, StringShapes.CONNECTION);
  }
}
