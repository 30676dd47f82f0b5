package dev.sluice.store.internal.jdbc;

import java.sql.SQLException;

/** The database failed in a way no caller can handle: unreachable, broken, or a bug in a query. */
public final class StoreException extends RuntimeException {

  public StoreException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage() + " [" + cause.getSQLState() + "]", cause);
  }
}
