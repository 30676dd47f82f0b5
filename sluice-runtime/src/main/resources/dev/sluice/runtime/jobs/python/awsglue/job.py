"""Job: what Glue scripts call at their start (init) and end (commit).

Sluice keeps no job bookmarks: commit records nothing. PySpark is not needed here; a GlueContext
(awsglue.context) is, and it imports PySpark itself.
"""

__all__ = ["Job"]


class Job:
    """A job run's handle, made from the script's GlueContext."""

    def __init__(self, glue_context):
        self.glue_context = glue_context
        self._name = None
        self._args = {}

    def init(self, job_name, args=None):
        """Starts the run's bookkeeping: `args` are the resolved options."""
        self._name = job_name
        self._args = dict(args or {})

    def commit(self):
        """Ends the run's bookkeeping; without bookmarks there is nothing to record."""
        if self._name is None:
            raise RuntimeError("Job.commit() before Job.init(job_name, args)")

    @property
    def name(self):
        return self._name
