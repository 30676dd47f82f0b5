# The same job as a Glue ETL (PySpark) script, for machines where PySpark is installed
# (run.sh uses it with GLUE_COMMAND=glueetl).
import sys

from awsglue.transforms import *
from awsglue.utils import getResolvedOptions
from pyspark.context import SparkContext
from awsglue.context import GlueContext
from awsglue.job import Job

sc = SparkContext.getOrCreate()
glueContext = GlueContext(sc)
spark = glueContext.spark_session
job = Job(glueContext)
args = getResolvedOptions(
    sys.argv,
    [
        "JOB_NAME",
        "parameter1",
        "parameter2",
    ],
)
job.init(args["JOB_NAME"], args)
print("------ Arguments ------")
print(args)
for name in ("JOB_NAME", "parameter1", "parameter2"):
    print(f"{name} = {args[name]}")
job.commit()
