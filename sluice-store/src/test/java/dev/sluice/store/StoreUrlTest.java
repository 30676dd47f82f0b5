package dev.sluice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.store.internal.jdbc.Dialect;
import dev.sluice.store.internal.jdbc.JdbcTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreUrlTest {
  private static final Path DATA = Path.of("/var/lib/sluice");

  @Test
  void noUrlOrH2MeansTheEmbeddedDatabaseInTheDataDirectory() {
    for (String url : new String[] {null, "", "h2", "H2"}) {
      JdbcTarget target = JdbcTarget.of(url, DATA);
      assertThat(target.dialect()).isEqualTo(Dialect.H2);
      assertThat(target.jdbcUrl())
          .startsWith("jdbc:h2:async:/var/lib/sluice/db/sluice;")
          .contains(";WRITE_DELAY=0;");
    }
  }

  @Test
  void aPostgresqlUrlCarriesItsCredentialsDecoded() {
    JdbcTarget target =
        JdbcTarget.of("postgresql://sluice:p%40ss+w:rd@db.internal:5433/pipelines?ssl=true", DATA);

    assertThat(target.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/pipelines?ssl=true");
    assertThat(target.user()).isEqualTo("sluice");
    assertThat(target.password()).isEqualTo("p@ss+w:rd");
    assertThat(target.toString()).doesNotContain("p@ss");
  }

  @Test
  void aPostgresUrlWithoutCredentialsOrPortIsAccepted() {
    JdbcTarget target = JdbcTarget.of("postgres://localhost/sluice", DATA);

    assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/sluice");
    assertThat(target.user()).isNull();
    assertThat(target.password()).isNull();
  }

  @Test
  void aJdbcUrlIsUsedAsItIs() {
    String url = "jdbc:postgresql://h:5432/d?user=u&password=p";

    assertThat(JdbcTarget.of(url, DATA))
        .isEqualTo(new JdbcTarget(Dialect.POSTGRESQL, url, null, null));
  }

  @Test
  void rejectsAnyOtherDatabase() {
    assertThatThrownBy(() -> JdbcTarget.of("mysql://localhost/sluice", DATA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mysql://localhost/sluice");
  }
}
