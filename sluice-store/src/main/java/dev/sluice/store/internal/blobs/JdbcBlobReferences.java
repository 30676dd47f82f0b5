package dev.sluice.store.internal.blobs;

import dev.sluice.store.blobs.BlobReferences;
import dev.sluice.store.internal.jdbc.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Blob references in the {@code objects}, {@code parts} and {@code lambda_function_code} tables,
 * looked up through their blob id indexes, one query per batch.
 */
public final class JdbcBlobReferences implements BlobReferences {
  private final Transactions transactions;

  public JdbcBlobReferences(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Set<String> referencedAmong(List<String> blobIds) {
    if (blobIds.isEmpty()) {
      return Set.of();
    }
    return transactions.run("Looking up blob references", c -> query(c, blobIds));
  }

  private static Set<String> query(Connection c, List<String> blobIds) throws SQLException {
    var marks = String.join(", ", Collections.nCopies(blobIds.size(), "?"));
    var sql =
        "select blob_id from objects where blob_id in ("
            + marks
            + ") union select blob_id from parts where blob_id in ("
            + marks
            + ") union select blob_id from lambda_function_code where blob_id in ("
            + marks
            + ")";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < blobIds.size(); i++) {
        s.setString(i + 1, blobIds.get(i));
        s.setString(blobIds.size() + i + 1, blobIds.get(i));
        s.setString(2 * blobIds.size() + i + 1, blobIds.get(i));
      }
      var referenced = new HashSet<String>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          referenced.add(rows.getString(1));
        }
      }
      return referenced;
    }
  }
}
