#!/usr/bin/env python3
"""Writes the pinyin → Wade–Giles syllable table that the portal embeds.

Usage (from the repository root):

    python3 -c "print(' '.join(chr(c) for c in range(0x4E00, 0x9FA6)))" \
      | uconv -x 'Han-Latin; Latin-ASCII' | tr ' ' '\\n' | tr 'A-Z' 'a-z' \
      | grep -E '^[a-z]+$' | sort -u \
      | python3 scripts/romanization/wade_giles_table.py \
      > src/ArchivePortal.Core/Authorities/Romanization/wade-giles.tsv

The input is every toneless pinyin syllable ICU reads a CJK ideograph as (410 of them, ü
written u as Latin-ASCII leaves it). The output maps each to its standard Wade–Giles spelling,
with the apostrophe of aspiration and ü as Wade–Giles writes them; the portal drops both when it
compares names, as English texts mostly do (Chang Ching-kuo, Hsu).
"""
import sys

INITIALS = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
            "j", "q", "x", "r", "z", "c", "s", "y", "w"]
INITIAL_WG = {"b": "p", "p": "p'", "d": "t", "t": "t'", "g": "k", "k": "k'", "j": "ch", "q": "ch'",
              "x": "hs", "zh": "ch", "ch": "ch'", "sh": "sh", "r": "j", "z": "ts", "c": "ts'"}
# Whole syllables that do not follow from the parts.
WHOLE = {"zi": "tzu", "ci": "tz'u", "si": "ssu", "zhi": "chih", "chi": "ch'ih", "shi": "shih",
         "ri": "jih", "er": "erh", "e": "o", "yi": "i", "you": "yu", "yu": "yü", "yue": "yüeh",
         "yuan": "yüan", "yun": "yün", "yong": "yung", "ye": "yeh", "yan": "yen",
         "lue": "lüeh", "nue": "nüeh"}


def wade_giles(syllable: str) -> str:
    if syllable in WHOLE:
        return WHOLE[syllable]
    initial = next((i for i in INITIALS if syllable.startswith(i) and len(syllable) > len(i)), "")
    final = syllable[len(initial):]
    palatal = initial in ("j", "q", "x")
    if palatal and final.startswith("u"):
        final = "ü" + final[1:]          # ju, quan, xun: the u is ü
    if final.endswith("ong"):
        final = final[:-3] + "ung"       # dong → tung, xiong → hsiung
    if final.endswith("ian"):
        final = final[:-3] + "ien"       # bian → pien
    if final.endswith("ie"):
        final = final + "h"              # xie → hsieh
    if final in ("üe", "ue"):
        final = "üeh"                    # xue → hsüeh
    if final == "uo" and initial not in ("g", "k", "h", "sh"):
        final = "o"                      # duo → to, zhuo → cho; guo → kuo
    if final == "e" and initial in ("g", "k", "h"):
        final = "o"                      # ge → ko, he → ho
    if final == "ui" and initial in ("g", "k"):
        final = "uei"                    # gui → kuei
    return INITIAL_WG.get(initial, initial) + final


def main() -> None:
    syllables = sorted({line.strip() for line in sys.stdin if line.strip()})
    print("# pinyin\twade-giles: the standard Wade–Giles spelling of every toneless pinyin syllable.")
    print("# Made by scripts/romanization/wade_giles_table.py (see there how); do not edit by hand.")
    for s in syllables:
        print(f"{s}\t{wade_giles(s)}")


if __name__ == "__main__":
    main()
