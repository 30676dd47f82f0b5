package dev.sluice.store.internal.topics;

import dev.sluice.core.topics.delivery.SigningKey;
import dev.sluice.core.topics.delivery.SigningKeyStore;
import dev.sluice.store.internal.jdbc.StoreException;
import dev.sluice.store.internal.jdbc.Transactions;
import java.util.Base64;
import java.util.Optional;

/** The SNS signing key in the one-row table of {@code V7__sns_signing_key.sql}. */
public final class JdbcSigningKeyStore implements SigningKeyStore {
  private final Transactions transactions;

  public JdbcSigningKeyStore(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<SigningKey> load() {
    return transactions.run(
        "Reading the SNS signing key",
        c -> {
          try (var s =
                  c.prepareStatement(
                      "select key_id, private_key, certificate from sns_signing_key where id = 1");
              var rows = s.executeQuery()) {
            if (!rows.next()) {
              return Optional.empty();
            }
            var base64 = Base64.getDecoder();
            return Optional.of(
                new SigningKey(
                    rows.getString(1),
                    base64.decode(rows.getString(2)),
                    base64.decode(rows.getString(3))));
          }
        });
  }

  @Override
  public SigningKey storeIfAbsent(SigningKey key) {
    try {
      transactions.run(
          "Storing the SNS signing key",
          c -> {
            try (var s =
                c.prepareStatement(
                    "insert into sns_signing_key (id, key_id, private_key, certificate)"
                        + " values (1, ?, ?, ?)")) {
              var base64 = Base64.getEncoder();
              s.setString(1, key.keyId());
              s.setString(2, base64.encodeToString(key.privateKeyPkcs8()));
              s.setString(3, base64.encodeToString(key.certificateDer()));
              return s.executeUpdate();
            }
          });
    } catch (StoreException e) {
      // Another node stored its key first; everyone signs with that one.
    }
    return load().orElseThrow(() -> new IllegalStateException("No SNS signing key was stored"));
  }
}
