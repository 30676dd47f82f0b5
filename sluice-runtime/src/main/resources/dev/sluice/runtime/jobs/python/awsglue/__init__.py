"""Sluice's stand-in for AWS Glue's awsglue library.

It offers what scripts need to run on Sluice: argument resolution (awsglue.utils), and for PySpark
jobs a GlueContext holding a SparkSession (awsglue.context) and a Job (awsglue.job). DynamicFrames,
the Data Catalog, connections and job bookmarks are not available.
"""
