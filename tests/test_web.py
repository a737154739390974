"""The HTTP API and pages through FastAPI's test client: data, paging, limits, escaping,
SQL injection in every filter, read-only unless --allow-analyze."""
import re

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from wiezeiwat.cli import main
from wiezeiwat.records import Claim, Stance
from wiezeiwat.store import Store
from wiezeiwat.web import create_app
from test_store import rich_article, said

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="document.title=\'pwned\'">'
LINK = '<a href="javascript:alert(2)">klik</a>'


def hostile_article():
    art = said(f"Jan {SCRIPT} Jansen", f"Kijk {IMG} en {LINK} nu", id="evil<script>", date="2019-03-02")
    art.title = f"Titel {SCRIPT}{IMG}"
    art.claims = [Claim(0, f"claim {IMG}", art.quotes[0].speaker, 0,
                        stances=[Stance(f"Piet {LINK}", "deny", f"ontkende {SCRIPT}", None,
                                        medium=f"tegen {IMG}")])]
    return art


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "news.sqlite"
    with Store(path) as db:
        db.ingest([rich_article(), hostile_article(),
                   said("Frank de Jong", "De dijk houdt het.", id="f", date="2019-03-04")])
    return path


@pytest.fixture(scope="module")
def client(db_path):
    return TestClient(create_app(db_path))


def test_article_api_has_text_quotes_entities_claims(client):
    art = client.get("/api/articles/rich").json()
    assert art["text"].startswith("Gisteren zei Vladimir Poetin")
    assert [q["speaker_key"] for q in art["quotes"]] == ["vladimir-poetin", "vladimir-poetin"]
    assert art["entities"][0]["key"] == "vladimir-poetin"
    assert art["claims"][0]["stances"][0]["stance"] == "deny"


def test_lists_page_and_count(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 3
    assert len(first["items"]) == 2 and len(second["items"]) == 1
    assert {a["id"] for a in first["items"] + second["items"]} == {"rich", "evil<script>", "f"}


@pytest.mark.parametrize("params,expect", [
    ({"speaker": "Putin"}, 2), ({"speaker": "frank-de-jong"}, 1), ({"stance": "assert"}, 4),
    ({"kind": "indirect"}, 1), ({"since": "2019-03-02"}, 2), ({"until": "2019-02-28"}, 1),
    ({"q": "dijk"}, 1), ({"q": "oorlog", "speaker": "Poetin"}, 1),
])
def test_quote_filters(client, params, expect):
    res = client.get("/api/quotes", params=params)
    assert res.status_code == 200, res.text
    assert res.json()["total"] == expect == len(res.json()["items"])


def test_speakers_with_keys_aliases_and_timeline(client):
    rows = client.get("/api/speakers", params={"q": "poetin"}).json()["items"]
    assert rows[0]["key"] == "vladimir-poetin" and set(rows[0]["aliases"]) == {"Vladimir Poetin", "Poetin"}
    tl = client.get("/api/speakers/vladimir-poetin").json()
    assert tl["quotes"]["total"] == 2
    assert [w["week"] for w in tl["weeks"]] == ["2019-W09"]
    assert tl["weeks"][0]["stances"] == {"assert": 2}
    assert "putin" in tl["listed_aliases"]


def test_claims_endpoints(client):
    page = client.get("/api/claims", params={"stance": "deny"}).json()
    assert page["total"] == 2
    one = client.get(f"/api/claims/{page['items'][0]['id']}").json()
    assert one == page["items"][0]
    assert client.get("/api/claims/4242").status_code == 404


def test_limits_on_page_size_and_offset(client):
    assert client.get("/api/quotes", params={"limit": 201}).status_code == 422
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422
    assert client.get("/api/quotes", params={"offset": -1}).status_code == 422
    assert client.get("/api/quotes", params={"q": "x" * 201}).status_code == 422


def test_read_only_without_allow_analyze(client):
    assert client.post("/api/analyze", json={"text": "Hij zei dat het zo was."}).status_code in (404, 405)
    assert client.get("/analyze").status_code == 404
    assert "/api/analyze" not in client.get("/api/openapi.json").json()["paths"]
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/quotes").status_code == 405


def test_the_server_opens_the_store_read_only(db_path):
    app = create_app(db_path)
    db = app.state.stores.get()
    with pytest.raises(Exception, match="readonly"):
        db.conn.execute("DELETE FROM quotes")


def test_analyze_when_allowed_with_size_and_rate_limits(db_path):
    client = TestClient(create_app(db_path, allow_analyze=True, max_body=2000, analyze_per_minute=2))
    res = client.post("/api/analyze", json={"text": "Trump zei dat hij Poetin sprak.", "date": "2025-02"})
    assert res.status_code == 200, res.text
    assert res.json()["quotes"][0]["speaker"] == "Trump"
    assert client.post("/api/analyze", json={"text": "x" * 3000}).status_code == 413
    assert client.post("/api/analyze", json={"text": "Hij zei dat."}).status_code == 200
    assert client.post("/api/analyze", json={"text": "Hij zei dat."}).status_code == 429
    assert client.post("/api/analyze", json={"text": "a", "date": "2019-13"}).status_code == 422
    assert client.post("/api/analyze", content='{"text": "a"}',
                       headers={"content-type": "text/plain"}).status_code == 422  # no form CSRF
    assert client.get("/analyze").status_code == 200
    assert client.post("/analyze", json={"text": "Hij zei dat."}).status_code == 429  # same limit


PAGES = ["/", "/articles", "/articles/rich", "/speakers", "/speakers/vladimir-poetin", "/claims",
         "/claims?stance=deny&speaker=Poetin", "/search?q=oorlog", "/search?q=dijk+houdt"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_with_security_headers(client, url):
    res = client.get(url)
    assert res.status_code == 200, res.text
    assert "default-src 'self'" in res.headers["content-security-policy"]
    assert res.headers["x-content-type-options"] == "nosniff"
    assert not re.search(r"https?://(?!127\.0\.0\.1)", res.text), "a page points at another origin"


def test_no_page_loads_anything_from_a_cdn(client):
    assert client.get("/api/docs").status_code == 404 and client.get("/redoc").status_code == 404
    for asset in ("/static/style.css", "/static/app.js"):
        res = client.get(asset)
        assert res.status_code == 200 and "http" not in res.text


def test_article_page_marks_every_quote(client):
    html = client.get("/articles/rich").text
    assert len(re.findall(r'<mark class="q ', html)) == 2
    assert 'id="q-0"' in html and 'id="q-1"' in html
    assert "vladimir-poetin" in html


def _hostile_pages(client):
    with Store(client.app.state.stores.path, create=False) as db:
        claim_id = db.claims(text="claim")[0]["id"]
    for url in ["/articles/evil%3Cscript%3E", "/", "/articles", "/claims", f"/claims/{claim_id}",
                "/speakers", "/search?q=kijk", "/api/articles/evil%3Cscript%3E"]:
        res = client.get(url)
        assert res.status_code == 200, (url, res.text)
        yield url, res.text


def test_hostile_article_renders_inert(client):
    for url, html in _hostile_pages(client):
        if url.startswith("/api/"):
            assert "<script>" in html  # JSON carries the text as data, served as application/json
            continue
        assert "<script>alert" not in html and "<img" not in html, url
        assert 'href="javascript:' not in html and "onerror=\"document" not in html, url
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get("/articles/evil%3Cscript%3E").text
    assert client.get("/api/articles/evil%3Cscript%3E").headers["content-type"] == "application/json"


INJECTIONS = ["' OR '1'='1", "1; DROP TABLE quotes; --", "\" OR \"\"=\"", "%' UNION SELECT sql FROM sqlite_master --",
              "*) OR 1=1 --", "x')) OR 1=1 --"]
FILTERS = {
    "/api/quotes": ["speaker", "stance", "kind", "since", "until", "q"],
    "/api/claims": ["speaker", "stance", "q", "since", "until"],
    "/api/speakers": ["q", "type"],
    "/api/articles": ["q", "since", "until"],
    "/claims": ["speaker", "stance", "q"], "/speakers": ["q"], "/articles": ["q"], "/search": ["q"],
}


@pytest.mark.parametrize("path,name", [(p, n) for p, names in FILTERS.items() for n in names])
def test_sql_injection_in_every_filter_is_data(client, db_path, path, name):
    with Store(db_path, create=False) as db:
        before = db.counts()
    for payload in INJECTIONS:
        res = client.get(path, params={name: payload})
        assert res.status_code in (200, 400, 404, 422), (payload, res.status_code, res.text[:300])
        if res.status_code == 200 and path.startswith("/api/"):
            assert res.json()["total"] == 0, (payload, res.json())  # matched as text: nothing
        elif res.status_code == 200:
            assert "sqlite_master" not in res.text.replace(payload.replace("'", "&#39;"), "")
    with Store(db_path, create=False) as db:
        assert db.counts() == before


def test_loopback_server_answers_only_its_own_host_names(db_path):
    client = TestClient(create_app(db_path, allowed_hosts=["127.0.0.1", "localhost"]),
                        base_url="http://127.0.0.1:8000")
    assert client.get("/api/claims").status_code == 200
    assert client.get("/api/claims", headers={"host": "evil.example:8000"}).status_code == 400


def test_serve_refuses_a_public_address_without_public(db_path):
    res = CliRunner().invoke(main, ["serve", "--db", str(db_path), "--host", "0.0.0.0"])
    assert res.exit_code == 2 and "--public" in res.output


def test_serve_reports_a_missing_store(tmp_path):
    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.sqlite")])
    assert res.exit_code == 1 and "no such database" in res.output
