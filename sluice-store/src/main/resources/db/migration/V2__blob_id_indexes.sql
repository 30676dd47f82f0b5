-- Lookups by blob id, for the orphan blob sweep that runs when the store opens: it asks which of a
-- batch of blob files some object or part still references.
create index objects_by_blob on objects (blob_id);
create index parts_by_blob on parts (blob_id);
