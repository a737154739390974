"""The API fuzzed from its own OpenAPI document (schemathesis): no 5xx, every response as
documented (status code, content type, body schema).  Examples are bounded so that the
whole run stays well under a minute."""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (content_type_conformance, not_a_server_error,
                                 response_schema_conformance, status_code_conformance)

from wiezeiwat.store import Store
from wiezeiwat.web import create_app
from test_store import rich_article, said
from test_web import hostile_article

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "news.sqlite"
    with Store(path) as db:
        db.ingest([rich_article(), hostile_article(), said("Frank de Jong", "De dijk houdt het.", id="f")])
    # analysing is on so that POST /api/analyze is fuzzed too; its rate limit is lifted here
    app = create_app(path, allow_analyze=True, analyze_per_minute=10_000)
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


# schemathesis' own pytest plugin does not run under pytest 9 yet: each operation is a
# plain hypothesis test over the strategy schemathesis derives from the document.
OPERATIONS = ["GET /api/articles", "GET /api/articles/{article_id}", "GET /api/quotes",
              "GET /api/speakers", "GET /api/speakers/{key}", "GET /api/claims",
              "GET /api/claims/{claim_id}", "POST /api/analyze"]


def operations(api_schema) -> dict:
    return {op.ok().label: op.ok() for op in api_schema.get_all_operations()}


def test_every_operation_is_fuzzed(api_schema):
    assert sorted(operations(api_schema)) == sorted(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_api_matches_its_openapi_document(api_schema, label):
    operation = operations(api_schema)[label]
    examples = 8 if label.startswith("POST") else 40  # each analysis runs the pipeline

    @given(case=operation.as_strategy())
    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def call(case):
        case.call_and_validate(checks=CHECKS)

    call()
