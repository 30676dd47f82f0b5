"""GlueContext for PySpark jobs: a SparkContext and its SparkSession.

PySpark is imported only when a GlueContext is made, so that this module imports anywhere and a
script run without PySpark (a Python shell job) gets a clear error.
"""

import logging
import sys

__all__ = ["GlueContext"]

_UNAVAILABLE = (
    "Sluice's GlueContext has no {}: DynamicFrames, the Data Catalog and connections are not "
    "available; use glueContext.spark_session (Spark SQL and DataFrames) instead"
)


def _pyspark_sql():
    try:
        import pyspark.sql
    except ImportError as missing:
        raise ImportError(
            "awsglue.context needs PySpark, which " + sys.executable + " cannot import ("
            + str(missing) + "): run the script as a glueetl job on a Sluice with PySpark "
            "installed (pip install pyspark)"
        ) from missing
    return pyspark.sql


class GlueContext:
    """Wraps a SparkContext, as Glue's does: `spark_session` is its SparkSession."""

    def __init__(self, sparkContext, **options):
        sql = _pyspark_sql()
        self._spark_context = sparkContext
        self._options = options
        self.spark_session = sql.SparkSession(sparkContext)

    @property
    def sparkSession(self):
        return self.spark_session

    @property
    def spark_context(self):
        return self._spark_context

    def get_logger(self):
        """A logger writing to the driver's standard error (the job's error log)."""
        logger = logging.getLogger("awsglue")
        if not logger.handlers:
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)
        return logger

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(_UNAVAILABLE.format(name))
