#!/usr/bin/env python3
import re, sys
pattern = re.compile("[a-zA-Z][a-zA-Z0-9]*")
for line in sys.stdin:
    for word in pattern.findall(line):
        print("LongValueSum:" + word.lower() + "\t" + "1")
