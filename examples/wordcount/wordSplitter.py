#!/usr/bin/env python3
# The mapper of the word count: every word (a letter, then letters or digits), lower-cased, as a
# "LongValueSum:<word>\t1" record for Hadoop streaming's aggregate reducer. Python 3 port of the
# behaviour of the wordSplitter.py that AWS's EMR samples used.
import re
import sys

WORD = re.compile("[a-zA-Z][a-zA-Z0-9]*")

for line in sys.stdin:
    for word in WORD.findall(line):
        print("LongValueSum:" + word.lower() + "\t" + "1")
