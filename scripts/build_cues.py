#!/usr/bin/env python3
"""Build wiezeiwat/lang/nl/cues_lexicon.tsv from the shared lexicons.

    python scripts/build_cues.py [--shared ../shared]

Sources (../shared/data/lexicons): the Dutch speech-verb lists of van Atteveldt's rsyntax
(MIT) and the verb.communication / verb.cognition verbs of Open Dutch WordNet (CC BY-SA 4.0).
Rules (which cognition verbs, stance from the English synset, separable particles,
exclusions) live in wiezeiwat/lang/nl/cue_rules.json. Verbs already in the hand-curated
cues.tsv keep their curated row. Output rows are matched on the token's lemma.
"""
import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NL = ROOT / "wiezeiwat" / "lang" / "nl"
HEADER = """# Cue verbs built by scripts/build_cues.py from the shared lexicons; do not edit by hand
# (change lang/nl/cue_rules.json or the curated cues.tsv and rebuild).
# Sources: rsyntax Dutch speech-verb lists (W. van Atteveldt, MIT); Open Dutch WordNet
# (Postma et al., CC BY-SA 4.0, built on Princeton WordNet 3.0): this file is a derived
# work under CC BY-SA 4.0.
# Matched on the token's lemma; they make a quote only with a reported clause (frames).
# lemma	particle	stance	frames	source
"""


def curated_lemmas() -> set[str]:
    out = set()
    for line in (NL / "cues.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.add(line.split("\t")[0])
    return out


def split_particle(lemma: str, rules: dict) -> tuple[str, str | None]:
    """`aan_geven` and `aangeven` -> ('aangeven', 'aan'); `bevestigen` -> (…, None)."""
    if "_" in lemma:
        particle, base = lemma.split("_", 1)
        return particle + base, particle
    for p in sorted(rules["separable_particles"], key=len, reverse=True):
        rest = lemma[len(p):]
        if lemma.startswith(p) and len(rest) >= 4 and rest.endswith("en") \
                and not rest.startswith(tuple(rules["inseparable_prefixes"])):
            return lemma, p
    return lemma, None


def stance_of(english: set[str], rules: dict) -> str:
    for stance, words in rules["stance_by_english"].items():
        if english & set(words):
            return stance
    return "assert"


def read_lexicons(lex: Path, rules: dict) -> dict[str, dict]:
    verbs: dict[str, dict] = {}
    for row in csv.DictReader((lex / "speech_verbs_nl.tsv").open(encoding="utf-8"), delimiter="\t"):
        lemma = row["lemma"].strip().lower()
        if lemma.endswith("en"):
            verbs.setdefault(lemma, {"english": set(), "source": "speech_verbs"})
    judge = set(rules["cognition_judgement"])
    for row in csv.DictReader((lex / "nl_verbs_communication_cognition_odwn.tsv").open(encoding="utf-8"), delimiter="\t"):
        lemma = row["lemma_nl"].strip()
        if not re.fullmatch(r"[a-zë]+en", lemma):  # multiword, capitalised or odd entries: noise
            continue
        english = [w.replace("_", " ") for w in row["pwn_lemmas"].split(",")]
        kind = row["lexfile"].split(".")[-1]
        if kind == "cognition" and not set(english) & judge:
            continue
        v = verbs.setdefault(lemma, {"english": set(), "source": f"odwn:{kind}"})
        v["english"].add(english[0])  # the synset's head word: `decline` of `inflect, decline` is no refusal
    return verbs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(NL / "cues_lexicon.tsv"))
    a = ap.parse_args()
    lex = Path(a.shared) / "data" / "lexicons"
    if not lex.is_dir():
        sys.exit(f"no lexicons at {lex}")
    rules = json.loads((NL / "cue_rules.json").read_text(encoding="utf-8"))
    excluded = set(rules["exclude"]["verbs"])
    curated = curated_lemmas()
    rows, seen = [], set()
    for raw, v in sorted(read_lexicons(lex, rules).items()):
        lemma, particle = split_particle(raw, rules)
        if lemma in curated or lemma in excluded or raw in excluded or lemma in seen:
            continue
        seen.add(lemma)
        frames = "dp" if v["source"] == "speech_verbs" else "d"  # WordNet's senses are wide: a clause only
        rows.append((lemma, particle or "-", stance_of(v["english"], rules), frames, v["source"]))
    out = Path(a.out)
    out.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} cue verbs -> {out}")


if __name__ == "__main__":
    main()
