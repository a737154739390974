"""Writing exported rows as JSON Lines, CSV or Parquet, streamed in batches."""
from __future__ import annotations

import csv
import itertools
import json
import sys
from typing import Iterable, Iterator

from ..errors import StoreError, UsageError

BATCH = 10_000


def _open(output: str, binary: bool = False):
    if output == "-":
        return sys.stdout.buffer if binary else sys.stdout, False
    try:
        return open(output, "wb" if binary else "w", encoding=None if binary else "utf-8",
                    newline=None if binary else ""), True
    except OSError as e:
        raise StoreError(f"{output}: cannot write: {e.strerror or e}") from None


def _batches(rows: Iterable[dict]) -> Iterator[list[dict]]:
    it = iter(rows)
    while batch := list(itertools.islice(it, BATCH)):
        yield batch


def write_parquet(rows: Iterable[dict], output: str) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError("parquet export needs pyarrow: pip install 'wiezeiwat[parquet]'") from None
    writer, n = None, 0
    try:
        for batch in _batches(rows):
            table = pa.Table.from_pylist(batch)
            if writer is None:
                writer = pq.ParquetWriter(output, table.schema)
            writer.write_table(table.cast(writer.schema))
            n += len(batch)
    except OSError as e:
        raise StoreError(f"{output}: cannot write: {e}") from None
    finally:
        if writer is not None:
            writer.close()
    return n


def write_rows(rows: Iterable[dict], fmt: str, output: str = "-") -> int:
    """Rows to `output` ('-': stdout) as jsonl, csv or parquet; returns how many."""
    if fmt == "parquet":
        return write_parquet(rows, output)
    out, close = _open(output)
    n = 0
    try:
        writer = None
        for row in rows:
            if fmt == "csv":
                if writer is None:
                    writer = csv.DictWriter(out, fieldnames=list(row))
                    writer.writeheader()
                writer.writerow(row)
            else:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    finally:
        if close:
            out.close()
    return n
