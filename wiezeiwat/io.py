"""Reading articles: .txt with an optional date header, JSON Lines (plain or gzip), stdin.

Readers yield ``Article`` records and report each unreadable file or line through
``on_error`` (an ``InputError``) instead of stopping, so one bad line never loses
the rest of an archive.
"""
from __future__ import annotations

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

ErrorHandler = Callable[[InputError], None]


def _raise(err: InputError) -> None:
    raise err


def normalise_date(value) -> Optional[str]:
    """'2019-03-27T10:00:00+01:00' -> '2019-03-27'; '2025-02' stays; junk -> None."""
    if value is None or value == "":
        return None
    m = ISO_DATE.match(str(value).strip())
    if not m:
        return None
    return "-".join(p for p in m.groups() if p)


def split_date_header(raw: str) -> tuple[Optional[str], str]:
    """Return (date, body) for a .txt article whose first words may be `date YYYY-MM[-DD]`."""
    m = DATE_HEADER.match(raw)
    if not m:
        return None, raw
    return m.group(1), raw[m.end():]


def article_from_text(raw: str, id: str, source: str = "") -> Article:
    date, body = split_date_header(raw)
    return Article(id=id, text=body, date=date, source=source)


def article_from_record(rec, source: str, line: int) -> Article:
    if not isinstance(rec, dict):
        raise InputError(source, line, "a JSON object was expected")
    text = rec.get("text")
    if not isinstance(text, str):
        raise InputError(source, line, "no 'text' field (a string) in this record")
    date = rec.get("date") or rec.get("published_at")
    ident = rec.get("id")
    ident = f"{os.path.basename(source)}:{line}" if ident in (None, "") else str(ident)
    title = rec.get("title")
    return Article(id=ident, text=text, date=normalise_date(date),
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
        yield article_from_text(text, name, source)
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
