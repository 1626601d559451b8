"""Reading saved web pages and article records beside plain text (`summarise/find/sources.py`).

The pages and records here are invented, in the shapes news sites and scrapers produce; the
seed written as a record is built at run time from `seeds/`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.cli import main
from summarise.errors import InputError
from summarise.find.sources import (
    Article,
    collect_articles,
    load_corpus,
    read_articles,
    read_source,
    texts_on_disk,
)
from summarise.find.text import read_article, text_sha256
from summarise.output import output_paths
from summarise.schemas import Brief, Corpus
from tests.batchrunner import run_batch_file

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "001_c21b84e8ba4fc628.txt"
CASSETTE = ROOT / "cassettes" / "seeds.yaml"
#: The recording's model and mode at an endpoint nothing listens on (as test_batch_api).
NOWHERE = [
    "--base-url", "http://127.0.0.1:9/v1", "--model", "qwen2.5-coder-1.5b-instruct-q4_k_m",
    "--mode", "llamacpp",
]  # fmt: skip

HEADLINE = "Harbour bridge to close for repairs after cracks found"
BODY = [
    "The harbour bridge will close for six weeks from Monday after engineers found cracks in "
    "two of its steel supports, the city council said on Saturday.",
    "About 31,000 vehicles cross the bridge each day, and the council said drivers should "
    "expect delays of up to 45 minutes on the ring road while the work is carried out.",
    '"We cannot take any risk with the safety of people who use this crossing," said council '
    'leader Tom Ashby. "The repairs will cost around £2.4m and will be paid from the roads '
    'budget."',
    "Local businesses near the southern approach said they feared losing trade during the "
    "closure, which the council expects to end in late April.",
]
#: What a page carries around its article, none of which may reach the pipeline.
CLUTTER = [
    "The bridge carries about 40,000 vehicles on a busy weekday",  # a photo's caption
    "In pictures: the bridge through the years",  # a gallery's heading
    "Crowds gathered for the opening ceremony in 1974",  # gallery captions
    "Painters at work on the main span in 1998",
    "Related articles",
    "Ferry fares to rise by 8% in spring",  # related links
    "Council sets out £90m roads plan",
    "Sign up to our morning briefing",  # the newsletter box
    "delivered to your inbox every day at 7am",
    "Transport Correspondent",  # the byline line
    "All rights reserved",
    "Sport",  # the menu
]

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{HEADLINE} | The Coastal Ledger</title>
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="og:title" content="{HEADLINE}">
<meta property="og:url" content="https://www.coastal-ledger.example/news/harbour-bridge-repairs">
<meta name="author" content="Maria Fenwick; Owen Pryce">
<meta property="article:published_time" content="2021-03-14T08:30:00+00:00">
<meta name="description" content="Engineers found cracks in two supports.">
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>{HEADLINE}</h1>
<p class="byline">By <span class="author">Maria Fenwick</span>, Transport Correspondent</p>
<time datetime="2021-03-14T08:30:00+00:00">14 March 2021</time>
<figure>
<img src="/img/bridge.jpg" alt="The bridge at dusk">
<figcaption>The bridge carries about 40,000 vehicles on a busy weekday. Photo: Ledger Staff</figcaption>
</figure>
<p>{BODY[0]}</p>
<p>{BODY[1]}</p>
<p>{BODY[2]}</p>
<div class="photo-gallery">
<h3>In pictures: the bridge through the years</h3>
<figure><img src="/g1.jpg"><figcaption>Crowds gathered for the opening ceremony in 1974.</figcaption></figure>
<figure><img src="/g2.jpg"><figcaption>Painters at work on the main span in 1998.</figcaption></figure>
<figure><img src="/g3.jpg"><figcaption>Fireworks over the harbour on New Year's Eve.</figcaption></figure>
</div>
<p>{BODY[3]}</p>
</article>
<aside class="related">
<h2>Related articles</h2>
<ul>
<li><a href="/news/ferry-fares">Ferry fares to rise by 8% in spring</a></li>
<li><a href="/news/ring-road">Ring road roadworks delayed again</a></li>
<li><a href="/news/council-budget">Council sets out £90m roads plan</a></li>
</ul>
</aside>
<div class="newsletter">
<h2>Sign up to our morning briefing</h2>
<p>Get the biggest stories from the coast delivered to your inbox every day at 7am.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form>
</div>
</main>
<footer><p>© 2021 The Coastal Ledger. All rights reserved.</p></footer>
</body>
</html>
"""

#: A page with a menu, a gallery and links but no article.
NO_ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Galleries | The Coastal Ledger</title>
<meta property="og:site_name" content="The Coastal Ledger"></head>
<body><nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business today</a></li></ul></nav>
<div class="gallery"><figure><img src="a.jpg"><figcaption>Boats leave the harbour at first light.</figcaption></figure></div>
<footer>© The Coastal Ledger</footer></body></html>
"""

MILL_TEXT = (
    "\n\nThe paper mill on the river will cut 120 jobs by the end of the year, its owners said "
    "on Tuesday, blaming the rising cost of energy.\n\n"
    "The mill employs about 400 people and has made paper in the town since 1921. Union "
    'officials said they would ask for talks. "This is a hard day for the whole valley," said '
    "the union's regional organiser, Anna Weller.\n"
)


def record(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def cli(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def seed_record(folder: Path, name: str = "idlib.json", **metadata: object) -> Path:
    """The seed as a record: its first line the title, everything after that line break the
    text."""
    title, text = SEED.read_text(encoding="utf-8").split("\n", 1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(record(title=title, maintext=text, **metadata), encoding="utf-8")
    return path


SEED_METADATA = {
    "source_domain": "www.news.example",
    "date_publish": "2019-10-21 10:19:00",
    "url": "https://www.news.example/world/idlib-talks",
    "authors": ["Lena Hart", "Omar Said"],
    "description": "A standfirst, not part of the text.",
}


# --- web pages -------------------------------------------------------------------------


def test_a_saved_page_gives_its_headline_and_body_and_none_of_the_clutter(tmp_path: Path):
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    article = read_source(page)
    assert article.kind == "html"
    assert article.text.startswith(HEADLINE + "\n")
    assert article.text.count(HEADLINE) == 1  # the page's <h1> is not repeated under it
    for sentence in BODY:
        assert sentence in article.text
    for clutter in CLUTTER:
        assert clutter not in article.text, clutter
    assert article.title == HEADLINE
    assert article.outlet == "The Coastal Ledger"
    assert article.published == "2021-03-14T08:30:00"
    assert article.authors == ("Maria Fenwick", "Owen Pryce")
    assert article.url == "https://www.coastal-ledger.example/news/harbour-bridge-repairs"
    assert article.description == "Engineers found cracks in two supports."


def test_a_page_with_no_main_text_fails_alone_with_its_reason(tmp_path: Path):
    (tmp_path / "galleries.htm").write_text(NO_ARTICLE, encoding="utf-8")
    (tmp_path / "bridge.html").write_text(PAGE, encoding="utf-8")
    loaded = load_corpus([tmp_path])
    assert [type(x) for x in loaded] == [Article, InputError]  # sorted: bridge, galleries
    failure = loaded[1]
    assert isinstance(failure, InputError)
    assert failure.path == str(tmp_path / "galleries.htm")
    assert "is a web page with no main text" in failure.reason
    code, _, err = cli("brief", tmp_path / "galleries.htm")
    assert code == 3
    assert f"{tmp_path / 'galleries.htm'}: is a web page with no main text" in err


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a legacy charset the page declares is read as declared
        (PAGE.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"), "£2.4m"),
        # undeclared bytes that are not UTF-8 are refused, never guessed
        (PAGE.replace('<meta charset="utf-8">', "").encode("cp1252"), "is not UTF-8"),
        (PAGE.encode() + b"\x00", "looks binary"),
    ],
)
def test_a_page_is_read_in_the_charset_it_declares_or_refused(
    tmp_path: Path, page: bytes, expected: str
):
    path = tmp_path / "page.html"
    path.write_bytes(page)
    (found,) = read_articles(path)
    shown = found.text if isinstance(found, Article) else found.reason
    assert expected in shown


# --- article records -------------------------------------------------------------------


def test_a_record_gives_its_title_a_line_break_then_its_text_unchanged(tmp_path: Path):
    path = tmp_path / "mill.json"
    path.write_text(
        record(
            title="  Paper mill to cut 120 jobs  ",
            maintext=MILL_TEXT,
            date_publish="2023-05-09T14:05:00",
            source_domain="www.valley-times.example",
            url="https://www.valley-times.example/mill",
            authors=["Rhys Morgan"],
            description="Energy costs blamed.",
            language="en",
        ),
        encoding="utf-8",
    )
    article = read_source(path)
    assert article.text == "Paper mill to cut 120 jobs\n" + MILL_TEXT
    assert (article.kind, article.title) == ("record", "Paper mill to cut 120 jobs")
    assert article.outlet == "www.valley-times.example"
    assert article.published == "2023-05-09T14:05:00"
    assert article.url == "https://www.valley-times.example/mill"
    assert article.authors == ("Rhys Morgan",)
    assert article.description == "Energy costs blamed."


@pytest.mark.parametrize(
    ("fields", "outlet", "published", "notes"),
    [
        (
            {"publisher": "valleytimes", "date_publish": "2023-05-09 14:05:00"},
            "valleytimes",
            "2023-05-09T14:05:00",
            0,
        ),
        # a publisher's name before its domain
        ({"publisher": "valleytimes", "source_domain": "www.vt.example"}, "valleytimes", None, 0),
        # midnight with no offset is what scrapers write for a bare day
        ({"date_publish": "2023-05-09 00:00:00"}, None, "2023-05-09", 0),
        ({"date_publish": "2023-05-09"}, None, "2023-05-09", 0),
        ({"date_publish": "2023-05-09T14:05:00Z"}, None, "2023-05-09T14:05:00+00:00", 0),
        ({"date_publish": "2023-05-09T00:00:00+02:00"}, None, "2023-05-09T00:00:00+02:00", 0),
        ({"date_publish": "None"}, None, None, 0),  # a scraper's missing date, written out
        ({"date_publish": None}, None, None, 0),
        # a date that does not parse is set aside, with a note for the brief's warnings
        ({"date_publish": "last Tuesday"}, None, None, 1),
    ],
)
def test_record_metadata(tmp_path: Path, fields: dict, outlet, published, notes: int):
    path = tmp_path / "r.json"
    path.write_text(record(title="Mill cuts", text=MILL_TEXT, **fields), encoding="utf-8")
    article = read_source(path)
    assert (article.outlet, article.published, len(article.notes)) == (outlet, published, notes)


def test_a_record_with_no_title_is_its_text_alone(tmp_path: Path):
    path = tmp_path / "r.json"
    path.write_text(record(text=MILL_TEXT.strip()), encoding="utf-8")
    assert read_source(path).text == MILL_TEXT.strip()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (record(title="Mill cuts", maintext="  ", text=None), "is a record with no text"),
        (record(title="Mill cuts", maintext=None), "is a record with no text"),
        ("[" + record(title="Mill cuts", text=MILL_TEXT) + "]", "holds a JSON list"),
        ('"just a string"', "is not an article record"),
        ('{"title": "Mill cuts", "text": ', "is not a JSON article record"),
        (record(title="Mill cuts", text="Too short to brief."), "too short to be a news article"),
        (
            record(title="Corte", text="La fábrica de papel del río recortará 120 empleos " * 5),
            "does not read as English",
        ),
    ],
)
def test_a_record_that_cannot_be_briefed_says_why(tmp_path: Path, content: str, reason: str):
    path = tmp_path / "r.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert reason in caught.value.reason


def test_a_records_text_is_held_to_max_bytes_its_file_to_twenty_times(tmp_path: Path):
    path = tmp_path / "r.json"
    path.write_text(record(title="Mill cuts", text=MILL_TEXT), encoding="utf-8")
    with pytest.raises(InputError, match="over the limit of 100 bytes"):
        read_source(path, max_bytes=100)
    with pytest.raises(InputError, match=r"over the limit of 20 \(20 × --max-bytes"):
        read_source(path, max_bytes=1)


def test_a_jsonl_file_is_one_article_a_line_and_a_bad_line_fails_alone(tmp_path: Path):
    path = tmp_path / "week.jsonl"
    lines = [
        record(title="Mill cuts", text=MILL_TEXT, publisher="valleytimes"),
        record(title="No body here", url="https://www.vt.example/empty"),
        "",  # a blank line is no record
        record(title="Mill cuts, day two", text=MILL_TEXT + "More talks are planned.\n"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, bad, third = read_articles(path)
    assert isinstance(first, Article) and isinstance(third, Article)
    assert (str(first.source), first.outlet) == (f"{path}#1", "valleytimes")
    assert str(third.source) == f"{path}#4"  # named by its line in the file
    assert third.text.startswith("Mill cuts, day two\n")
    assert isinstance(bad, InputError)
    assert str(bad) == f"{path}#2: is a record with no text (no 'maintext' or 'text' holds any)"
    # their briefs are named for the lines, apart
    assert [p.name for p in output_paths([first.source, third.source], tmp_path, ".json")] == [
        "week-line1.json",
        "week-line4.json",
    ]


def test_an_empty_jsonl_file_fails_as_a_whole(tmp_path: Path):
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    (failure,) = read_articles(path)
    assert isinstance(failure, InputError) and "holds no records" in failure.reason


def test_a_folder_gives_text_pages_and_records(tmp_path: Path):
    for name in ("a.txt", "b.html", "c.htm", "d.json", "e.jsonl", "f.md", "g.csv", "h.xml"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in collect_articles([tmp_path])] == [
        "a.txt", "b.html", "c.htm", "d.json", "e.jsonl", "f.md",
    ]  # fmt: skip


# --- the seed as a record --------------------------------------------------------------


def test_a_seed_written_as_a_record_reads_as_the_seed_exactly(tmp_path: Path):
    article = read_source(seed_record(tmp_path, **SEED_METADATA))
    assert article.text == SEED.read_text(encoding="utf-8") == read_article(SEED)
    assert article.published == "2019-10-21T10:19:00"
    # and as a line of a .jsonl
    lines = tmp_path / "many.jsonl"
    lines.write_text((tmp_path / "idlib.json").read_text(encoding="utf-8") + "\n")
    (line,) = read_articles(lines)
    assert isinstance(line, Article) and line.text == article.text


def brief_of(out: Path, name: str) -> Brief:
    return Brief.model_validate_json((out / "briefs" / name).read_text(encoding="utf-8"))


METADATA_FIELDS = {"source", "outlet", "published", "url", "authors"}


def test_a_seed_record_is_briefed_as_the_seed_from_the_recording(tmp_path: Path):
    as_text, as_record = tmp_path / "text", tmp_path / "record"
    as_text.mkdir()
    (as_text / SEED.name).write_bytes(SEED.read_bytes())
    seed_record(as_record, **SEED_METADATA)
    briefs = {}
    for folder in (as_text, as_record):
        out = tmp_path / f"out-{folder.name}"
        # --replay answers only what the recording holds: a new request would fail the run
        code, _, err = cli("batch", folder, "--out", out, "--replay", CASSETTE, "--no-judge")
        assert code == 0, err
        assert "1 briefed, 0 reused, 0 failed" in err
        (briefs[folder.name],) = (brief_of(out, p.name) for p in (out / "briefs").iterdir())
    text, rec = briefs["text"], briefs["record"]
    assert rec.figures == text.figures and rec.figures
    assert rec.model_dump(exclude={"provenance"}) == text.model_dump(exclude={"provenance"})
    assert rec.provenance.model_dump(exclude=METADATA_FIELDS) == text.provenance.model_dump(
        exclude=METADATA_FIELDS
    )
    p = rec.provenance
    assert p.source == str(as_record / "idlib.json")
    assert (p.outlet, p.published, p.url, p.authors) == (
        "www.news.example",
        "2019-10-21T10:19:00",
        "https://www.news.example/world/idlib-talks",
        ["Lena Hart", "Omar Said"],
    )
    assert (text.provenance.outlet, text.provenance.authors) == (None, [])


def test_a_cached_brief_takes_the_metadata_of_the_article_read_now(tmp_path: Path, monkeypatch):
    folder, out = tmp_path / "in", tmp_path / "out"
    seed_record(folder, **SEED_METADATA)
    code, _, err = cli("batch", folder, "--out", out, "--replay", CASSETTE, "--no-judge")
    assert code == 0, err
    # the same text from another outlet, with an unreadable date: from the cache, no model
    seed_record(folder, publisher="otherpaper", date_publish="soon", url="https://o.example/1")
    monkeypatch.setenv("SUMMARISE_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("SUMMARISE_MODEL", "qwen2.5-coder-1.5b-instruct-q4_k_m")
    monkeypatch.setenv("SUMMARISE_MODE", "llamacpp")
    code, _, err = cli("batch", folder, "--out", out, "--no-judge")
    assert code == 0, err
    assert "0 briefed, 1 reused, 0 failed · 0 model calls" in err
    p = brief_of(out, "idlib.json").provenance
    assert (p.outlet, p.published, p.url, p.authors) == (
        "otherpaper",
        None,
        "https://o.example/1",
        [],
    )
    assert p.warnings[-1] == "publication date 'soon' is not an ISO 8601 date; not kept"
    cached = Brief.model_validate_json(next((out / "cache").glob("*.json")).read_text())
    assert cached.provenance.outlet is None  # the cache holds the text's brief alone


def test_two_records_of_one_text_each_keep_their_own_metadata(tmp_path: Path):
    folder, out = tmp_path / "in", tmp_path / "out"
    seed_record(folder, "a.json", **SEED_METADATA)
    seed_record(folder, "b.json", publisher="otherpaper", authors=["Ida Roy"])
    code, _, err = cli("batch", folder, "--out", out, "--replay", CASSETTE, "--no-judge")
    assert code == 0, err
    assert "1 briefed, 1 reused, 0 failed" in err  # one text: briefed once
    a, b = brief_of(out, "a.json").provenance, brief_of(out, "b.json").provenance
    assert (a.outlet, a.authors, a.published) == (
        "www.news.example",
        ["Lena Hart", "Omar Said"],
        "2019-10-21T10:19:00",
    )
    assert (b.outlet, b.authors, b.published) == ("otherpaper", ["Ida Roy"], None)


def test_batch_lists_a_bad_line_and_a_page_without_text_under_failed(tmp_path: Path):
    folder, out = tmp_path / "in", tmp_path / "out"
    seed_record(folder, **SEED_METADATA)
    (folder / "week.jsonl").write_text(
        record(title="No body here") + "\n" + "{not json\n", encoding="utf-8"
    )
    (folder / "galleries.html").write_text(NO_ARTICLE, encoding="utf-8")
    code, _, err = cli("batch", folder, "--out", out, "--replay", CASSETTE, "--no-judge")
    assert code == 1
    assert "1 briefed, 0 reused, 3 failed" in err
    corpus = Corpus.model_validate_json((out / "corpus.json").read_text(encoding="utf-8"))
    failed = {Path(f.source).name: f.error for f in corpus.failed}
    assert failed.keys() == {"galleries.html", "week.jsonl#1", "week.jsonl#2"}
    assert failed["week.jsonl#1"].startswith("is a record with no text")
    assert failed["week.jsonl#2"].startswith("is not a JSON article record")
    assert failed["galleries.html"].startswith("is a web page with no main text")


def test_brief_on_a_record_prints_its_provenance(tmp_path: Path):
    path = seed_record(tmp_path, **SEED_METADATA)
    code, out, err = cli("brief", path, "--replay", CASSETTE)
    assert code == 0, err
    p = json.loads(out)["provenance"]
    assert p["source"] == str(path)
    assert (p["outlet"], p["published"], p["url"], p["authors"]) == (
        "www.news.example",
        "2019-10-21T10:19:00",
        "https://www.news.example/world/idlib-talks",
        ["Lena Hart", "Omar Said"],
    )


def test_brief_on_a_jsonl_prints_a_line_a_brief_and_fails_a_bad_line_alone(tmp_path: Path):
    lines = tmp_path / "feed.jsonl"
    seed = seed_record(tmp_path, **SEED_METADATA).read_text(encoding="utf-8")
    lines.write_text(record(title="No body here") + "\n" + seed + "\n", encoding="utf-8")
    code, out, err = cli("brief", lines, "--replay", CASSETTE)
    assert code == 3  # the first failure's code: unreadable input
    assert f"{lines}#1: is a record with no text" in err
    (brief,) = [json.loads(x) for x in out.splitlines()]  # JSON Lines: one brief a line
    assert (brief["provenance"]["source"], brief["provenance"]["outlet"]) == (
        f"{lines}#2",
        "www.news.example",
    )


def test_records_go_through_the_batch_api_rounds(tmp_path: Path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    lines = folder / "feed.jsonl"
    seed_record(tmp_path, **SEED_METADATA)
    lines.write_text((tmp_path / "idlib.json").read_text(encoding="utf-8") + "\n")
    requests, results = tmp_path / "requests.jsonl", tmp_path / "results.jsonl"
    code, _, err = cli("batch", folder, "--out", out, "--export-requests", requests, *NOWHERE)
    assert code == 0, err
    sent = [json.loads(x) for x in requests.read_text(encoding="utf-8").splitlines()]
    assert sent and all(x["custom_id"].startswith("feed.jsonl#1#") for x in sent)
    assert run_batch_file(requests, results, [CASSETTE]) == len(sent)
    code, _, err = cli("batch", folder, "--out", out, "--import-results", results, *NOWHERE)
    assert code == 0, err
    assert "1 briefed" in err
    p = brief_of(out, "feed-line1.json").provenance
    assert (p.source, p.outlet) == (f"{lines}#1", "www.news.example")


def test_reconcile_finds_the_texts_of_pages_and_record_lines(tmp_path: Path):
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    lines = tmp_path / "week.jsonl"
    lines.write_text(record(title="x") + "\n" + record(title="Mill cuts", text=MILL_TEXT) + "\n")
    bridge, mill = read_source(page).text, "Mill cuts\n" + MILL_TEXT
    changed = tmp_path / "changed.json"
    changed.write_text(record(title="Mill cuts", text=MILL_TEXT), encoding="utf-8")
    found = texts_on_disk(
        [
            (str(page), text_sha256(bridge)),
            (f"{lines}#2", text_sha256(mill)),
            (f"{lines}#1", text_sha256("unreadable line")),
            (str(changed), text_sha256("what it said when it was briefed")),
            (str(tmp_path / "gone.txt"), text_sha256("gone")),
        ]
    )
    assert found == {str(page): bridge, f"{lines}#2": mill}


def test_the_seeds_as_records_give_the_same_flags_each_side_with_outlet_and_date(tmp_path: Path):
    """Issue 25: every seed written as a record (title, line break, text; an outlet and a
    date) replays from the seeds' recording to the flags of the text files, and corpus.json
    and the report name both sides' outlet and date."""
    folder = tmp_path / "records"
    folder.mkdir()
    for i, seed in enumerate(sorted((ROOT / "seeds").glob("*.txt"))):
        title, text = seed.read_text(encoding="utf-8").split("\n", 1)
        (folder / f"{seed.stem}.json").write_text(
            record(
                title=title,
                maintext=text,
                source_domain=f"outlet{i}.example",
                date_publish=f"2019-10-2{i} 09:00:00",
            ),
            encoding="utf-8",
        )
    out = tmp_path / "out"
    code, _, err = cli("batch", folder, "--out", out, "--replay", CASSETTE, "--no-judge")
    assert code == 0, err
    corpus = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    pairs = sorted(
        tuple(sorted((Path(c["source"]).stem, c["number"]) for c in f["claims"]))
        for f in corpus["conflicts"]
    )
    # the text files' flags (a measure may be labelled with a year the dates make earlier)
    assert pairs == [
        (
            ("000_5735a69cd88fe9d6", "nearly two million"),
            ("003_73afe5bdf0f6d93d", "about half of them"),
        ),
        (("001_c21b84e8ba4fc628", "More than 1,800"), ("004_9caa164edb51525a", "more than 1,800")),
        (("002_2de9e591a6f84857", "Tabriz"), ("003_73afe5bdf0f6d93d", "Tehran")),
    ]
    html = (out / "report.html").read_text(encoding="utf-8")
    for conflict in corpus["conflicts"]:
        for claim in conflict["claims"]:
            assert claim["outlet"].endswith(".example") and claim["article_date"], claim
            assert claim["outlet"] in html
