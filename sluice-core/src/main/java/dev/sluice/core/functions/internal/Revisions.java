package dev.sluice.core.functions.internal;

import java.util.UUID;

/** Lambda's RevisionIds: a new UUID for every change. */
final class Revisions {
  private Revisions() {}

  static String next() {
    return UUID.randomUUID().toString();
  }
}
