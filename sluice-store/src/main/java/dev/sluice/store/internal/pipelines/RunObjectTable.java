package dev.sluice.store.internal.pipelines;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.pipelines.RunObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of {@code dp_run_objects}. A replaced object keeps its place in insertion order. Writers
 * hold the pipeline's row (they changed it first in the same transaction), so an update that finds
 * no row may insert without racing another writer of the same pipeline.
 */
final class RunObjectTable {
  private static final String COLUMNS =
      "pipeline_id, object_id, component_id, sphere, parent_id, status, worker_group, task_id,"
          + " generation, fields, updated_at";
  private static final String UPDATE =
      "update dp_run_objects set component_id = ?, sphere = ?, parent_id = ?, status = ?,"
          + " worker_group = ?, task_id = ?, generation = ?, fields = ?, updated_at = ?"
          + " where pipeline_id = ? and object_id = ?";
  private static final String INSERT =
      "insert into dp_run_objects (component_id, sphere, parent_id, status, worker_group,"
          + " task_id, generation, fields, updated_at, pipeline_id, object_id)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String WAITING = "WAITING_FOR_RUNNER";

  private RunObjectTable() {}

  static void drop(Connection c, String pipelineId) throws SQLException {
    try (var s = c.prepareStatement("delete from dp_run_objects where pipeline_id = ?")) {
      s.setString(1, pipelineId);
      s.executeUpdate();
    }
  }

  static void upsert(Connection c, List<RunObject> objects) throws SQLException {
    var missing = new ArrayList<RunObject>();
    try (var s = c.prepareStatement(UPDATE)) {
      for (RunObject object : objects) {
        bind(s, object);
        if (s.executeUpdate() == 0) {
          missing.add(object);
        }
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    try (var s = c.prepareStatement(INSERT)) {
      for (RunObject object : missing) {
        bind(s, object);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  static List<RunObject> ofPipeline(Connection c, String pipelineId) throws SQLException {
    try (var s =
        c.prepareStatement(
            "select " + COLUMNS + " from dp_run_objects where pipeline_id = ? order by seq")) {
      s.setString(1, pipelineId);
      return all(s);
    }
  }

  static Optional<RunObject> find(Connection c, String pipelineId, String objectId)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "select " + COLUMNS + " from dp_run_objects where pipeline_id = ? and object_id = ?")) {
      s.setString(1, pipelineId);
      s.setString(2, objectId);
      return all(s).stream().findFirst();
    }
  }

  static Optional<RunObject> byTask(Connection c, String taskId) throws SQLException {
    try (var s =
        c.prepareStatement("select " + COLUMNS + " from dp_run_objects where task_id = ?")) {
      s.setString(1, taskId);
      return all(s).stream().findFirst();
    }
  }

  static List<RunObject> waiting(Connection c, String workerGroup, int limit) throws SQLException {
    try (var s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from dp_run_objects where worker_group = ? and status = ? and sphere = ?"
                + " order by seq limit ?")) {
      s.setString(1, workerGroup);
      s.setString(2, WAITING);
      s.setString(3, RunObject.ATTEMPT);
      s.setInt(4, limit);
      return all(s);
    }
  }

  private static void bind(PreparedStatement s, RunObject o) throws SQLException {
    s.setString(1, o.componentId());
    s.setString(2, o.sphere());
    s.setString(3, o.parentId());
    s.setString(4, o.status());
    s.setString(5, o.workerGroup());
    s.setString(6, o.taskId());
    s.setInt(7, o.generation());
    s.setString(8, PipelineJson.write(o.fields()));
    setInstant(s, 9, o.updatedAt());
    s.setString(10, o.pipelineId());
    s.setString(11, o.id());
  }

  private static List<RunObject> all(PreparedStatement s) throws SQLException {
    try (var rows = s.executeQuery()) {
      var objects = new ArrayList<RunObject>();
      while (rows.next()) {
        objects.add(read(rows));
      }
      return objects;
    }
  }

  private static RunObject read(ResultSet row) throws SQLException {
    return new RunObject(
        row.getString("pipeline_id"),
        row.getString("object_id"),
        row.getString("component_id"),
        row.getString("sphere"),
        row.getString("parent_id"),
        row.getString("status"),
        row.getString("worker_group"),
        row.getString("task_id"),
        row.getInt("generation"),
        PipelineJson.fields(row.getString("fields")),
        getInstant(row, "updated_at"));
  }
}
