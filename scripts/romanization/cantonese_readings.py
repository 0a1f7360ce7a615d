#!/usr/bin/env python3
"""Writes the compact table of Cantonese readings that the portal embeds.

Usage (from the repository root), with Debian's rime-data-jyut6ping3 package unpacked somewhere
(apt-get download rime-data-jyut6ping3 && dpkg -x rime-data-jyut6ping3_*.deb x):

    python3 scripts/romanization/cantonese_readings.py \
      x/usr/share/rime-data/jyut6ping3.chars.dict.yaml \
      > src/ArchivePortal.Core/Authorities/Romanization/cantonese-readings.tsv

Source: rime-cantonese (https://github.com/rime/rime-cantonese), jyut6ping3.chars.dict.yaml,
version 2023.02.09, © the rime-cantonese contributors, licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). What is kept: for each ideograph of the basic
CJK block, its readings in Jyutping without tones, the most common first (a reading without a
weight is the usual one; one with a weight under MIN_PERCENT is rare and left out), at most
MAX_READINGS of them. That is what a Hong Kong romanization of a name needs, in a few hundred
kilobytes instead of the package.
"""
import re
import sys
from collections import defaultdict

MAX_READINGS = 2
MIN_PERCENT = 5.0
ENTRY = re.compile(r"^(\S)\t([a-z]+)[1-6](?:\t([\d.]+)%)?\s*$")


def main(path: str) -> None:
    readings = defaultdict(dict)  # char → toneless reading → weight (the highest of its tones)
    in_body = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("..."):
                in_body = True
                continue
            m = ENTRY.match(line) if in_body else None
            if not m or not 0x4E00 <= ord(m.group(1)) <= 0x9FFF:
                continue
            char, reading = m.group(1), m.group(2)
            weight = 100.0 if m.group(3) is None else float(m.group(3))
            readings[char][reading] = max(weight, readings[char].get(reading, 0.0))
    print("# character\tCantonese readings (Jyutping without tones, most common first).")
    print("# From rime-cantonese jyut6ping3.chars.dict.yaml 2023.02.09 (https://github.com/rime/rime-cantonese),")
    print("# (c) the rime-cantonese contributors, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).")
    print("# Made by scripts/romanization/cantonese_readings.py (see there how); do not edit by hand.")
    for char in sorted(readings):
        # Stable sort: among equal weights the dictionary's own order (its usual reading first).
        ranked = sorted(readings[char].items(), key=lambda kv: -kv[1])
        kept = [r for r, w in ranked if w >= MIN_PERCENT][:MAX_READINGS] or [ranked[0][0]]
        print(f"{char}\t{' '.join(kept)}")


if __name__ == "__main__":
    main(sys.argv[1])
