package dev.sluice.store;

/**
 * The database's schema does not match this build's schema scripts: a script changed after it was
 * applied, or the database was migrated by a newer build. The message names the script.
 */
public final class SchemaMismatchException extends RuntimeException {
  public SchemaMismatchException(String message) {
    super(message);
  }
}
