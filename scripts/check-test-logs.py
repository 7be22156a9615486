#!/usr/bin/env python3
"""Fails when a log written during the test run holds an ECK iD or a BSN/onderwijsnummer a test made up.

Usage: check-test-logs.py LOG_DIR. Tests write their logs and the made-up values (sensitive-values.txt) there."""
import glob, os, re, sys

log_dir = sys.argv[1]
values_file = os.path.join(log_dir, "sensitive-values.txt")
values = set()
if os.path.exists(values_file):
    values = {v.strip() for v in open(values_file, encoding="utf-8") if v.strip()}
eck = re.compile(r"ketenid\.nl/(?:201703|pilot)/[0-9a-f]{128}")
logs = [f for f in glob.glob(os.path.join(log_dir, "*.log"))]
found = []
for path in logs:
    text = open(path, encoding="utf-8", errors="replace").read()
    if eck.search(text):
        found.append(f"{os.path.basename(path)}: an ECK iD")
    for number in re.findall(r"(?<!\d)\d{9}(?!\d)", text):
        if number in values:
            found.append(f"{os.path.basename(path)}: a pupil number ending in {number[-3:]}")
            break
print(f"Logs checked: {len(logs)} files, {len(values)} made-up pupil numbers and ECK iDs looked for.")
if found:
    print("Personal pupil data found in logs:\n  " + "\n  ".join(sorted(set(found))))
    sys.exit(1)
