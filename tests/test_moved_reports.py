"""Reports that survive a move, and an article given twice taken once."""

from __future__ import annotations

import json
import logging
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.cli import main
from summarise.schemas import Corpus

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "001_c21b84e8ba4fc628.txt"
CASSETTE = ROOT / "cassettes" / "seeds.yaml"


def run(*args: object, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], input=stdin)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


class Links(HTMLParser):
    """Every in-page link of a report, every id it can land on, and the article texts shown."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.texts = 0
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "a" and (href := a.get("href") or "").startswith("#"):
            self.links.append(href[1:])
        if tag == "div" and a.get("class") == "article-text":
            self.texts += 1

    @property
    def dead(self) -> list[str]:
        return [link for link in self.links if link not in self.ids]


def report(out: Path) -> Links:
    return Links((out / "report.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_briefs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' briefs, made from the project root (their sources: seeds/...)."""
    out = tmp_path_factory.mktemp("batch")
    code, _, err = run("batch", "seeds", "--out", out, "--replay", CASSETTE, "--no-judge")
    assert code == 0, err
    assert all(
        json.loads(p.read_text())["provenance"]["source"].startswith("seeds/")
        for p in (out / "briefs").iterdir()
    )
    return out / "briefs"


def moved(seed_briefs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The briefs copied to another folder, and the working folder moved elsewhere."""
    copied = tmp_path / "copied"
    shutil.copytree(seed_briefs, copied)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return sorted(copied.glob("*.json"))


def test_briefs_moved_away_from_their_articles_make_a_report_with_no_dead_link(
    seed_briefs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    briefs = moved(seed_briefs, tmp_path, monkeypatch)
    code, _, err = run("reconcile", *briefs, "--out", tmp_path / "report", "--no-judge")
    assert code == 0, err  # the report is made: every brief is in it, only the texts are not
    assert err.count("was not found") == 1  # said once, for all five
    assert "the text of 5 of 5 articles was not found" in err and "--articles DIR" in err
    links = report(tmp_path / "report")
    assert links.texts == 0
    assert links.links and links.dead == []  # links to the flags' evidence go to the article
    assert {f"article-{n}" for n in range(1, 6)} <= links.ids


def test_articles_finds_the_texts_by_sha256_under_any_name(
    seed_briefs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    elsewhere_texts = tmp_path / "texts"
    elsewhere_texts.mkdir()
    for n, seed in enumerate(sorted(SEEDS.glob("*.txt"))):  # renamed, as on another machine
        shutil.copy(seed, elsewhere_texts / f"article-{n}.txt")
    (elsewhere_texts / "unrelated.txt").write_text(
        "Floods in Sindh\n\nMore than 40,000 people have fled flooding in Sindh province, "
        "officials said. Relief workers said the camps were full and more tents were coming.\n"
    )
    briefs = moved(seed_briefs, tmp_path, monkeypatch)
    out = tmp_path / "report"
    code, _, err = run(
        "reconcile", *briefs, "--out", out, "--no-judge", "--articles", elsewhere_texts
    )
    assert code == 0, err
    assert "not found" not in err
    links = report(out)
    assert links.texts == 5 and links.dead == []
    # each flag's evidence links into its article's text, at the sentence quoted
    corpus = Corpus.model_validate_json((out / "corpus.json").read_text(encoding="utf-8"))
    number = {a.source: n for n, a in enumerate(corpus.articles, 1)}
    for conflict in corpus.conflicts:
        for claim in conflict.claims:
            anchor = f"a{number[claim.source]}-{claim.span[0]}-{claim.span[1]}"
            assert anchor in links.links and anchor in links.ids
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Floods in Sindh" not in html  # only the briefs' articles


def test_briefs_beside_the_folder_batch_read_find_their_texts_from_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    project = tmp_path / "project"
    (project / "in").mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    for seed in seeds:
        shutil.copy(seed, project / "in" / seed.name)
    monkeypatch.chdir(project)
    code, _, err = run("batch", "in", "--out", "out", "--replay", CASSETTE, "--no-judge")
    assert code == 0, err
    monkeypatch.chdir(tmp_path)  # another folder: the briefs' sources ("in/...") miss here
    briefs = sorted((project / "out" / "briefs").glob("*.json"))
    code, _, err = run("reconcile", *briefs, "--out", tmp_path / "report", "--no-judge")
    assert code == 0, err
    assert "not found" not in err
    links = report(tmp_path / "report")
    assert links.texts == 2 and links.dead == []


def test_a_changed_text_is_not_taken_for_the_briefed_one(
    seed_briefs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    texts = tmp_path / "texts"
    texts.mkdir()
    changed = SEED.read_text(encoding="utf-8").replace("700,000", "800,000")
    (texts / SEED.name).write_text(changed, encoding="utf-8")
    briefs = moved(seed_briefs, tmp_path, monkeypatch)
    code, _, err = run(
        "reconcile", *briefs, "--out", tmp_path / "r", "--no-judge", "--articles", texts
    )
    assert code == 0, err
    assert "the text of 5 of 5 articles was not found" in err
    assert report(tmp_path / "r").texts == 0


def test_a_file_and_standard_input_with_one_text_are_one_article():
    code, out, err = run("brief", SEED, "-", "--replay", CASSETTE, stdin=SEED.read_text("utf-8"))
    assert code == 0, err
    brief = json.loads(out)  # one JSON object, not JSON Lines of two
    assert brief["provenance"]["source"] == str(SEED)
    assert err.count("the same article as") == 1
    assert f"-: the same article as {SEED}" in err


def test_reconcile_takes_a_brief_given_twice_once(
    seed_briefs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    briefs = moved(seed_briefs, tmp_path, monkeypatch)
    again = tmp_path / "again.json"
    shutil.copy(briefs[0], again)
    code, _, err = run(
        "reconcile", *briefs, briefs[0], again, "--out", tmp_path / "r", "--no-judge"
    )
    assert code == 0, err
    assert err.count("the same article as") == 2  # once for each extra copy
    corpus = Corpus.model_validate_json((tmp_path / "r" / "corpus.json").read_text("utf-8"))
    assert len(corpus.articles) == 5


def test_one_text_from_two_outlets_stays_two_articles(tmp_path: Path, caplog):
    """A wire story carried by two outlets: one text, two publications, two articles."""
    folder = tmp_path / "in"
    folder.mkdir()
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    for name, outlet in (("a.json", "First Paper"), ("b.json", "Second Paper")):
        record = {"title": title, "text": body, "publisher": outlet}
        (folder / name).write_text(json.dumps(record), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        code, _, err = run(
            "batch", folder, "--out", tmp_path / "out", "--replay", CASSETTE, "--no-judge"
        )
    assert code == 0, err
    assert "1 briefed, 1 reused" in err
    assert "the same article" not in caplog.text
