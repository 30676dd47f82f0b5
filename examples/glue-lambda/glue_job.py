# Scenario 2's Glue job "test", as a Python shell job: it reads its arguments with Glue's
# getResolvedOptions and prints them. Sluice puts its own awsglue package on the job's PYTHONPATH.
import sys

from awsglue.utils import getResolvedOptions

args = getResolvedOptions(
    sys.argv,
    [
        "JOB_NAME",
        "parameter1",
        "parameter2",
    ],
)
print("------ Arguments ------")
print(args)
for name in ("JOB_NAME", "parameter1", "parameter2"):
    print(f"{name} = {args[name]}")
