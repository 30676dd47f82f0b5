package dev.sluice.store.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

  @Test
  void splitsAtSemicolonsAndDropsComments() {
    var script =
        """
        -- a table
        create table a (n int); -- trailing comment
        -- an index; with a semicolon in the comment
        create index a_n on a (n);
        """;

    assertThat(SqlStatements.split(script))
        .containsExactly("create table a (n int)", "create index a_n on a (n)");
  }

  @Test
  void keepsSemicolonsAndDashesInsideStringLiterals() {
    var script = "create table b (s varchar default 'x;--y', t varchar default '''');";

    assertThat(SqlStatements.split(script))
        .containsExactly("create table b (s varchar default 'x;--y', t varchar default '''')");
  }

  @Test
  void keepsALastStatementWithoutASemicolon() {
    assertThat(SqlStatements.split("create table c (n int);\ncreate table d (n int)\n"))
        .containsExactly("create table c (n int)", "create table d (n int)");
  }

  @Test
  void keepsCommentsInTheMiddleOfAStatementOutOfIt() {
    assertThat(SqlStatements.split("create table e (\n  n int -- the number\n);"))
        .containsExactly("create table e (\n  n int \n)");
  }

  @Test
  void refusesAnUnclosedStringLiteral() {
    assertThatThrownBy(() -> SqlStatements.split("create table f (s varchar default 'x);"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not closed");
  }
}
