#!/usr/bin/env python3
"""Print the attribution frames and quotes of one article, for error hunting.

    python scripts/debug_frames.py GOLD.jsonl ID [PATTERN]
"""
import json
import sys

from wiezeiwat import nlp
from wiezeiwat.entities import find_entities
from wiezeiwat.quotes import analyse_quotes


def main() -> None:
    path, ident = sys.argv[1], sys.argv[2]
    pattern = sys.argv[3] if len(sys.argv) > 3 else ""
    rec = next(r for r in map(json.loads, open(path, encoding="utf-8")) if str(r["id"]) == ident)
    doc = nlp.load()(rec["text"])
    ents = find_entities(doc)
    quotes, frames, sentences = analyse_quotes(doc, ents)
    t = doc.text
    for f in frames:
        s = sentences[f.sentence]
        if pattern and pattern not in t[s.start:s.end]:
            continue
        show = lambda sp: t[sp[0]:sp[1]] if sp else None
        print(f"[{f.pattern}] cue={f.cue_text!r} fin={f.finite.text if f.finite is not None else None!r} "
              f"spk={show(f.speaker)!r} med={show(f.medium)!r} neg={f.negated}\n   content={show(f.content)!r}")
    print("entities:", [(e.name, e.type, len(e.mentions)) for e in ents])
    for q in quotes:
        if pattern and pattern not in t[max(0, q.start - 200):q.end + 200]:
            continue
        print(f"Q {q.kind} {q.rule} spk={q.speaker!r} ment={q.speaker_mention.text if q.speaker_mention else None!r}: {q.text[:70]!r}")


if __name__ == "__main__":
    main()
