-- Glue jobs: one row per job, named by its name, holding the whole definition (tags included) as
-- JSON; listings page by name. glue_job_runs holds the runs of each job, deleted with it: the run
-- as JSON, with the columns queries need beside it (state, whether it is still active, when it
-- started) and a revision every change checks and increments. Runs list newest first by job;
-- active runs (not ended) oldest first across jobs and counted by job when a run starts. Times are
-- timestamp with time zone (microseconds on both databases; the JSON keeps every digit).

create table glue_jobs (
  name varchar(255) primary key,
  definition text not null
);

create table glue_job_runs (
  job_name varchar(255) not null references glue_jobs (name) on delete cascade,
  run_id varchar(255) not null,
  state varchar(16) not null,
  active boolean not null,
  started_on timestamp with time zone,
  revision bigint not null,
  record text not null,
  primary key (job_name, run_id)
);

create index glue_job_runs_newest on glue_job_runs (job_name, started_on desc, run_id desc);
create index glue_job_runs_active on glue_job_runs (active, started_on, run_id);
create index glue_job_runs_active_by_job on glue_job_runs (job_name, active);
