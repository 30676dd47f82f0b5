"""Glue's job argument resolution: getResolvedOptions and GlueArgumentError.

Every option asked for is a required `--name value` argument (hyphens in names become underscores
in the answer's keys); arguments not asked for are ignored. Glue's reserved arguments are always
recognised and answered (None when absent): JOB_ID, JOB_RUN_ID, SECURITY_CONFIGURATION,
encryption_type, TempDir and RedshiftTempDir (each copied to the other when only one is given),
job_bookmark_option (job-bookmark-disable unless given or translated from the older
--continuation-option) and, with job-bookmark-pause only, job_bookmark_from and job_bookmark_to.
"""

import argparse

__all__ = ["GlueArgumentError", "getResolvedOptions"]

_BOOKMARK_CHOICES = ("job-bookmark-enable", "job-bookmark-pause", "job-bookmark-disable")
_CONTINUATION_CHOICES = ("continuation-enabled", "continuation-readonly", "continuation-ignore")
_RANGE = ("job-bookmark-from", "job-bookmark-to")
_REFUSED = ("job-bookmark-option", "continuation-option") + _RANGE
_IDENTIFIERS = ("JOB_ID", "JOB_RUN_ID", "SECURITY_CONFIGURATION")
_TEMP_DIRS = ("RedshiftTempDir", "TempDir")


class GlueArgumentError(Exception):
    """A job argument is missing or not valid; the message is argparse's."""


class _GlueArgumentParser(argparse.ArgumentParser):
    def error(self, message):
        raise GlueArgumentError(message)


def getResolvedOptions(args, options):
    """The values of `options` and of Glue's reserved arguments in `args` (sys.argv: its first
    element, the script, is skipped), as a dict by key."""
    asked = list(dict.fromkeys(options))
    for name in asked:
        if name.replace("_", "-") in _REFUSED:
            raise RuntimeError("Using reserved arguments --" + name.replace("_", "-"))
    parser = _GlueArgumentParser(add_help=False)
    _add_reserved(parser, asked)
    for name in asked:
        if name not in _IDENTIFIERS + _TEMP_DIRS and name.replace("_", "-") != "encryption-type":
            parser.add_argument("--" + name, required=True)
    parsed, _ignored = parser.parse_known_args(args[1:])
    values = vars(parsed)
    _settle_temp_dirs(values)
    _settle_bookmarks(values)
    return values


def _add_reserved(parser, asked):
    parser.add_argument("--job-bookmark-option", choices=_BOOKMARK_CHOICES)
    parser.add_argument("--continuation-option", choices=_CONTINUATION_CHOICES)
    for name in _RANGE:
        parser.add_argument("--" + name)
    for name in _IDENTIFIERS:
        parser.add_argument("--" + name, required=name in asked)
    encryption_asked = "encryption-type" in asked or "encryption_type" in asked
    parser.add_argument("--encryption-type", choices=("sse-s3",), required=encryption_asked)
    for name in _TEMP_DIRS:
        parser.add_argument("--" + name)


def _settle_temp_dirs(values):
    if values.get("TempDir") is not None:
        values["RedshiftTempDir"] = values["TempDir"]
    elif values.get("RedshiftTempDir") is not None:
        values["TempDir"] = values["RedshiftTempDir"]


def _settle_bookmarks(values):
    continuation = values.pop("continuation_option", None)
    if values.get("job_bookmark_option") is None:
        if continuation is None:
            values["job_bookmark_option"] = "job-bookmark-disable"
        else:
            index = _CONTINUATION_CHOICES.index(continuation)
            values["job_bookmark_option"] = _BOOKMARK_CHOICES[index]
    keys = [name.replace("-", "_") for name in _RANGE]
    absent = ["--" + name for name, key in zip(_RANGE, keys) if values.get(key) is None]
    if values["job_bookmark_option"] != "job-bookmark-pause":
        for key in keys:
            values.pop(key, None)
    elif len(absent) == 1:
        raise RuntimeError("Missing option or value for " + absent[0])
