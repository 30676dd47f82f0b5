"""Glue's transforms work on DynamicFrames, which Sluice does not offer: nothing is exported, so
that `from awsglue.transforms import *` works and scripts use Spark's DataFrames instead."""

__all__ = []
