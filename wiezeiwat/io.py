"""Reading articles: .txt with an optional date header, JSON Lines (plain or gzip), stdin.

Readers yield ``Article`` records and report each unreadable file or line through
``on_error`` (an ``InputError``) instead of stopping, so one bad line never loses
the rest of an archive.
"""
from __future__ import annotations

import datetime
import gzip
import io
import json
import os
import re
import sys
from typing import Callable, Iterable, Iterator, Optional, TextIO

from .errors import InputError
from .records import Article

DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+")
ISO_DATE = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
MAX_CHARS = 5_000_000  # larger than any article; guards memory on garbage input
# (texts over the pipeline's max_length, 1,000,000, are analysed in pieces: nlp.make_doc)

ErrorHandler = Callable[[InputError], None]


def _raise(err: InputError) -> None:
    raise err


def normalise_date(value) -> Optional[str]:
    """'2019-03-27T10:00:00+01:00' -> '2019-03-27'; '2025-02' stays; junk -> None.
    A date of the right shape that is no calendar date ('2019-13-45') raises ValueError."""
    if value is None or value == "":
        return None
    m = ISO_DATE.match(str(value).strip())
    if not m:
        return None
    check_date(*m.groups())
    return "-".join(p for p in m.groups() if p)


def check_date(year: str, month: Optional[str] = None, day: Optional[str] = None) -> None:
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"{year}-{month}{'-' + day if day else ''} (there is no month {int(month)})")
    if day:
        try:
            datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError(f"{year}-{month}-{day} ({year}-{month} has no day {int(day)})") from None


def split_date_header(raw: str) -> tuple[Optional[str], str]:
    """Return (date, body) for a .txt article whose first words may be `date YYYY-MM[-DD]`;
    ValueError for a header date that is no calendar date."""
    m = DATE_HEADER.match(raw)
    if not m:
        return None, raw
    check_date(*m.group(1).split("-"))
    return m.group(1), raw[m.end():]


def _too_long(text: str, source: str, line: Optional[int]) -> None:
    if len(text) > MAX_CHARS:
        raise InputError(source, line, f"an article of {len(text):,} characters, over the limit of "
                                       f"{MAX_CHARS:,}: split it into articles")


def article_from_text(raw: str, id: str, source: str = "") -> Article:
    try:
        date, body = split_date_header(raw)
    except ValueError as e:
        m = DATE_HEADER.match(raw)
        raise InputError(source, raw[:m.start(1)].count("\n") + 1, f"invalid date in the header: {e}") from None
    _too_long(body, source, None)
    return Article(id=id, text=body, date=date, source=source)


def article_from_record(rec, source: str, line: int) -> Article:
    if not isinstance(rec, dict):
        raise InputError(source, line, "a JSON object was expected")
    text = rec.get("text")
    if not isinstance(text, str):
        raise InputError(source, line, "no 'text' field (a string) in this record")
    _too_long(text, source, line)
    date = rec.get("date") or rec.get("published_at")
    try:
        date = normalise_date(date)
    except ValueError as e:
        raise InputError(source, line, f"invalid date: {e}") from None
    ident = rec.get("id")
    ident = f"{os.path.basename(source)}:{line}" if ident in (None, "") else str(ident)
    title = rec.get("title")
    return Article(id=ident, text=text, date=date,
                   title=title if isinstance(title, str) else None, source=f"{source}:{line}")


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(source, None, f"not UTF-8 (byte {e.start}); convert it, e.g. with iconv -f latin1 -t utf-8") from None


def read_jsonl(stream: TextIO, source: str, on_error: ErrorHandler = _raise) -> Iterator[Article]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            on_error(InputError(source, n, f"not JSON ({e.msg} at column {e.colno})"))
            continue
        try:
            yield article_from_record(rec, source, n)
        except InputError as e:
            on_error(e)


def _looks_like_jsonl(text: str) -> bool:
    return text.lstrip()[:1] == "{"


def read_text_blob(text: str, source: str, on_error: ErrorHandler = _raise) -> Iterator[Article]:
    """stdin or a file whose kind is decided by its content."""
    if _looks_like_jsonl(text):
        yield from read_jsonl(io.StringIO(text), source, on_error)
    elif text.strip():
        name = os.path.splitext(os.path.basename(source))[0] or "stdin"
        try:
            yield article_from_text(text, name, source)
        except InputError as e:
            on_error(e)
    else:
        on_error(InputError(source, None, "empty input"))


def read_path(path: str, on_error: ErrorHandler = _raise) -> Iterator[Article]:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        on_error(InputError(path, None, "no such file"))
        return
    except IsADirectoryError:
        on_error(InputError(path, None, "is a directory; pass the files in it (e.g. dir/*.txt)"))
        return
    except OSError as e:
        on_error(InputError(path, None, e.strerror or str(e)))
        return
    if path.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as e:
            on_error(InputError(path, None, f"not a readable gzip file ({e})"))
            return
    try:
        text = _decode(data, path)
    except InputError as e:
        on_error(e)
        return
    base = path[:-3] if path.endswith(".gz") else path
    if base.endswith((".jsonl", ".json", ".ndjson")):
        if not text.strip():
            on_error(InputError(path, None, "empty file"))
            return
        yield from read_jsonl(io.StringIO(text), path, on_error)
    else:
        yield from read_text_blob(text, path, on_error)


def read_inputs(paths: Iterable[str], on_error: ErrorHandler = _raise,
                stdin: Optional[TextIO] = None) -> Iterator[Article]:
    """Articles from every path in turn; '-' reads standard input."""
    for path in paths:
        if path == "-":
            stream = stdin or sys.stdin
            raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
            if isinstance(raw, bytes):
                try:
                    raw = _decode(raw, "<stdin>")
                except InputError as e:
                    on_error(e)
                    continue
            yield from read_text_blob(raw, "<stdin>", on_error)
        else:
            yield from read_path(path, on_error)


def count_articles(paths: Iterable[str]) -> Optional[int]:
    """How many articles `paths` hold, for a progress bar's total: non-blank lines of a
    JSONL file, one per other file; None when stdin is among them (it cannot be read twice)."""
    total = 0
    for path in paths:
        base = path[:-3] if path.endswith(".gz") else path
        if path == "-":
            return None
        if not base.endswith((".jsonl", ".json", ".ndjson")):
            total += 1
            continue
        try:
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rb") as f:
                total += sum(1 for line in f if line.strip())
        except (OSError, EOFError):
            continue  # the reader reports it
    return total
