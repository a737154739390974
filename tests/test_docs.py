"""The README says what the code does: commands exist, documented fields are the real ones."""
import re

import pytest

from wiezeiwat import analyze
from wiezeiwat.cli import main

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


CODE = "\n".join(re.findall(r"```sh\n(.*?)```", README, re.S))


@pytest.mark.parametrize("command", sorted(set(re.findall(r"^wiezeiwat (\w+)", CODE, re.M))))
def test_every_command_in_the_readme_exists(command):
    assert command in main.commands


def _table_fields(heading: str) -> set[str]:
    block = next(b for b in README.split(heading, 1)[1].split("\n\n") if b.startswith("|"))
    fields = set()
    for row in block.splitlines()[2:]:
        fields.update(re.findall(r"`(\w+)`", row.split("|")[1]))
    return fields


def test_quote_fields_table_matches_the_output():
    q = analyze("Trump zei tegen CNN dat hij Poetin had gesproken.").quotes[0].to_dict()
    assert _table_fields("Quote fields:") == set(q)


def test_article_fields_table_matches_the_output():
    art = analyze("Trump zei dat hij Poetin had gesproken.", title="T").to_dict()
    assert _table_fields("## Output: one JSON object per article") == set(art)
