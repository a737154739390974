"""Archive runs on Dask: many files, many articles, every core.

Inputs are cut into tasks of whole lines (a JSONL file in slices of ``chunk_lines``, a
.txt file whole), so every bad line is still reported as FILE:LINE.  Each worker
process loads the pipeline once; each task writes its own part file, so a run that
dies keeps the parts it finished and a rerun with ``resume=True`` skips them.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .errors import InputError, UsageError


@dataclass(frozen=True)
class Task:
    index: int
    path: str
    first_line: int  # 1-based, JSONL only
    lines: int  # how many lines; 0 = the whole file

    @property
    def part_name(self) -> str:
        return f"part-{self.index:06d}.jsonl"


def _open_text(path: str):
    if path.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="strict")
    return open(path, encoding="utf-8", errors="strict")


def _is_jsonl(path: str) -> bool:
    base = path[:-3] if path.endswith(".gz") else path
    return base.endswith((".jsonl", ".json", ".ndjson"))


def plan(paths: Iterable[str], chunk_lines: int = 200) -> list[Task]:
    """Tasks for every input; JSONL files are cut into slices of whole lines."""
    tasks: list[Task] = []
    for path in paths:
        if not os.path.isfile(path):
            raise UsageError(f"{path}: no such file (batch reads files, not stdin)")
        if not _is_jsonl(path):
            tasks.append(Task(len(tasks), path, 1, 0))
            continue
        try:
            with _open_text(path) as f:
                total = sum(1 for _ in f)
        except (OSError, UnicodeDecodeError, EOFError):
            tasks.append(Task(len(tasks), path, 1, 0))  # run_task reports it with the file name
            continue
        for first in range(1, total + 1, chunk_lines):
            tasks.append(Task(len(tasks), path, first, min(chunk_lines, total - first + 1)))
    return tasks


def _read_task(task: Task, on_error) -> Iterable:
    from . import io as wio
    if task.lines == 0:
        yield from wio.read_path(task.path, on_error)
        return
    with _open_text(task.path) as f:
        selected = [line for n, line in enumerate(f, 1) if task.first_line <= n < task.first_line + task.lines]
    stream = io.StringIO("".join(selected))
    for art in wio.read_jsonl(stream, task.path, lambda e: on_error(_shift(e, task.first_line - 1))):
        if art.source:
            name, _, line = art.source.rpartition(":")
            art.source = f"{name}:{int(line) + task.first_line - 1}"
            if art.id.startswith(os.path.basename(task.path) + ":"):
                art.id = art.source.rsplit("/", 1)[-1]
        yield art


def _shift(err: InputError, offset: int) -> InputError:
    return InputError(err.source, (err.line or 0) + offset if err.line else None, err.reason)


def run_task(task: Task, out_dir: str, lang: str = "nl") -> dict:
    """Analyse one task into its part file; returns counts and the problems met."""
    from .api import analyze_articles
    problems: list[str] = []

    def report(err: InputError) -> None:
        problems.append(str(err))

    try:
        articles = list(_read_task(task, report))
    except (OSError, UnicodeDecodeError, EOFError) as e:
        problems.append(str(InputError(task.path, None, f"unreadable ({e})")))
        articles = []
    tmp = Path(out_dir) / (task.part_name + ".tmp")
    n_quotes = 0
    with tmp.open("w", encoding="utf-8") as out:
        for art in analyze_articles(articles, lang=lang, threads=1):  # workers fill the cores
            n_quotes += len(art.quotes)
            out.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
    tmp.replace(Path(out_dir) / task.part_name)  # a part exists only when it is whole
    return {"task": task.index, "articles": len(articles), "quotes": n_quotes, "problems": problems}


def run(paths: Iterable[str], out_dir: str, workers: int = 2, chunk_lines: int = 200,
        lang: str = "nl", resume: bool = False, progress: bool = False) -> dict:
    """Analyse all inputs into ``out_dir/part-*.jsonl`` with a Dask process pool."""
    try:
        import dask
        import dask.bag as db
    except ImportError as e:  # pragma: no cover - dask is a declared dependency
        raise UsageError("batch runs need dask, a dependency of wiezeiwat: reinstall it") from e
    os.makedirs(out_dir, exist_ok=True)
    tasks = plan(paths, chunk_lines)
    todo = [t for t in tasks if not (resume and (Path(out_dir) / t.part_name).exists())]
    results: list[dict] = []
    if todo:
        bag = db.from_sequence(todo, npartitions=min(len(todo), max(1, workers) * 4))
        computed = bag.map(run_task, out_dir=out_dir, lang=lang)
        scheduler = "processes" if workers > 1 else "sync"
        with dask.config.set(scheduler=scheduler, num_workers=workers):
            if progress:
                from dask.diagnostics import ProgressBar
                with ProgressBar(out=sys.stderr):
                    results = computed.compute()
            else:
                results = computed.compute()
    problems = [p for r in results for p in r["problems"]]
    with open(Path(out_dir) / "errors.txt", "a" if resume else "w", encoding="utf-8") as f:
        f.writelines(p + "\n" for p in problems)
    return {"tasks": len(tasks), "run": len(todo), "skipped": len(tasks) - len(todo),
            "articles": sum(r["articles"] for r in results), "quotes": sum(r["quotes"] for r in results),
            "problems": problems, "out": out_dir}


def parts(out_dir: str) -> list[Path]:
    return sorted(Path(out_dir).glob("part-*.jsonl"))


def check_workers(workers: Optional[int]) -> int:
    cores = os.cpu_count() or 1
    if workers is None:
        return cores
    if workers < 1:
        raise UsageError("--workers must be 1 or more")
    return workers
