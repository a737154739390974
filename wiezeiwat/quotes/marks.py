"""Pairing quotation marks in raw text: „…" "…" ,,…'' ‘…’ '…' «…».

Straight marks and the apostrophe are ambiguous, so each mark is judged by the
characters around it (can it open? can it close?) and paired on a stack by family.
Unbalanced or odd marks are dropped, never raised: real text has plenty of them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

MARK = re.compile(r",,|''|[„“”\"‘’'«»‹›]")
OPEN_ONLY = {",,": "double", "„": "double", "«": "guillemet", "‹": "guillemet"}
CLOSE_ONLY = {"''": "double", "”": "double", "»": "guillemet", "›": "guillemet"}
EITHER = {'"': "double", "“": "double", "'": "single", "‘": "single", "’": "single"}
ELISION = re.compile(r"(?:s|t|n|k|m|r|ns)\b", re.IGNORECASE)  # 's, 't, 'n, m'n
OPEN_LEFT = set("([{/—–-:;") | set("„“”\"‘’'«»,")
CLOSE_RIGHT = set(".,;:!?)]}…—–-/") | set("„“”\"‘’'«»")
MAX_QUOTE_CHARS = 4000
# a sentence that ends right before an opening mark: where a quote of several paragraphs,
# written without its closing marks, goes on with a new opening mark
SENTENCE_END = re.compile(r"[.!?…](\s+)$")


@dataclass(frozen=True)
class QuotePair:
    open_start: int  # the opening mark
    start: int  # the content, without marks
    end: int
    close_end: int  # just after the closing mark
    family: str  # double, single, guillemet
    depth: int  # 0 = outermost

    @property
    def content_span(self) -> tuple[int, int]:
        return self.start, self.end


def _side_chars(text: str, i: int, j: int) -> tuple[str, str]:
    left = text[i - 1] if i > 0 else " "
    right = text[j] if j < len(text) else " "
    return left, right


def _can_open(text: str, i: int, j: int, mark: str) -> bool:
    left, right = _side_chars(text, i, j)
    if right.isspace():
        return False
    if mark in ("'", "’", "‘") and ELISION.match(text, j) and not text[j:j + 3].isupper():
        after = text[j:j + 4]
        if re.match(r"(?:s|t|n|k)\b", after, re.IGNORECASE):  # 's morgens, 't, 'n, 'k
            return False
    return left.isspace() or left in OPEN_LEFT


def _can_close(text: str, i: int, j: int, mark: str) -> bool:
    left, right = _side_chars(text, i, j)
    if left.isspace():
        return False
    if mark in ("'", "’") and left.isalnum() and right.isalnum():
        return False  # zo'n, Daisy's
    return right.isspace() or right in CLOSE_RIGHT


def _classify(text: str, m: re.Match) -> tuple[str, bool, bool]:
    mark, i, j = m.group(), m.start(), m.end()
    if mark in OPEN_ONLY:
        return OPEN_ONLY[mark], _can_open(text, i, j, mark) or mark == ",,", False
    if mark in CLOSE_ONLY:
        return CLOSE_ONLY[mark], False, _can_close(text, i, j, mark) or mark == "''"
    return EITHER[mark], _can_open(text, i, j, mark), _can_close(text, i, j, mark)


def pair_quote_marks(text: str) -> list[QuotePair]:
    """All well-formed quote pairs, outer and nested, sorted by position."""
    pairs: list[QuotePair] = []
    stack: list[tuple[str, int, int]] = []  # (family, mark start, content start)
    left_open: list[tuple[str, int, int]] = []  # openers that never found their closing mark
    opened: list[tuple[str, int]] = []  # (family, mark start) of every opener, in order
    for m in MARK.finditer(text):
        family, can_open, can_close = _classify(text, m)
        if "\n\n" in text[stack[-1][2]:m.start()] if stack else False:
            left_open += stack
            stack.clear()  # a paragraph break ends whatever was left open
        closed = False
        if can_close:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == family:
                    _, o_start, c_start = stack[k]
                    left_open += stack[k + 1:]
                    del stack[k:]  # inner openers left unclosed were apostrophes or typos
                    if m.start() - c_start <= MAX_QUOTE_CHARS and m.start() > c_start:
                        pairs.append(QuotePair(o_start, c_start, m.start(), m.end(), family, len(stack)))
                    closed = True
                    break
        if not closed and can_open:
            stack.append((family, m.start(), m.end()))
            opened.append((family, m.start()))
    inner = sorted(p.open_start for p in pairs)
    for p in _paragraph_quotes(text, left_open + stack, opened):
        k = bisect_right(inner, p.open_start)
        if k == len(inner) or inner[k] >= p.end:  # never around quotes that did close
            pairs.append(p)
    return _with_depths(sorted(pairs, key=lambda p: (p.open_start, -p.close_end)))


def _with_depths(pairs: list[QuotePair]) -> list[QuotePair]:
    """Depth = how many pairs enclose a pair (openers that never closed do not count)."""
    out, ends = [], []
    for p in pairs:
        while ends and ends[-1] <= p.open_start:
            ends.pop()
        out.append(p if p.depth == len(ends) else QuotePair(p.open_start, p.start, p.end, p.close_end, p.family, len(ends)))
        ends.append(p.close_end)
    return out


def _paragraph_quotes(text: str, unclosed, opened) -> list[QuotePair]:
    """`: 'A. 'B. 'C.'`: a quote of several paragraphs opens each one anew and closes only the
    last; where the line breaks are gone (news feeds), an opener left unclosed runs to the end
    of the sentence before the next opener of its family, within one line."""
    out = []
    starts = [o for _, o in opened]
    for family, o_start, c_start in unclosed:
        k = bisect_right(starts, o_start)
        nxt = next((o for f, o in opened[k:] if f == family), None)
        gap = SENTENCE_END.search(text, max(0, nxt - 16), nxt) if nxt is not None else None
        end = nxt - len(gap.group(1)) if gap else -1
        if gap and 0 < end - c_start <= MAX_QUOTE_CHARS and "\n" not in text[c_start:end]:
            out.append(QuotePair(o_start, c_start, end, end, family, 0))
    return out


def outermost(pairs: list[QuotePair]) -> list[QuotePair]:
    """Pairs not inside another pair."""
    out: list[QuotePair] = []
    for p in pairs:
        if out and p.open_start < out[-1].close_end:
            continue
        out.append(p)
    return out
