-- Lambda functions: one row per function holding its whole state (latest configuration, published
-- versions, aliases, policy, concurrency, event invoke configs, tags) as a JSON document, replaced
-- conditionally on its revision. function_code lists the package blobs each function references,
-- so the orphan blob sweep keeps them.

create table lambda_functions (
  name varchar(64) primary key,
  revision bigint not null,
  document varchar not null
);

create table lambda_function_code (
  function_name varchar(64) not null references lambda_functions (name) on delete cascade,
  blob_id varchar(64) not null,
  primary key (function_name, blob_id)
);

create index lambda_function_code_blob_id on lambda_function_code (blob_id);
