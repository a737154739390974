"""Archive runs on Dask: many files, many articles, every core, or a cluster.

Inputs are cut into tasks of whole lines (a JSONL file in slices of ``chunk_lines``, a
.txt file whole), so every bad line is still reported as FILE:LINE.  Each task writes
its part file (``part-NNNNNN.jsonl``, the extract contract with ``text``, so the parts
feed ``wiezeiwat ingest -``) and then a small ``part-NNNNNN.meta.json`` naming the
fingerprint of its input and the article ids it wrote.  Both are written to a ``.tmp``
file and renamed, so a part exists only when it is whole; ``resume=True`` skips a task
only when its meta has the same input fingerprint and its part holds those ids.
``errors.jsonl`` (id, file, line, reason) lists every input, line and article that failed.

Tasks run on the Dask distributed cluster at ``scheduler`` (every worker must see the
input files and the output folder; each worker loads the pipeline once), or on this
machine: with one worker in this process, with more on worker processes forked after the
pipeline is loaded (a ``LocalCluster`` where ``fork`` does not exist).
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import multiprocessing
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from . import processes
from .errors import AnalysisError, InputError, UsageError

PART_GLOBS = ("part-*.jsonl", "part-*.meta.json", "*.tmp", "errors.jsonl", "errors.txt")


@dataclass(frozen=True)
class Task:
    index: int
    path: str
    first_line: int  # 1-based, JSONL only
    lines: int  # how many lines; 0 = the whole file
    fingerprint: str = ""  # sha1 of the task's input bytes (and of the settings)

    @property
    def part_name(self) -> str:
        return f"part-{self.index:06d}.jsonl"

    @property
    def meta_name(self) -> str:
        return f"part-{self.index:06d}.meta.json"

    @property
    def size(self) -> int:
        """Articles at most, for a progress bar's total."""
        return self.lines or 1


def _open_text(path: str):
    if path.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="strict")
    return open(path, encoding="utf-8", errors="strict")


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        data = f.read()
    return gzip.decompress(data) if path.endswith(".gz") else data


def _is_jsonl(path: str) -> bool:
    base = path[:-3] if path.endswith(".gz") else path
    return base.endswith((".jsonl", ".json", ".ndjson"))


def _fingerprint(data: bytes, settings: str) -> str:
    return hashlib.sha1(data + b"\0" + settings.encode()).hexdigest()


def error_record(err: Exception) -> dict:
    if isinstance(err, AnalysisError):
        return err.record()
    if isinstance(err, InputError):
        return {"id": None, "file": err.source, "line": err.line, "reason": err.reason}
    return {"id": None, "file": None, "line": None, "reason": f"{type(err).__name__}: {err}"}


MIN_TASKS = 16  # a small input is cut finer, so every worker gets some of it
MIN_CHUNK = 10


def chunk_size(paths: list[str], chunk_lines: int) -> int:
    """`chunk_lines`, or less for an input of fewer than MIN_TASKS chunks.  It depends on
    the input only (not on the workers), so a resumed run cuts the same tasks."""
    enough = chunk_lines * MIN_TASKS
    total = 0
    for path in paths:
        if not _is_jsonl(path):
            continue
        try:
            with (gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")) as f:
                for _ in f:
                    total += 1
                    if total >= enough:
                        return chunk_lines
        except (OSError, EOFError):
            continue  # plan reports it
    return min(chunk_lines, max(MIN_CHUNK, -(-total // MIN_TASKS)))


def plan(paths: Iterable[str], chunk_lines: int = 200, settings: str = "") -> tuple[list[Task], list[dict]]:
    """Tasks for every readable input (JSONL cut into slices of whole lines, at most
    `chunk_lines`, see ``chunk_size``), and an error record for each input that cannot be
    read (it is skipped, as `extract` does)."""
    paths = list(paths)
    chunk_lines = chunk_size(paths, chunk_lines)
    tasks: list[Task] = []
    problems: list[dict] = []
    for path in paths:
        try:
            data = _read_bytes(path)
        except FileNotFoundError:
            problems.append({"id": None, "file": path, "line": None, "reason": "no such file"})
            continue
        except IsADirectoryError:
            problems.append({"id": None, "file": path, "line": None, "reason": "is a directory"})
            continue
        except (OSError, EOFError) as e:
            problems.append({"id": None, "file": path, "line": None, "reason": f"unreadable ({e})"})
            continue
        if not _is_jsonl(path):
            tasks.append(Task(len(tasks), path, 1, 0, _fingerprint(data, settings)))
            continue
        lines = data.splitlines(keepends=True)
        for first in range(0, len(lines), chunk_lines):
            chunk = lines[first:first + chunk_lines]
            tasks.append(Task(len(tasks), path, first + 1, len(chunk), _fingerprint(b"".join(chunk), settings)))
    return tasks, problems


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


def _write_whole(path: Path, write: Callable) -> None:
    """Write through `path`.tmp and rename: the file exists only when it is whole."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            write(out)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def run_task(task: Task, out_dir: str, lang: str = "nl", with_text: bool = True) -> dict:
    """Analyse one task into its part file and meta; returns counts and error records.
    A bad line or article is an error record; the task goes on."""
    from .api import analyze_articles
    errors: list[dict] = []
    ids: list[str] = []
    n_quotes = 0
    cpu = time.thread_time()  # this thread does the task's work: its CPU time is the per-core cost

    def report(err) -> None:
        errors.append(error_record(err))

    def write(out) -> None:
        nonlocal n_quotes
        try:
            articles = list(_read_task(task, report))
        except (OSError, UnicodeDecodeError, EOFError) as e:
            report(InputError(task.path, None, f"unreadable ({e})"))
            articles = []
        for art in analyze_articles(articles, lang=lang, threads=1, on_error=report):  # workers fill the cores
            n_quotes += len(art.quotes)
            ids.append(art.id)
            out.write(json.dumps(art.to_dict(with_text=with_text), ensure_ascii=False) + "\n")

    _write_whole(Path(out_dir) / task.part_name, write)
    cpu = time.thread_time() - cpu
    meta = {"fingerprint": task.fingerprint, "file": task.path, "first_line": task.first_line,
            "lines": task.lines, "ids": ids, "quotes": n_quotes, "cpu_seconds": round(cpu, 3), "errors": errors}
    _write_whole(Path(out_dir) / task.meta_name, lambda out: json.dump(meta, out, ensure_ascii=False))
    return {"task": task.index, "articles": len(ids), "quotes": n_quotes, "cpu_seconds": cpu, "errors": errors}


def _done(task: Task, out: Path) -> Optional[dict]:
    """The meta of a finished task: same input fingerprint, and its part holds those ids."""
    try:
        meta = json.loads((out / task.meta_name).read_text(encoding="utf-8"))
        if meta.get("fingerprint") != task.fingerprint:
            return None
        with (out / task.part_name).open(encoding="utf-8") as f:
            ids = [json.loads(line)["id"] for line in f if line.strip()]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return meta if ids == meta.get("ids") else None


def _existing(out: Path) -> list[Path]:
    return sorted({p for g in PART_GLOBS for p in out.glob(g)})


def prepare_folder(out_dir: str, resume: bool, overwrite: bool) -> None:
    """A fresh run needs an empty folder (or ``overwrite``); leftover .tmp files go."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out_dir} is a file, not a folder")
    out.mkdir(parents=True, exist_ok=True)
    existing = _existing(out)
    if existing and not (resume or overwrite):
        raise UsageError(f"{out_dir} already holds the output of a run ({len(existing)} files): "
                         "give --resume to go on with it, --overwrite to replace it, or a new folder")
    for p in existing:
        if overwrite or p.name.endswith(".tmp"):
            p.unlink()


def _check_no_strays(tasks: list[Task], out: Path) -> None:
    """Parts past the end of this plan are from other input: `cat part-*` would mix them in."""
    known = {t.part_name for t in tasks} | {t.meta_name for t in tasks}
    strays = [p.name for p in out.glob("part-*") if p.name not in known]
    if strays:
        raise UsageError(f"{out} holds {len(strays)} part file(s) of other input ({strays[0]} …): "
                         "give --overwrite to replace them, or a new folder")


def run(paths: Iterable[str], out_dir: str, workers: int = 2, chunk_lines: int = 200,
        lang: str = "nl", resume: bool = False, overwrite: bool = False, progress: bool = False,
        scheduler: Optional[str] = None, with_text: bool = True) -> dict:
    """Analyse all inputs into ``out_dir/part-*.jsonl`` on Dask; see the module docstring."""
    paths = list(paths)
    prepare_folder(out_dir, resume, overwrite)
    out = Path(out_dir)
    tasks, problems = plan(paths, chunk_lines, settings=f"{lang}:{int(with_text)}")
    if resume:
        _check_no_strays(tasks, out)
    done = {t.index: m for t in tasks if resume and (m := _done(t, out)) is not None}
    todo = [t for t in tasks if t.index not in done]
    results = {r["task"]: r for r in _execute(todo, out_dir, lang, with_text, workers, scheduler, progress)}
    errors = list(problems)
    for t in tasks:  # in input order, finished earlier or now
        errors += done[t.index]["errors"] if t.index in done else results[t.index]["errors"]
    _write_whole(out / "errors.jsonl", lambda f: f.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    return {"tasks": len(tasks), "run": len(todo), "skipped": len(done),
            "articles": sum(r["articles"] for r in results.values()),
            "quotes": sum(r["quotes"] for r in results.values()),
            "cpu_seconds": sum(r.get("cpu_seconds", 0.0) for r in results.values()),
            "articles_skipped": sum(len(m["ids"]) for m in done.values()),
            "errors": errors, "out": out_dir}


def _execute(todo: list[Task], out_dir: str, lang: str, with_text: bool, workers: int,
             scheduler: Optional[str], progress: bool) -> list[dict]:
    bar = _bar(sum(t.size for t in todo), progress)
    results = []

    def finished(task: Task, result: Optional[dict], error: Optional[BaseException] = None) -> None:
        if result is None:  # the task itself died (a worker lost, say): its input is one error
            result = {"task": task.index, "articles": 0, "quotes": 0, "cpu_seconds": 0.0,
                      "errors": [{"id": None, "file": task.path, "line": task.first_line if task.lines else None,
                                  "reason": f"task failed ({type(error).__name__}: {error}); "
                                            f"{task.lines or 'all'} line(s) not analysed"}]}
        results.append(result)
        if bar is not None:
            bar.update(task.size)

    try:
        if not todo:
            return results
        if scheduler is None and workers <= 1:
            for task in todo:
                try:
                    finished(task, run_task(task, out_dir, lang, with_text))
                except Exception as e:  # noqa: BLE001  one task, reported; the run goes on
                    finished(task, None, e)
            return results
        if scheduler is None and processes.can_fork():
            _on_forked_processes(todo, out_dir, lang, with_text, workers, finished)
            return results
        with _client(scheduler, workers) as client:
            from distributed import as_completed
            futures = client.map(run_task, todo, out_dir=out_dir, lang=lang, with_text=with_text, pure=False)
            by_key = {f.key: t for f, t in zip(futures, todo)}
            for future in as_completed(futures):
                task = by_key[future.key]
                if future.status == "finished":
                    finished(task, future.result())
                    continue
                try:
                    error = future.exception()
                except BaseException as e:  # noqa: BLE001  a cancelled future raises here
                    error = e
                finished(task, None, error)
        return results
    finally:
        if bar is not None:
            bar.close()


def _on_forked_processes(todo: list[Task], out_dir: str, lang: str, with_text: bool, workers: int,
                         finished: Callable) -> None:
    """This machine's cores: worker processes forked after the pipeline is loaded, so they
    start at once (a LocalCluster spawns fresh ones, each importing and loading for seconds)."""
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from . import nlp
    nlp.load(lang)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = {pool.submit(run_task, t, out_dir, lang, with_text): t for t in todo}
        for future in as_completed(futures):
            try:
                finished(futures[future], future.result())
            except Exception as e:  # noqa: BLE001  a task, or a worker that died: reported, run goes on
                finished(futures[future], None, e)


def _client(scheduler: Optional[str], workers: int):
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - distributed is a declared dependency
        raise UsageError("batch runs need dask.distributed, a dependency of wiezeiwat: reinstall it") from e
    if scheduler:
        return Client(scheduler)
    # one thread per worker process (its NLP fills one core); no dashboard, no memory cap
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, memory_limit=0)
    return _OwnedClient(Client(cluster), cluster)


class _OwnedClient:
    """A client whose local cluster is closed with it."""

    def __init__(self, client, cluster):
        self.client, self.cluster = client, cluster

    def __enter__(self):
        return self.client

    def __exit__(self, *exc):
        self.client.close()
        self.cluster.close()


def _bar(total: int, enabled: bool):
    if not enabled:
        return None
    import sys
    from tqdm import tqdm
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked after the bar starts
    return tqdm(total=total, unit=" lines", file=sys.stderr, mininterval=0.5)


def parts(out_dir: str) -> list[Path]:
    return sorted(Path(out_dir).glob("part-*.jsonl"))


def check_workers(workers: Optional[int]) -> int:
    cores = os.cpu_count() or 1
    if workers is None:
        return cores
    if workers < 1:
        raise UsageError("--workers must be 1 or more")
    return workers
