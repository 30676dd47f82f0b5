-- The one RSA key SNS messages are signed with and its self-signed certificate (base64 DER), made
-- by whichever node signs first, so that every node signs with the same key.

create table sns_signing_key (
  id integer primary key,
  key_id varchar(64) not null,
  private_key varchar(4096) not null,
  certificate varchar(4096) not null
);
