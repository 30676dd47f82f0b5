package dev.sluice.core.logs.internal;

import dev.sluice.core.logs.EventKey;
import dev.sluice.core.result.Result;

/**
 * GetLogEvents' paging tokens: {@code f/<key>} reads the events after the key, {@code b/<key>} the
 * events before it.
 */
record EventToken(boolean forward, EventKey key) {

  static EventToken forward(EventKey key) {
    return new EventToken(true, key);
  }

  static EventToken backward(EventKey key) {
    return new EventToken(false, key);
  }

  static Result<EventToken> parse(String token) {
    if (token == null || token.length() < 2 || token.charAt(1) != '/') {
      return Result.err(LogFailures.invalidToken());
    }
    char direction = token.charAt(0);
    var key = EventKey.parse(token.substring(2));
    if ((direction != 'f' && direction != 'b') || key.isEmpty()) {
      return Result.err(LogFailures.invalidToken());
    }
    return Result.ok(new EventToken(direction == 'f', key.get()));
  }

  @Override
  public String toString() {
    return (forward ? "f/" : "b/") + key.digits();
  }
}
