"""An article's text cut into paragraphs of plain and quoted pieces for the template
(which escapes every piece: nothing of the article reaches the page as markup)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

COLOURS = 10  # speaker colour classes c0 … c9 in style.css


@dataclass
class Piece:
    text: str
    quote: Optional[int] = None  # index into the article's quotes
    first: bool = False          # the first piece of its quote (carries the anchor)


def pieces(text: str, quotes: list[dict]) -> list[list[Piece]]:
    """Paragraphs (split at blank lines) of pieces; a quote overlapping an earlier one
    is left unmarked rather than nested."""
    spans, end = [], 0
    for i, q in sorted(enumerate(quotes), key=lambda iq: (iq[1]["start"], -iq[1]["end"])):
        if q["start"] >= end and 0 <= q["start"] < q["end"] <= len(text):
            spans.append((q["start"], q["end"], i))
            end = q["end"]
    flat, pos = [], 0
    for start, stop, i in spans:
        flat.append(Piece(text[pos:start]))
        flat.append(Piece(text[start:stop], i, True))
        pos = stop
    flat.append(Piece(text[pos:]))
    paragraphs: list[list[Piece]] = [[]]
    for piece in flat:
        parts = re.split(r"\n\s*\n", piece.text)
        for n, part in enumerate(parts):
            if n:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(Piece(part, piece.quote, piece.first and n == 0))
    return [p for p in paragraphs if any(x.text.strip() for x in p)]


def speaker_colours(quotes: list[dict]) -> dict[str, int]:
    """Colour class per speaker, in order of first quote."""
    colours: dict[str, int] = {}
    for q in quotes:
        who = q.get("speaker_key") or q.get("speaker")
        if who and who not in colours:
            colours[who] = len(colours) % COLOURS
    return colours


def legend(quotes: list[dict]) -> list[dict]:
    """One entry per speaker: colour class, display name, key (None: not linkable)."""
    seen, out = set(), []
    colours = speaker_colours(quotes)
    for q in quotes:
        who = q.get("speaker_key") or q.get("speaker")
        if who and who not in seen:
            seen.add(who)
            out.append({"colour": colours[who], "name": q.get("speaker_name") or q.get("speaker"),
                        "key": q.get("speaker_key"), "n": sum(
                            1 for x in quotes if (x.get("speaker_key") or x.get("speaker")) == who)})
    return out
