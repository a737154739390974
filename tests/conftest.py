import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("WIEZEIWAT_SHARED", ROOT.parent / "shared"))
EXAMPLE = ROOT / "examples" / "000_e357c4b761ac78d2.txt"


def shared_path(*parts) -> Path:
    """A path in ../shared, or skip the test cleanly where the shared data is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared data not present: {p}")
    return p


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def example_article():
    from wiezeiwat.io import read_path
    return next(read_path(str(EXAMPLE)))


@pytest.fixture(scope="session")
def founding_store(tmp_path_factory):
    """A store of the founding article and, where present, the dev set (real pipeline)."""
    from wiezeiwat import api, io
    from wiezeiwat.store import Store
    path = tmp_path_factory.mktemp("web") / "founding.sqlite"
    files = [str(EXAMPLE)]
    dev = SHARED / "eval" / "gold" / "dev.jsonl"
    if dev.exists():
        files.append(str(dev))
    with Store(path) as db:
        db.ingest(api.analyze_articles(io.read_inputs(files)))
    return path
