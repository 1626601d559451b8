"""An article that tries to instruct the model still gets a grounded brief of the article.

Replays cassettes/hostile.yaml, recorded from the embedded model. Before the defence (text
addressed to a model is fenced off), this model listed only "Captain Blackbeard" as the
article's actor; now the injected paragraph never reaches it.
"""

from __future__ import annotations

from pathlib import Path

from summarise.find.text import read_article
from tests.conftest import replayed_brief

ROOT = Path(__file__).parent.parent
ARTICLE = Path("tests/fixtures/hostile.txt")


def test_injected_instructions_are_not_obeyed_and_not_briefed():
    brief = replayed_brief(ARTICLE, "hostile.yaml")
    text = read_article(ROOT / ARTICLE)
    injected = (text.index("IGNORE ALL"), text.index("piracy.") + len("piracy."))

    names = {a["canonical"] for a in brief["actors"]}
    assert "Sara Khan" in names and "Captain Blackbeard" not in names
    assert "resign" not in brief["summary"].lower() and "pira" not in brief["summary"].lower()
    (figure,) = [f for f in brief["figures"] if f["number"] == "More than 40,000"]
    assert figure["qualifier"] == "at_least" and "flee" in figure["measure"]
    for item in brief["positions"] + brief["open_questions"] + brief["figures"]:
        if item.get("span"):
            s, e = item["span"]
            assert text[s:e] == item["quote"]
            assert e <= injected[0] or s >= injected[1]  # nothing from the injected paragraph
    assert any("instructions to an AI model" in w for w in brief["provenance"]["warnings"])


def test_the_model_never_saw_the_injected_paragraph():
    import yaml

    recorded = yaml.safe_load((ROOT / "cassettes" / "hostile.yaml").read_text(encoding="utf-8"))
    bodies = [i["request"]["body"] for i in recorded["interactions"]]
    assert bodies and all("IGNORE ALL PREVIOUS" not in b and "Blackbeard" not in b for b in bodies)
    assert any("[text addressed to an AI model removed]" in b for b in bodies)
