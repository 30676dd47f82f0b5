package dev.sluice.core.jobs;

import dev.sluice.core.events.NewEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A job catalog in memory for the core's own tests, with the port's rules: unique names, at most
 * {@code maxActive} unfinished runs per job on insert, compare-and-set on a run's revision. Events
 * committed with runs are kept in {@link #events()} in commit order.
 */
public final class MemoryJobCatalog implements JobCatalog {
  private final TreeMap<String, JobDefinition> jobs = new TreeMap<>();
  private final Map<String, Map<String, JobRun>> runs = new LinkedHashMap<>();
  private final List<NewEvent> events = new ArrayList<>();

  @Override
  public synchronized boolean insert(JobDefinition job) {
    return jobs.putIfAbsent(job.name(), job) == null;
  }

  @Override
  public synchronized Optional<JobDefinition> find(String name) {
    return Optional.ofNullable(jobs.get(name));
  }

  @Override
  public synchronized List<JobDefinition> list(String afterName, int limit) {
    var tail = afterName == null ? jobs : jobs.tailMap(afterName, false);
    return tail.values().stream().limit(limit).toList();
  }

  @Override
  public synchronized boolean replace(JobDefinition job) {
    return jobs.replace(job.name(), job) != null;
  }

  @Override
  public synchronized boolean delete(String name) {
    runs.remove(name);
    return jobs.remove(name) != null;
  }

  @Override
  public synchronized boolean insertRun(JobRun run, int maxActive, List<NewEvent> events) {
    if (!jobs.containsKey(run.jobName())) {
      return false;
    }
    var ofJob = runs.computeIfAbsent(run.jobName(), name -> new LinkedHashMap<>());
    long active = ofJob.values().stream().filter(r -> !r.state().terminal()).count();
    if (active >= maxActive || ofJob.containsKey(run.id())) {
      return false;
    }
    ofJob.put(run.id(), revised(run, 0));
    this.events.addAll(events);
    return true;
  }

  @Override
  public synchronized Optional<JobRun> findRun(String jobName, String runId) {
    return Optional.ofNullable(runs.getOrDefault(jobName, Map.of()).get(runId));
  }

  @Override
  public synchronized List<JobRun> runs(String jobName, int offset, int limit) {
    var newestFirst = new ArrayList<>(runs.getOrDefault(jobName, Map.of()).values()).reversed();
    return newestFirst.stream().skip(offset).limit(limit).toList();
  }

  @Override
  public synchronized boolean updateRun(JobRun run, List<NewEvent> events) {
    var ofJob = runs.get(run.jobName());
    var stored = ofJob == null ? null : ofJob.get(run.id());
    if (stored == null || stored.revision() != run.revision()) {
      return false;
    }
    ofJob.put(run.id(), revised(run, run.revision() + 1));
    this.events.addAll(events);
    return true;
  }

  @Override
  public synchronized List<JobRun> activeRuns() {
    return runs.values().stream()
        .flatMap(ofJob -> ofJob.values().stream())
        .filter(run -> !run.state().terminal())
        .sorted(Comparator.comparing(JobRun::startedOn))
        .toList();
  }

  /** Every event committed so far, in commit order. */
  public synchronized List<NewEvent> events() {
    return List.copyOf(events);
  }

  /** {@code run} with another revision. */
  public static JobRun revised(JobRun run, long revision) {
    return new JobRun(
        run.id(),
        run.attempt(),
        run.previousRunId(),
        run.triggerName(),
        run.jobName(),
        run.jobMode(),
        run.startedOn(),
        run.lastModifiedOn(),
        run.completedOn(),
        run.state(),
        run.arguments(),
        run.errorMessage(),
        run.allocatedCapacity(),
        run.executionTime(),
        run.timeout(),
        run.maxCapacity(),
        run.workerType(),
        run.numberOfWorkers(),
        run.securityConfiguration(),
        run.logGroupName(),
        run.notifyDelayAfter(),
        run.glueVersion(),
        run.executionClass(),
        revision);
  }
}
