package dev.sluice.store.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.delivery.SigningKey;
import dev.sluice.core.topics.delivery.SigningKeys;
import dev.sluice.store.StoreFixture;
import dev.sluice.store.StoreSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JdbcSigningKeyStoreTest extends StoreFixture {

  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }

  @Test
  void keepsTheFirstKeyStoredAndHandsItToEveryone() {
    var first = SigningKey.generate(clock.now());
    var second = SigningKey.generate(clock.now());

    var kept = store.snsSigningKey().storeIfAbsent(first);
    var again = store.snsSigningKey().storeIfAbsent(second);

    assertThat(kept.keyId()).isEqualTo(first.keyId());
    assertThat(again.keyId()).isEqualTo(first.keyId());
    assertThat(again.privateKeyPkcs8()).isEqualTo(first.privateKeyPkcs8());
    assertThat(again.certificateDer()).isEqualTo(first.certificateDer());
  }

  @Test
  void signsWithTheSameKeyAfterTheStoreIsOpenedAgain() {
    var before = new SigningKeys(store.snsSigningKey(), clock::now).get();
    reopen();
    var after = new SigningKeys(store.snsSigningKey(), clock::now).get();

    assertThat(after.keyId()).isEqualTo(before.keyId());
    assertThat(after.privateKey()).isEqualTo(before.privateKey());
  }
}
