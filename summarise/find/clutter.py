"""Page clutter in plain-text input: what a scraper kept of the web page around an article.

A text file cut from a web page keeps the page's furniture: photo captions and credits,
galleries with their counters, video titles and player messages, related-article links,
share buttons and newsletter prompts, often run into the article's own sentences without a
full stop ("Image copyright Reuters Image caption Rescuers at the well Dozens of rescuers
are…"). This module marks them by the shape of the page, before sentences, actors and
statements are found: `find.text` cuts sentences at every mark and flags what is marked as
boilerplate, so nothing marked is parsed, named as an actor, counted as a figure or taken
into a statement. (A saved web page needs none of this: its extractor leaves the furniture
out.)

Each mark has a kind (caption, credit, gallery, video, link, share, newsletter, graphic,
heading) and the name of the rule that made it:

- **link line**: a paragraph that opens with "Read more", "Related", "See also", "Sign up",
  "Subscribe", "Click here", "Advertisement"… is the page's, whole;
- **credit line**, **gallery counter**: a paragraph that is only a picture credit ("Getty
  Images", "Photograph: Jane Doe/Reuters") or a counter ("3/29");
- **caption line**: a short paragraph with no full stop beside one of those, or pointing at
  its picture ("(left)", "pictured", "this picture");
- **headline repeated**: a paragraph that repeats the headline (the first line), or the
  headline where a paragraph opens with it;
- **page phrase**: the strings of the page's widgets (`data/page_phrases.tsv`: "Clip
  Unavailable", "Start slideshow", "Tap to share on Mastodon (Opens in new window)"…), and
  the title after those a title follows ("Media playback is not supported on this device
  Fans celebrate…");
- **credit**: a picture credit in brackets ("(Photo: Getty Images)", "(Getty)", "(Jane
  Doe/Reuters)", "(The Washington Post)"), but not a wire dateline ("LONDON (Reuters) -");
  after a label ("Image copyright AP"); a photographer over an outlet ("Jane Doe/The
  Valley Times"); an agency in capitals on its own, and the caption after it ("GETTY
  Rescuers search…");
- **caption label**: "Image caption", "Media caption", and, opening a clause, "Caption",
  "Watch:", "Video:", with what they label;
- **gallery counter**: "1 of 40", "3/29" (a count out of a total that recurs), an agency's
  credit with the gallery's size ("Getty Images 18"), and the caption after each;
- **caption before a credit**: words run into a credit without a full stop ("Fans
  celebrate in the street (Getty)"), back to the sentence before; and the sentence before
  a photographer's credit ("… on Monday. (Photo: Jane Doe, AP)"), not before an agency's
  alone (a page may have lost the picture's caption and kept its credit);
- **labelled captions**: two or more captions that open with a label and a colon, run
  together with no full stop between them ("Waving goodbye: Staff waved… On the move: The
  motorcade…");
- **link**: a headline in square brackets opening a clause ("[Why the vote matters]"), a
  headline run into "Read more", a block of related headlines after "Related stories", a
  sentence that opens with "Click here", and a link that says it opens a new window
  ("Tap to post on Bluesky (Opens in new window)");
- **dated teaser**: a headline with a weekday date run into the text ("Wed, November 30,
  2016"), the teaser of another article;
- **widget buttons**: a run of a widget's buttons, capitalised as buttons are ("Clip
  Loading Clip Unavailable Tap to watch", "Full Screen Autoplay Close"), or one beside
  another mark ("…/The Valley Times Buy Photo"); the widgets' messages that no shape tells
  from a sentence stay in `data/page_phrases.tsv`;
- **run-in captions**: captions run into the text with no label, credit or full stop
  (one outlet sets its photos' captions so): where a new sentence plainly begins inside
  words with no full stop before it ("…at dawn She was seen…", "…at dawn The crowd…",
  "…at dawn 'I never…"), the words back to the last full stop are the page's; where a
  name and its verb begin it ("…at dawn Jo Doe waved…"), only if those words or the name
  point at a picture ("(left)", "pictured", "this picture"); after such a caption, words
  whose subject has its place in a picture ("BBC presenter Jo Doe (left) posted…"), or
  that open as a caption before them pointing at its picture does (a picture series: a
  role, a name, a verb), are captions too; and where two names the page uses apart run
  together, the second with its verb ("…met at City Hall Doe says…"), a caption ends
  between them. A quotation opened again while open was left open at its paragraph's end
  (news opens each paragraph of a quotation again): what stands between is not quoted. A
  fact box's list and a timeline are the article's;
- **caption label**, run in: "Above", "Below" before a name, and a note on a
  video before the video's credit ("Editor's note: A previous version of this video…").

Where a caption, title or link runs into the article without a full stop, it ends
(`_Page._caption_end`) at the first place a new sentence plainly starts: a capitalised word
that opens sentences ("He", "The", "But", "Mr": `data/clutter_words.tsv`), a capitalised
quotation, or a run of words in capitals, after a word a clause can end on (not "the",
"with", "husband"…); else at the next mark, if no full stop comes first; else at a
capitalised word after a lower-case one if a verb soon follows ("…a dry well Dozens of
rescuers are…"); else at its own full stop. Never inside a quotation.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from summarise.find import lexicon
from summarise.find.names import is_nationality

#: Paragraphs that belong to the web page around the article, not to the article.
LINK_LINE = re.compile(
    r"""^\s*(?:\d*\s*)?(?:
        more\s+news\b | read\s+more\b | related\b | see\s+also\b | advertisement\b |
        previous\s+article | next\s+article | share\s+this\b | click\s+here\b |
        sign\s+up\b | subscribe\b | follow\s+us\b | adjust\s+comment\s+print\b |
        quantcast\b | photo\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: The longest caption, link title or teaser run into the text, in words; past it the
#: rules stop looking for its end and mark nothing.
MAX_CAPTION_WORDS = 60
#: The longest block of related-article headlines, in words.
MAX_RELATED_WORDS = 400


@dataclass(frozen=True)
class Clutter:
    """One span of page clutter (article offsets), what it is and the rule that found it."""

    start: int
    end: int
    kind: str
    rule: str


def page_clutter(text: str) -> list[Clutter]:
    """The page clutter of a plain-text article, in text order, not overlapping. Of the
    first line (the headline) only a link line is."""
    page = _Page(text)
    lines = text.split("\n")
    found: list[list[tuple[int, int, str, str]]] = []
    for n, line in enumerate(lines):
        if n == 0:
            found.append([(0, len(line), "link", "link line")] if LINK_LINE.match(line) else [])
        else:
            found.append(page.line_clutter(line) if line.strip() else [])
    _caption_lines(lines, found)
    out: list[Clutter] = []
    at = 0
    for line, marks in zip(lines, found, strict=True):
        out += [Clutter(at + a, at + b, k, r) for a, b, k, r in marks]
        at += len(line) + 1
    return out


def _caption_lines(lines: list[str], found: list[list[tuple[int, int, str, str]]]) -> None:
    """Mark, in `found`, the captions of a gallery or picture set out a line each: a short
    paragraph with no full stop next to a paragraph that is only a credit or a counter
    ("Rescuers search the rubble" over "Photograph: Jane Doe/AP", "3/12"), or pointing at
    its picture ("Jo Doe (left) at the reopened bridge")."""
    anchors = {
        n
        for n, marks in enumerate(found)
        if len(marks) == 1
        and marks[0][1] - marks[0][0] >= len(lines[n].strip())
        and marks[0][2] in ("credit", "gallery")
    }
    written = [n for n, line in enumerate(lines) if line.strip()]
    for i, n in enumerate(written):
        if n == 0 or found[n]:
            continue
        neighbours = written[max(0, i - 1) : i] + written[i + 1 : i + 2]
        line = lines[n]
        words = line.split()
        if (
            (any(m in anchors for m in neighbours) or _points_at_picture(line))
            and len(words) <= MAX_CAPTION_WORDS // 2
            and not _ends_sentence(words[-1])
            and not re.search(r"[\"“”]", line)
        ):
            begin = len(line) - len(line.lstrip())
            found[n] = [(begin, len(line.rstrip()), "caption", "caption line")]


def link_lines(text: str) -> list[Clutter]:
    """Only the paragraphs that are links as a whole (the first rule alone): what was marked
    before the other rules, for measuring them (`bench/clutter.py`)."""
    out, at = [], 0
    for line in text.split("\n"):
        if LINK_LINE.match(line):
            out.append(Clutter(at, at + len(line), "link", "link line"))
        at += len(line) + 1
    return out


# ----------------------------------------------------------------------------- words
@cache
def _words(kind: str) -> frozenset[str]:
    return lexicon.words("clutter_words", kind)


#: A word's folded form (`lexicon.fold`), kept: the rules fold every word of a page.
_fold = lru_cache(maxsize=16384)(lexicon.fold)


_AGENCIES = "(?i:" + lexicon.pattern("agencies") + ")"  # photo and wire agencies (data)
_PRESS = "(?i:" + lexicon.pattern("press") + ")"  # outlets (data/press.tsv)
_TOKEN = re.compile(r"\S+")
#: A word as the rules compare it: its letters, without the punctuation around it.
_BARE = re.compile(r"^[\"“”‘’'(\[]*(.*?)[\"“”‘’')\],.;:!?…]*$")
#: A token that ends a sentence: a full stop, "!" or "?" (closing marks after it allowed),
#: not an abbreviation ("Nov.", "Mr.", "D.C.", "K.") and not an ellipsis.
_ENDS_SENTENCE = re.compile(r"[^.][.!?][\"”’')\]]*$")
_INITIALS = re.compile(r"^[\"“(]*(?:(?:[A-Za-z]\.)+[A-Za-z]?|[A-Z])\.$")  # "D.C.", "K."
_OPENING_QUOTE = re.compile(r"^[\"“‘'][A-Z]")


def _bare(token: str) -> str:
    m = _BARE.match(token)
    return m.group(1) if m else token


def _ends_sentence(token: str) -> bool:
    if token == ".":
        return True  # ". . .": a sentence trailing off
    if not _ENDS_SENTENCE.search(token) or _INITIALS.match(token):
        return False
    return not (token.endswith(".") and _bare(token).lower() in _words("abbrev"))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


# ----------------------------------------------------------------------------- patterns
def _phrase_pattern(phrase: str) -> str:
    parts = []
    for w in phrase.split():
        if w == "#":
            parts.append(r"\d+")
        elif w == "*":
            parts.append(r"\S+")
        else:
            parts.append(re.escape(w))
    body = r"\s+".join(parts)
    lead = r"(?<![\w])" if phrase[:1].isalnum() or phrase[:1] == "#" else ""
    tail = r"(?![\w])" if phrase[-1:].isalnum() else ""
    return lead + body + tail


@cache
def _page_phrases() -> list[tuple[re.Pattern[str], str, bool]]:
    """Each widget string as (pattern, kind, whether a title or caption follows it)."""
    rows = sorted(lexicon.rows("page_phrases"), key=lambda r: -len(r[0]))
    return [(re.compile(_phrase_pattern(r[0]), re.IGNORECASE), r[1], r[2] == "title") for r in rows]


#: A credit in brackets: a label ("(Photo: …)"), an agency, a photographer over an outlet
#: or agency ("(Jane Doe/Reuters)", "(Paulo Whitaker/Pool via AP)"), or an outlet alone
#: ("(The Washington Post)"); at most eight words.
_BRACKET_CREDIT = re.compile(
    rf"""\(\s*(?:
        (?:Photo|Picture|Image|Photograph|Credit|Video)s?\s*:\s*[^()]{{1,80}}? |
        (?:(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’.-]*\s*/\s*)?(?:[\w .'’-]+\s+via\s+)?
            (?:{_AGENCIES}|(?:The\s+)?(?:{_PRESS}))(?:\s*/\s*(?:{_AGENCIES}))? |
        [A-Z][\w'’.-]*(?:[\s,]+[A-Z][\w'’.-]*){{0,8}}\s*/\s*(?:The\s+)?[A-Z][\w'’.& -]{{1,40}}
    )\s*\)""",
    re.VERBOSE,
)
#: A photographer's credit with the agency ("(Photo: Jane Doe, AP)"): a photo's, so the
#: sentence before it is the photo's caption (a credit with an agency alone may stand under
#: a picture whose caption the scraper lost).
_PHOTOGRAPHER_CREDIT = re.compile(
    r"\((?:Photo|Picture)\s*:\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*[,-]\s*[^()]+\)"
)
#: After a credit in brackets, a dash: a wire dateline ("LONDON (Reuters) - The…"), not a
#: credit.
_DATELINE_AFTER = re.compile(r"^\s*(?:-|–|—|--)")
#: A credit after its label, up to the end of the name (a capitalised run, an agency after
#: a slash).
_LABELLED_CREDIT = re.compile(
    r"(?<![\w(])(?:Image\s+copyright|Photograph\s*:|Photo\s*:|Picture\s*:|Credit\s*:|"
    r"Pictures?\s+by|Photos?\s+by)\s+"
)
#: A photographer over an outlet or agency, outside brackets: "Jane Doe/The Washington
#: Post", "Jane Doe/AP", "Jane Doe/The Valley Times" (a name, a slash, a name).
_SLASH_CREDIT = re.compile(
    rf"(?<![\w/.])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}/"
    rf"(?:(?:The\s+)?(?:{_PRESS})|{_AGENCIES}|(?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"
    rf"(?![\w])"
)
#: An agency in capitals standing alone before a capitalised word: a credit ("GETTY Fans
#: wait…", "GETTY*EPA Donald Trump…").
_CAPS_CREDIT = re.compile(
    rf"(?<![\w(/:*])(?:{_AGENCIES})(?:\*(?:{_AGENCIES}))?(?=\s+[\"“‘']?[A-Z])"
)
#: A count out of a total: "1 of 40", "3/29".
_OF_COUNTER = re.compile(r"(?<![\w,.])(\d{1,3})\s+of\s+(\d{1,3})(?![\w,.])")
_SLASH_COUNTER = re.compile(r"(?<![\w/.,])(\d{1,3})/(\d{1,3})(?![\w/])")
#: An agency's credit and the size of its gallery: "Getty Images 18", "AP:Associated
#: Press 9", "EPA 18".
_AGENCY_COUNT = re.compile(
    rf"(?<![\w])(?:[A-Z]+:)?(?:{_AGENCIES})\s+(\d{{1,3}})(?=\s+[\"“‘']?[A-Z])"
)
#: Labels a caption or a video title follows.
_CAPTION_LABEL = re.compile(
    r"(?<![\w])(?:(?P<kind>Image|Media)\s+caption|(?P<video>Watch|WATCH|Video|VIDEO)\s*:|"
    r"Caption)(?=\s+\S)"
)
#: A word that points at the picture opening its caption, run into the text or not:
#: "…the bridge was rebuilt Above Jo Doe cuts the ribbon…", "Below then-Mayor Doe…"
#: ("Above all" is no caption: a name follows).
_POINTER_LABEL = re.compile(r"(?<![\w'’-])(?:Above|Below)(?=\s+(?:[A-Z]|[a-z]+-[A-Z]))")
#: A paragraph that is only a picture credit: "Getty Images", "AFP/Getty Images",
#: "Photograph: Jane Doe/Reuters", "Jane Doe/AP", "(Photo: Reuters)".
_CREDIT_LINE = re.compile(
    rf"""\(?\s*(?:
        (?:Photo|Picture|Image|Photograph|Credit)s?\s*:\s*[^()]{{1,80}} |
        (?:Photo|Picture)s?\s+by\s+(?:[A-Z][\w'’.-]+\s*){{1,4}}(?:/\s*\S+)? |
        (?:{_AGENCIES})(?:\s*[/*]\s*(?:{_AGENCIES}))* |
        (?:[A-Z][\w'’.-]+\s+){{1,3}}[A-Z][\w'’.-]+\s*/\s*(?:{_AGENCIES}|(?:The\s+)?{_PRESS}) |
        (?:{_AGENCIES})\s*/\s*(?:[A-Z][\w'’.-]+\s*){{2,4}}
    )\s*\)?""",
    re.VERBOSE,
)
#: A paragraph that is only a gallery counter: "3/29", "3 of 29".
_COUNTER_LINE = re.compile(r"\d{1,3}\s*(?:/|of)\s*\d{1,3}")
#: A caption's label: a few words, the first capitalised, or a quotation (an apostrophe
#: inside a word allowed: "'I'm lost'"), and a colon, before a capitalised word ("Waving
#: goodbye: Staff…", "'Worst day': Rapper…").
_LABEL = re.compile(
    r"(?<![\w'’])(?P<label>['‘](?:[^'’:]|(?<=\w)['’](?=\w)){2,60}['’]|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4})"
    r"\s*:\s+(?=['‘\"“]?[A-Z])"
)
#: A date and a colon: the label of a timeline's entry ("March 3, 2019: The council…").
_DATE_LABEL = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},\s+\d{4}:"
)
_BRACKET_LINK = re.compile(r"\[(?P<words>[^\[\]]{10,200})\]")
#: A sentence that sends the reader elsewhere: "Click here for our guide to…".
_CLICK_HERE = re.compile(r"(?<![\w])(?:Click|Tap)\s+here\b")
_READ_MORE = re.compile(r"(?<![\w])Read more(?![\w])")
_RELATED = re.compile(
    r"(?<![\w])(?:Related|RELATED|related)\s+(?:stories|Stories|STORIES|articles|Articles)\b"
)
_WEEKDAY_DATE = re.compile(
    r"(?<![\w])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}(?![\w])"
)


# ----------------------------------------------------------------------------- the page
class _Page:
    """What the rules know of the whole page: its headline."""

    def __init__(self, text: str) -> None:
        self.headline = next((x.strip() for x in text.split("\n") if x.strip()), "")
        self.text = text

    @cached_property
    def names(self) -> Counter[tuple[str, ...]]:
        """The page's runs of capitalised words (names, places, titles), each as its folded
        words, counted: what the page names, and how."""
        tokens = list(_TOKEN.finditer(self.text))
        return Counter(_run_words(tokens, a, b + 1) for a, b in _name_runs(tokens))

    # ------------------------------------------------------------------ one line
    def line_clutter(self, line: str) -> list[tuple[int, int, str, str]]:
        """The clutter of one paragraph, as (start, end, kind, rule) in line offsets."""
        if LINK_LINE.match(line):
            return [(0, len(line), "link", "link line")]
        body = line.strip()
        begin = len(line) - len(line.lstrip())
        if _CREDIT_LINE.fullmatch(body):
            return [(begin, begin + len(body), "credit", "credit line")]
        if _COUNTER_LINE.fullmatch(body):
            return [(begin, begin + len(body), "gallery", "gallery counter")]
        marks: list[tuple[int, int, str, str]] = []
        head = self._headline_repeat(line)
        if head:
            if head == len(line.rstrip()):
                return [(0, len(line), "heading", "headline repeated")]
            marks.append((0, head, "heading", "headline repeated"))
        marks += self._fixed(line)
        marks += self._captions(line, marks)
        marks += self._labelled(line, marks)
        marks += self._links(line, marks)
        marks += self._run_in(line, marks)
        return [(a, b, k, r.removesuffix(", titled")) for a, b, k, r in _merge(line, marks)]

    def _headline_repeat(self, line: str) -> int:
        """The end of the headline where the paragraph repeats it, else 0."""
        h = self.headline
        body = line.lstrip()
        if len(h.split()) < 4 or not body.startswith(h):
            return 0
        after = body[len(h) :]
        if after and not after[0].isspace():
            return 0
        return len(line) - len(body) + len(h)

    def _fixed(self, line: str) -> list[tuple[int, int, str, str]]:
        """Marks whose extent their own words give: widget strings, credits, counters."""
        out: list[tuple[int, int, str, str]] = []
        for pattern, kind, titled in _page_phrases():
            rule = "page phrase, titled" if titled else "page phrase"
            out += [(m.start(), m.end(), kind, rule) for m in pattern.finditer(line)]
        for m in _BRACKET_CREDIT.finditer(line):
            if not _DATELINE_AFTER.match(line[m.end() :]):
                out.append((m.start(), m.end(), "credit", "credit"))
        for m in _LABELLED_CREDIT.finditer(line):
            out.append((m.start(), _name_end(line, m.end()), "credit", "credit"))
        out += [(m.start(), m.end(), "credit", "credit") for m in _SLASH_CREDIT.finditer(line)]
        for m in _CAPS_CREDIT.finditer(line):
            if m.group().isupper() and _clause_starts(line, m.start()):
                out.append((m.start(), m.end(), "credit", "credit"))
        out += _new_window_links(line, out)
        out += _widget_buttons(line, out)
        return out

    def _captions(
        self, line: str, fixed: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Captions, galleries and video titles: each opens at a label, a counter or a
        credit, and runs to its end (`_caption_end`); and captions run into a credit."""
        openers: list[tuple[int, int, str, str]] = []  # (start, caption start, kind, rule)
        for m in _CAPTION_LABEL.finditer(line):
            if not m.group("kind") and not _clause_starts(line, m.start()):
                continue  # "Caption", "Watch:", "Video:" open a clause
            kind = "video" if m.group("video") or m.group("kind") == "Media" else "caption"
            openers.append((m.start(), m.end(), kind, "caption label"))
        for m in _POINTER_LABEL.finditer(line):
            before = line[: m.start()].split()
            last = _bare(before[-1]) if before else ""
            if (
                not before
                or _clause_starts(line, m.start())
                or (last[-1:].islower() and _fold(last) not in _words("joins"))
            ):
                openers.append((m.start(), m.end(), "caption", "caption label"))
        totals = [int(m.group(2)) for m in _SLASH_COUNTER.finditer(line)]
        for m in _SLASH_COUNTER.finditer(line):
            a, b = int(m.group(1)), int(m.group(2))
            if 0 < a <= b and b >= 3 and totals.count(b) >= 2:
                openers.append((m.start(), m.end(), "gallery", "gallery counter"))
        for m in _OF_COUNTER.finditer(line):
            a, b = int(m.group(1)), int(m.group(2))
            after = line[m.end() :]
            if (
                0 < a <= b
                and b >= 2
                and re.match(r"\s+(?:[A-Z(\"“]|Full\s+Screen)", after)
                and (_clause_starts(line, m.start()) or _after_mark(line, m.start(), fixed))
            ):
                openers.append((m.start(), m.end(), "gallery", "gallery counter"))
        sizes = {m.group(1) for m in _AGENCY_COUNT.finditer(line)}
        for m in _AGENCY_COUNT.finditer(line):
            openers.append((_credit_start(line, m.start()), m.end(), "gallery", "gallery counter"))
        for size in sizes:  # the same size after another credit ("The White House 18")
            for m in re.finditer(rf"(?<=[A-Za-z]) {size}(?=\s+[\"“‘']?[A-Z])", line):
                if not any(a <= m.start() < b for a, b, _, _ in openers):
                    openers.append(
                        (_credit_start(line, m.start()), m.end(), "gallery", "gallery counter")
                    )
        for a, b, kind, rule in fixed:
            caps = _CAPS_CREDIT.match(line, a)
            if rule == "credit" and caps is not None and caps.end() == b:
                openers.append((a, b, "caption", "credit"))  # "GETTY Fans wait…"
            elif rule == "page phrase, titled":
                openers.append((a, b, kind, "page phrase"))  # a video's or gallery's title
        out: list[tuple[int, int, str, str]] = []
        starts = sorted({a for a, _, _, _ in fixed} | {a for a, _, _, _ in openers})
        for a, b, kind, rule in openers:
            nxt = next((s for s in starts if s >= b), len(line))
            end = self._caption_end(line, b, nxt, quoting=rule == "caption label")
            out.append((a, max(b, end), kind, rule))
        # words run into a credit without a full stop: the credit's caption; a sentence
        # before a photographer's credit ("(Photo: Jane Doe, AP)"): its caption
        for a, b, kind, _ in fixed:
            if kind != "credit" or _LABELLED_CREDIT.match(line, a):
                continue  # a labelled credit opens its caption, it does not close one
            begin = self._caption_start(line, a, [*fixed, *out])
            if begin == a and (
                _PHOTOGRAPHER_CREDIT.match(line[a:b]) or ("/" in line[a:b] and _named(line[a:b]))
            ):
                begin = _sentence_before(line, a, [*fixed, *out])
                if begin < a:
                    begin = _note_before(line, begin, [*fixed, *out])
            if begin < a:
                out.append((begin, a, "caption", "caption before a credit"))
        return out

    def _labelled(
        self, line: str, marks: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Captions that each open with a label and a colon, run together with no full stop
        between them ("Waving goodbye: Staff waved… On the move: The motorcade…"): two or
        more in a row are a gallery's captions, up to the end of the last one."""
        labels = [
            m
            for m in _LABEL.finditer(line)
            if not _says(m.group("label")) and not _after_join(line, m.start())
        ]
        out: list[tuple[int, int, str, str]] = []
        run: list[re.Match[str]] = []
        for m in [*labels, None]:
            if m is not None and run and not _full_stop_between(line, run[-1].end(), m.start()):
                run.append(m)
                continue
            if len(run) >= 2:
                starts = [a for a, _, _, _ in marks if a >= run[-1].end()]
                stop = min(starts, default=len(line))
                end = self._caption_end(line, run[-1].end(), stop, quoting=True)
                out.append(
                    (run[0].start(), max(end, run[-1].end()), "caption", "labelled captions")
                )
            run = [m] if m is not None else []
        return out

    def _links(
        self, line: str, marks: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Links to other articles: bracketed headlines, headlines run into "Read more",
        related blocks, dated teasers."""
        out: list[tuple[int, int, str, str]] = []
        for m in _BRACKET_LINK.finditer(line):
            words = m.group("words").split()
            after = line[m.end() :].lstrip()
            if (
                len(words) >= 3
                and _clause_starts(line, m.start())
                and (not after or after[0].isupper() or after[0] in "\"“‘'")
            ):
                out.append((m.start(), m.end(), "link", "link"))
        for m in _CLICK_HERE.finditer(line):
            if _clause_starts(line, m.start()):
                tokens = list(_TOKEN.finditer(line, m.start()))[: MAX_CAPTION_WORDS // 2]
                end = next((t.end() for t in tokens if _ends_sentence(t.group())), None)
                if end is not None:
                    out.append((m.start(), end, "link", "link"))
        for m in _READ_MORE.finditer(line):
            begin = self._caption_start(line, m.start(), marks, allow_quotes=True)
            out.append((begin, m.end(), "link", "link"))
        for m in _RELATED.finditer(line):
            out.append((m.start(), self._related_end(line, m.end()), "link", "link"))
        starts = sorted(a for a, _, _, _ in marks)
        for m in _WEEKDAY_DATE.finditer(line):
            begin = self._caption_start(line, m.start(), marks)
            end = self._caption_end(
                line, m.end(), next((a for a in starts if a >= m.end()), len(line))
            )
            out.append((begin, end, "link", "dated teaser"))
        return out

    # ------------------------------------------------------------------ caption ends
    def _cuts(self, line: str, start: int, stop: int) -> list[tuple[int, bool]]:
        """Places in line[start:stop] where a new sentence may start, after text with no
        full stop, as (offset, strong): strong where the next word opens sentences. Never
        inside a quotation."""
        tokens = list(_TOKEN.finditer(line, start, stop))
        quoted = _quoted(line, start, stop)
        out: list[tuple[int, bool]] = []
        for prev, nxt in itertools.pairwise(tokens):
            if _inside(nxt.start(), quoted):
                continue
            p, n = prev.group(), nxt.group()
            word = _bare(n)
            prev_word = _bare(p).lower()
            if not word or prev_word in _words("joins") or p.endswith((",", ";", ":", "-")):
                continue
            if _DATE_LABEL.match(line, nxt.start()):
                out.append((nxt.start(), True))  # "…in Leeds March 3, 2019: The council…"
            elif _OPENING_QUOTE.match(n) and p[-1:] not in "\"“”'’":
                out.append((nxt.start(), True))
            elif word.isupper() and len(word) > 1:
                if not _bare(p).isupper() and _caps_run(tokens, nxt):
                    out.append((nxt.start(), True))  # "…Grand Prix DRIVER OF THE DAY: …"
                elif _bare(p)[-1:].islower():
                    out.append((nxt.start(), False))  # "…always so US President-elect…"
            elif not _capitalised(word):
                continue
            elif word.lower() in _words("opens"):
                out.append((nxt.start(), True))
            elif _capitalised(_bare(p)):
                continue  # "White House", "Mike Pence": inside a name
            else:
                # a capitalised word after a lower-case one: a name ("famous World
                # Series", "the boy Zhao") or a sentence's first word ("dry well Dozens")
                out.append((nxt.start(), False))
        return out

    def _caption_end(self, line: str, start: int, stop: int, quoting: bool = False) -> int:
        """Where a caption, title or teaser that starts at `start` ends: at the first place
        a new sentence plainly starts; else at `stop` (the next mark) if no full stop comes
        first; else at the first capitalised word after a lower-case one that a verb
        follows, or at its full stop. `start` (nothing marked) where no end is in reach."""
        tokens = list(_TOKEN.finditer(line, start, stop))[: MAX_CAPTION_WORDS + 1]
        if not tokens or (not quoting and _OPENING_QUOTE.match(tokens[0].group())):
            return start  # a quotation of the article's after a video's widgets
        quoted = _quoted(line, start, stop)
        full_stop = next(
            (
                t.end()
                for t in tokens
                if _ends_sentence(t.group()) and not _inside(t.end() - 1, quoted)
            ),
            None,
        )
        reach = full_stop or (stop if len(tokens) <= MAX_CAPTION_WORDS else tokens[-1].start())
        cuts = [c for c in self._cuts(line, start, reach) if c[0] > tokens[0].start()]
        strong = [c for c, s in cuts if s]
        if strong:
            return _before_space(line, strong[0])
        if full_stop is None and reach == stop:
            return stop
        # a capitalised word after a lower-case one ends a caption only if a sentence
        # follows: a verb soon after it ("…dry well Dozens of rescuers are…")
        weak = [c for c, s in cuts if not s and _has_verb(line[c:], full_stop)]
        if weak:
            return _before_space(line, weak[0])
        return full_stop or start

    def _caption_start(
        self,
        line: str,
        end: int,
        marks: list[tuple[int, int, str, str]],
        allow_quotes: bool = False,
    ) -> int:
        """Where a caption or link title run into `end` (a credit, "Read more") without a
        full stop starts: after the sentence, mark or new-sentence place before it; `end`
        itself where the words before it end a sentence."""
        before = line[:end].rstrip()
        if not before or _ends_sentence(before.split()[-1]) or before[-1] in '"”’)]':
            return end
        floor = max([b for a, b, _, _ in marks if b <= end] + [0])
        tokens = list(_TOKEN.finditer(line, floor, end))
        begin = floor
        for t in reversed(tokens[:-1]):
            if _ends_sentence(t.group()) or (not allow_quotes and t.group()[-1] in '"”'):
                begin = t.end()
                break
        if len(line[begin:end].split()) > MAX_CAPTION_WORDS:
            return end
        strong = [c for c, s in self._cuts(line, begin, end) if s]
        if strong:
            begin = strong[-1]
        while begin < end and line[begin].isspace():
            begin += 1
        return begin

    # ------------------------------------------------------------------ run-in captions
    def _run_in(
        self, line: str, marks: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Captions run into the text with no label, credit or full stop: the article's own
        sentences end in a full stop, so where a new sentence plainly begins inside words
        with no full stop before it (`_run_in_point`), the words back to the last full stop
        or mark are the page's ("Fans queue outside the stadium at dawn She was seen…":
        "Fans queue … at dawn" is a caption). A plain beginning counts alone; a name and its
        verb after a lower-case word ("…waves to the crowd Jo Doe and Al Roe met…") only
        where the words around it point at a picture ("(left)", "pictured", "posted this
        picture"), as a relative clause or a role before a name reads the same way. A list
        (a fact box set out with dashes, a timeline's dated entries) is the article's."""
        spans = sorted((a, b, kind) for a, b, kind, _ in marks)
        quoted = _quoted(line, 0, len(line))
        tokens = list(_TOKEN.finditer(line))
        out: list[tuple[int, int, str, str]] = []
        stretch: list[int] = []  # token indexes since the last full stop or mark
        cuts: list[tuple[int, str]] = []  # (position in stretch of the word before, how)

        def close(next_mark: str | None) -> None:
            if not stretch:
                return
            last = tokens[stretch[-1]]
            if next_mark in ("caption", "video", "gallery") and _may_end_clause(last.group()):
                cuts.append((len(stretch) - 1, "name"))  # words run into a caption's label
            begin = tokens[stretch[0]].start()
            usable = []
            for n, (at, how) in enumerate(cuts):
                # a name and its verb begin a sentence where the words before them (since
                # the last place one began) or the name itself point at a picture
                since = tokens[stretch[cuts[n - 1][0]]].end() if n else begin
                words = line[since : tokens[stretch[at]].end()]
                if how in ("plain", "pictured") or _points_at_picture(words):
                    usable.append(at)
            if usable:
                usable += _captions_after(line, tokens, stretch, cuts, quoting)
                end = tokens[stretch[max(usable)]].end()
                items = _BULLET.findall(line[begin:end]) + _DATE_LABEL.findall(line[begin:end])
                if len(items) < 2:
                    out.append((begin, end, "caption", "run-in captions"))
            stretch.clear()
            cuts.clear()

        marked = [next((kind for a, b, kind in spans if a <= t.start() < b), None) for t in tokens]
        quoting = _single_quotes(tokens, marked)
        runs = _name_runs(tokens)
        for i, t in enumerate(tokens):
            mark = marked[i]
            if mark is not None:
                close(mark)
                continue
            in_quote = i > 0 and quoting[i - 1]
            if stretch and not in_quote and not _inside(t.start(), quoted):
                before = [tokens[j] for j in stretch[-3:]]  # the words a run-in point reads
                after = tokens[i + 1] if i + 1 < len(tokens) else None
                stop = _stretch_end(line, spans, t.start())
                point = _run_in_point(line, before, t, after, stop)
                if point is None and self._names_run_together(line, tokens, runs, stretch, i, stop):
                    point = "plain"
                if point is not None:
                    cuts.append((len(stretch) - 1, point))
            stretch.append(i)
            if _ends_sentence(t.group()) and not quoting[i] and not _inside(t.end() - 1, quoted):
                close(None)
        close(None)
        return out

    def _names_run_together(
        self,
        line: str,
        tokens: list[re.Match[str]],
        runs: list[tuple[int, int]],
        stretch: list[int],
        i: int,
        stop: int,
    ) -> bool:
        """Whether two names the page uses apart run together at token `i` with no full stop,
        the second with its verb: "…they met with party leaders at City Hall Doe says he…",
        where the page names "City Hall" and "Jo Doe" but never "City Hall Doe". A sentence
        ends inside the run: what stands before it since the last full stop is a caption.
        The first name has two words or more (a place, a body, an outlet: "Ann" of "Ann
        Doe" is a forename the page may use alone); not where its last word is a title or a
        nationality ("Deputy Mayor Doe says"), and not after words with no verb of their
        own ("In an interview with City Radio Doe said…": a phrase before its sentence's
        subject)."""
        a, b = next(((a, b) for a, b in runs if a < i <= b), (i, i))
        if a == i or a == 0 or not _bare(tokens[a - 1].group())[:1].islower():
            return False
        first, second = _run_words(tokens, a, i), _run_words(tokens, i, b + 1)
        if len(first) < 2 or not self.names[first] or self.names[first + second] > 1:
            return False
        if first[-1] in _titles() or is_nationality(first[-1]) or second[0] in _titles():
            return False
        if not any(n[-len(second) :] == second and n != first + second for n in self.names):
            return False
        m = _SUBJECT.match(line, tokens[i].start(), stop)
        if m is None or not _finite(m.group("verb")):
            return False
        clause = [_fold(_bare(tokens[k].group())) for k in stretch if k < a]
        return (
            bool(clause)
            and clause[0] not in _words("opener") | _words("joins")
            and any(_finite(w) for w in clause[1:])
        )

    def _related_end(self, line: str, start: int) -> int:
        """The end of a block of related headlines: the last place a new sentence starts
        before the first full stop after it (headlines have none)."""
        tokens = list(_TOKEN.finditer(line, start))
        stop = len(line)
        for i, t in enumerate(tokens):
            g = t.group()
            if i > MAX_RELATED_WORDS:
                return start
            if g.endswith(".") and _ends_sentence(g) and not g.endswith(".."):
                stop = t.end()
                break
        strong = [c for c, s in self._cuts(line, start, stop) if s]
        if not strong:
            return start
        return _before_space(line, strong[-1])


# ----------------------------------------------------------------------------- widgets
#: Glyphs of a page's buttons: "x" (close), "+" (add), "|" (between links).
_GLYPHS = frozenset({"x", "+", "|", "×"})
#: Words a run of buttons may hold between its button words ("Tap to play", "Watch this
#: video again", "Wait 5 seconds to continue"): grammar words, numbers.
_BUTTON_GRAMMAR = frozenset({"all", "up", "down", "here"})
#: A link that says where it opens: "(Opens in new window)", "(opens in a new tab)".
_NEW_WINDOW = re.compile(r"\((?:[Oo]pens?)\s+in\s+(?:a\s+)?new\s+(?:window|tab)\)")
#: How far back from "(Opens in new window)" its link's label may start, in words.
LINK_LABEL_WORDS = 6


@cache
def _button_words() -> dict[str, str]:
    """Each word of a page's buttons, with the kind of widget it belongs to ("ui" where it
    is no one kind's: "Click", "Next")."""
    out: dict[str, str] = {}
    for kind in ("ui-video", "ui-gallery", "ui-share", "ui-newsletter", "ui"):
        for word in _words(kind):
            out.setdefault(word, kind)
    return out


def _button_word(token: str) -> str | None:
    """The widget kind of a button's word or glyph, else None."""
    if token in _GLYPHS:
        return "ui"
    return _button_words().get(_fold(_bare(token)))


def _widget_buttons(
    line: str, marks: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Runs of a page's buttons: words of widgets (`data/clutter_words.tsv`, ui) with only
    grammar words and numbers between them, capitalised as buttons are, at least two of
    them ("Clip Loading Clip Unavailable Tap to watch", "Full Screen Autoplay Close") among
    three button words; or one, next to another mark ("…/The Valley Times Buy Photo",
    "…inbox + Subscribe"). Real sentences use the words one at a time and in lower case
    ("shares in the company", "she would subscribe to the plan")."""
    out: list[tuple[int, int, str, str]] = []
    run: list[re.Match[str]] = []
    for t in [*_TOKEN.finditer(line), None]:
        g = t.group() if t is not None else ""
        bare = _fold(_bare(g))
        if (
            t is not None
            and (
                _button_word(g) is not None
                or bare in _BUTTON_GRAMMAR
                or bare.isdigit()
                or bare in _words("joins")
            )
            and not re.search(r"[,;:]$|[^.]\.$", g.rstrip("!"))
        ):
            run.append(t)
            continue
        if t is not None and run and _button_word(g) is not None and re.search(r"\.$", g):
            run.append(t)  # "…to continue."
        while run and _button_word(run[0].group()) is None:
            run.pop(0)
        while run and _button_word(run[-1].group()) is None:
            run.pop()
        words = [r.group() for r in run if _button_word(r.group()) is not None]
        caps = [w for w in words if _capitalised(w)]
        if run:
            a, b = run[0].start(), run[-1].end()
            touching = any(
                (mb <= a and not line[mb:a].strip()) or (ma >= b and not line[b:ma].strip())
                for ma, mb, _, _ in marks
            )
            if (len(caps) >= 2 and len(words) >= 3) or (touching and caps and len(words) >= 2):
                kinds = [k for w in words if (k := _button_word(w)) not in (None, "ui")]
                kind = (kinds[0] if kinds else "ui-video").removeprefix("ui-")
                out.append((a, b, kind, "widget buttons"))
        run = []
    return out


def _new_window_links(
    line: str, marks: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Links that say they open a new window: "(Opens in new window)" and the label before
    it, from its first capitalised button word ("Tap to post on Bluesky (Opens in new
    window)"), at most `LINK_LABEL_WORDS` back, not past a full stop or a mark."""
    out: list[tuple[int, int, str, str]] = []
    floor = 0
    for m in _NEW_WINDOW.finditer(line):
        floor = max([floor] + [b for _, b, _, _ in marks if b <= m.start()])
        before = list(_TOKEN.finditer(line, floor, m.start()))[-LINK_LABEL_WORDS:]
        start = m.start()
        for t in reversed(before):
            if _ends_sentence(t.group()):
                break
            if _capitalised(t.group()) and _button_word(t.group()) is not None:
                start = t.start()
        kind = "share" if "share" in line[start : m.start()].lower() else "link"
        out.append((start, m.end(), kind, "link"))
        floor = m.end()
    return out


# ----------------------------------------------------------------------------- run-in points
#: A name, perhaps several joined by "and", a bracket after it ("(left)"), perhaps an
#: adverb, and the word after: a subject and (if `_finite` says so) its verb.
_NAME_WORD = r"[A-Z][\w'’-]*"
_SUBJECT = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:and|&)\s+)?{_NAME_WORD}){{0,5}}"
    r"(?:\s+\([^()]{1,60}\))?"
    r"(?:\s+(?:[a-z]+ly|also|later|then|now|still|once|previously|earlier))?"
    r"\s+(?P<verb>[a-z]+)(?![\w'’-])"
)
#: A subject with a role before its name: perhaps a capitalised word or a few (an outlet,
#: a nationality), lower-case words of a role, a name, perhaps a bracket, and the word after:
#: "BBC presenter Jo Doe (left) posted", "Irish radio presenter Jo Doe posted". The role's
#: last word must be one (`data/titles.tsv`), else the words are a clause: "Doe told
#: reporters Roe was…".
_ROLE_SUBJECT = re.compile(
    rf"(?:(?:And|But)\s+)?(?:{_NAME_WORD}\s+){{0,3}}"
    r"(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    rf"\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    r"(?:\s+\([^()]{1,60}\))?"
    r"(?:\s+(?:[a-z]+ly|also|later|then|now|still|once|previously|earlier))?"
    r"\s+(?P<verb>[a-z]+)(?![\w'’-])"
)
#: A speaker and a colon: a name, perhaps with a role inside it ("Harbour Radio host Jo
#: Doe"), a verb and a colon ("exclaimed:").
_SPEAKER = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:and|&)\s+)?(?:[a-z][\w-]*\s+){{0,2}}{_NAME_WORD}){{0,5}}"
    r"\s+(?P<verb>[a-z]+):\s"
)
#: A quotation's first word; where it opens sentences ("'I don't…", "'And I…", "\"The
#: team…") the quotation is a sentence, not a title or a slogan.
_QUOTED_SENTENCE = re.compile(r"^[\"“'‘](?P<first>I|I'm|I’m|[A-Z][a-z]*)$")
#: A dash that sets out an item of a list: " - Max was born…".
_BULLET = re.compile(r"(?:^|\s)[-–•]\s+[A-Z]")


def _stretch_end(line: str, spans: list[tuple[int, int, str]], at: int) -> int:
    """The end of the text a subject after `at` may run to: the next mark, or the line's end."""
    return min((a for a, _, _ in spans if a > at), default=len(line))


@cache
def _titles() -> frozenset[str]:
    return lexicon.words("titles")  # "mayor-elect Jo Doe": a role before a name


@cache
def _picture_pointer() -> re.Pattern[str]:
    position = "|".join(sorted(_words("position"), key=len, reverse=True))
    media = "|".join(sorted(_words("media"), key=len, reverse=True))
    return re.compile(
        rf"\bpictured\b|\((?:{position})\b[^()]{{0,80}}\)|"
        rf"\b(?:this|these)\s+(?:[a-z]+\s+)?(?:{media})s?\b",
        re.IGNORECASE,
    )


@cache
def _place_pointer() -> re.Pattern[str]:
    places = "|".join(sorted(_words("position") - {"pictured"}, key=len, reverse=True))
    return re.compile(rf"{_NAME_WORD}\s+\((?:pictured\s+)?(?:{places})\b[^()]{{0,80}}\)")


def _names_a_place_in_picture(words: str) -> bool:
    """Whether a name in `words` is followed by its place in a picture: "Jo Doe (left)",
    "Jo Doe (right, pictured in May)", "Jo Doe (pictured left)". Not "(pictured)" alone: an
    article writes that of a person in its own sentences ("Her husband (pictured) said…"),
    a place in the picture only a caption does."""
    return bool(_place_pointer().search(words))


def _points_at_picture(words: str) -> bool:
    """Whether words point at the page's picture: "(left)", "(pictured behind her)",
    "pictured", "posted this picture" (`data/clutter_words.tsv`, position and media)."""
    return bool(_picture_pointer().search(words))


def _single_quote_state(token: str, open_: bool) -> bool:
    """Whether a single quotation is open after `token`: opened by a token that starts with
    one ("'Love"), closed by a token that ends with one ("Hate'", "us.'")."""
    if not open_ and re.match(r"^[\"“(]*['‘][\w#@(]", token):
        open_ = True
        token = token[1:]
    if open_ and re.search(r"[^\s'‘]['’][\"”)\]]*[.,;:!?…]*$", token):
        open_ = False
    return open_


#: A token that opens a quoted sentence and leaves it open: "'I", "'The".
_OPENS_QUOTED_SENTENCE = re.compile(r"^[\"“(]*['‘][A-Z]")


def _single_quotes(tokens: list[re.Match[str]], marked: list[str | None]) -> list[bool]:
    """Whether a single quotation is open after each token (`_single_quote_state`); none
    across a mark. News opens every paragraph of a long quotation again and closes only the
    last, so a quotation opened again at a quoted sentence while it is open was left open at
    a paragraph's end: it ended at its last full stop before, and what stands between (a
    caption run in: "'…after such a big crash. Fans wave flags in the rain 'I will…") is
    not quoted."""
    out: list[bool] = []
    open_, opened = False, 0
    for i, t in enumerate(tokens):
        g = t.group()
        if marked[i] is not None:
            out.append(False)
            open_ = False
            continue
        if open_ and _OPENS_QUOTED_SENTENCE.match(g) and _single_quote_state(g, False):
            stop = next(
                (j for j in range(i - 1, opened, -1) if _ends_sentence(tokens[j].group())), None
            )
            if stop is not None:
                out[stop:i] = [False] * (i - stop)
            open_, opened = False, i
        elif not open_:
            opened = i
        open_ = _single_quote_state(g, open_)
        out.append(open_)
    return out


def _captions_after(
    line: str,
    tokens: list[re.Match[str]],
    stretch: list[int],
    cuts: list[tuple[int, str]],
    quoting: list[bool],
) -> list[int]:
    """The ends (positions in `stretch`) of the words after a caption run into the text that
    are captions too: words after a run-in point that open with a
    name, its place in a picture and its verb ("…at dawn BBC presenter Jo Doe (left)
    posted…"), or with a role, a name and a verb as the caption before them does where that
    caption points at its picture (a picture series: "Radio host Jo Doe (right) mocked Al
    Roe Irish radio host Al Roe posted…"); each up to the next run-in point or the stretch's
    end, or before a word that opens sentences where a lower-case word follows it (`_opens`).
    Words after a caption are the article's otherwise ("…at dawn Jo Doe (pictured) said…":
    an article writes "(pictured)" of a person in its own sentences). (Either shape makes
    the point before the words one that ends a caption: the name in them, or the words
    before them, point at a picture.)"""
    out: list[int] = []
    ends = [at for at, _ in cuts] + [len(stretch) - 1]
    for n, (at, _) in enumerate(cuts):
        if at + 1 >= len(stretch):
            continue
        words = line[tokens[stretch[at + 1]].start() : tokens[stretch[ends[n + 1]]].end()]
        subject = _role_subject(words, 0, len(words)) or _SUBJECT.match(words)
        placed = (
            subject is not None
            and _finite(subject.group("verb"))
            and _names_a_place_in_picture(subject.group())
        )
        since = stretch[cuts[n - 1][0] + 1] if n else stretch[0]
        before = line[tokens[since].start() : tokens[stretch[at]].end()]
        series = (
            _points_at_picture(before)
            and _role_subject(before, 0, len(before)) is not None
            and _role_subject(words, 0, len(words)) is not None
        )
        if placed or series:
            out.append(_opens(tokens, stretch, at + 1, ends[n + 1], quoting))
    return out


def _opens(
    tokens: list[re.Match[str]], stretch: list[int], first: int, last: int, quoting: list[bool]
) -> int:
    """The position in `stretch` before the first word in (first, last] that opens a
    sentence: capitalised, one of `data/clutter_words.tsv` opens, a lower-case word after it
    ("…crashing out early on On lap seven the…"): a title or name goes on in capitals ("with
    The Valley Times"); not inside a single quotation (`quoting`: whether one is open after
    each token). `last` where none does."""
    for k in range(first + 1, last + 1):
        word = _bare(tokens[stretch[k]].group())
        prev = tokens[stretch[k - 1]].group()
        follows = _bare(tokens[stretch[k + 1]].group()) if k + 1 < len(stretch) else ""
        if (
            _capitalised(word)
            and _fold(word) in _words("opens")
            and follows[:1].islower()
            and not prev.endswith((",", ";", ":", "-"))
            and not quoting[stretch[k] - 1]
            and not re.search(r"[\"“'‘]", prev + tokens[stretch[k]].group())
        ):
            return k - 1
    return last


def _may_end_clause(token: str) -> bool:
    """Whether a clause may end on `token` with no full stop: a word ending in a lower-case
    letter (a closing quotation mark after it allowed), not a hashtag, handle or address,
    and not a word a clause goes on after ("the", "with", "said", "husband")."""
    core = token.rstrip("'’\"”")
    if not core or not (core[-1].isalpha() and core[-1].islower()):
        return False
    if token[:1] in "#@" or "/" in core or "." in core:
        return False
    bare = _fold(_bare(token))
    return not any(bare in _words(kind) for kind in ("joins", "says")) and bare not in _titles()


def _finite(word: str) -> bool:
    """Whether a word after a name is a finite verb: an auxiliary, a verb of saying, an
    irregular past tense (`data/clutter_words.tsv`) or a regular one ("crashed")."""
    return (
        word in _words("verb")
        or word in _words("says")
        or word in _words("past")
        or (len(word) > 4 and word.endswith("ed"))
    )


def _run_in_point(
    line: str,
    before: list[re.Match[str]],
    word: re.Match[str],
    after: re.Match[str] | None,
    stop: int,
) -> str | None:
    """How a new sentence begins at `word`, run into the words `before` it with no full
    stop: "plain" where it plainly does (a subject pronoun, a determiner before a
    lower-case word, a sentence adverb, or after a lower-case word a subordinating
    conjunction: `data/clutter_words.tsv`, begins and opener); "name" where a
    name and its verb follow a lower-case word (a caption's shape, but a relative clause's
    too: "the day Obama met…"), "pictured" where that name points at a picture ("Jo Doe
    (left) waves"); None where none does."""
    prev = before[-1].group()
    if not _may_end_clause(prev) or not _capitalised(_bare(word.group())):
        return None
    bare = _bare(word.group())
    first = bare.lower()
    follows = after.group() if after is not None else ""
    if first in _words("begins") and word.group()[:1].isalpha():
        plain = follows[:1].islower() or follows[:1].isdigit() or word.group().endswith(",")
        if first in ("a", "an") and _capitalised(_bare(prev)):
            plain = False  # "Plan A", "Class A drugs"
        if plain:
            return "plain"
    if first in _words("opener") and _bare(prev)[:1].islower():
        return "plain"  # "…at the depot today As Jo Doe arrived…"
    quoted = _QUOTED_SENTENCE.match(word.group())
    if (
        quoted
        and (
            quoted.group("first") in ("I", "I'm", "I’m", "We", "You")
            or _fold(quoted.group("first")) in _words("begins") | _words("opener")
        )
        and (follows[:1].islower() or follows in ("I", "I'm", "I’m"))
        and _quotes_a_sentence(line, word.start(), stop)
    ):
        return "plain"  # "…after the final whistle 'I don't know how we won that game.'"
    if not _bare(prev)[:1].islower():
        # after a capitalised word a capitalised one goes on with its name, unless it is a
        # nationality before a role: "…mocked Jo Doe Irish radio host Al Roe posted…"
        role = _role_subject(line, word.start(), stop) if is_nationality(bare) else None
        if role is None:
            return None
        return "pictured" if _points_at_picture(role.group()) else "name"
    if _role_before(before) or not _name_word(bare):
        return None
    speaker = _SPEAKER.match(line, word.start(), stop)
    if speaker and speaker.group("verb") in _words("says"):
        return "plain"  # "…backed the plan Harbour Radio host Jo Doe exclaimed: '…"
    m = _SUBJECT.match(line, word.start(), stop)
    if m is None or not _finite(m.group("verb")):
        m = _role_subject(line, word.start(), stop)  # "…at dawn BBC presenter Jo Doe waved"
    if m is None:
        return None
    return "pictured" if _points_at_picture(m.group()) else "name"


def _role_subject(line: str, start: int, stop: int) -> re.Match[str] | None:
    """A role, a name and a finite verb at `start` ("BBC presenter Jo Doe (left) posted"),
    the role's last word one of `data/titles.tsv`; else None."""
    m = _ROLE_SUBJECT.match(line, start, stop)
    if m is None or not _finite(m.group("verb")):
        return None
    return m if _fold(m.group("role").split()[-1]) in _titles() else None


#: The fewest words of a quoted sentence run into the text (a slogan is shorter).
QUOTED_SENTENCE_WORDS = 8


def _quotes_a_sentence(line: str, start: int, stop: int) -> bool:
    """Whether the quotation at `start` holds a sentence of its own, at least
    `QUOTED_SENTENCE_WORDS` long and ending in a full stop or a comma inside it ("'I don't
    know how we won that game.'", "'…won that game,' she said"), not a slogan ("a banner
    'We want our bridge back' outside…")."""
    for n, t in enumerate(_TOKEN.finditer(line, start, stop)):
        if n >= MAX_CAPTION_WORDS:
            return False
        g = t.group()
        if _ends_sentence(g) or re.search(r"[,.!?…]['’\"”]$", g):
            return n + 1 >= QUOTED_SENTENCE_WORDS
        if n and g.rstrip(",;:")[-1:] in "'’\"”":
            return False  # closed with no stop or comma inside: a slogan or a phrase
    return False


def _name_word(word: str) -> bool:
    """Whether a capitalised word may open a name: not a word of grammar ("As", "While",
    "In"), unless it is a title ("Mr", "President")."""
    folded = _fold(word)
    grammar = folded in _words("joins") or folded in _words("opens")
    return not grammar or folded in _titles()


#: Capitalised words that name a day or a month: a time ("on Tuesday evening", "in
#: November alone"), never the name a role belongs to. ("May" is left out: a surname too.)
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december""".split()
)


def _role_before(before: list[re.Match[str]]) -> bool:
    """Whether the last word of `before` is the role of a capitalised word one or two words
    before it, not a clause's end: "Rovers fan", "Harbour senior engineer" (a name follows
    a role: "…Rovers fan Jo Doe said"). A day or a month is no name a role belongs to:
    "…on Tuesday evening Jo Doe…" ends a clause on "evening"."""
    words = [_bare(t.group()) for t in before[-3:-1]]
    for n, bare in enumerate(reversed(words)):
        if _capitalised(bare):
            return _fold(bare) not in _TIME_WORDS
        if n >= 1 or _fold(bare) in _words("joins") or not bare.isalpha():
            return False
    return False


# ----------------------------------------------------------------------------- helpers
def _name_runs(tokens: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Runs of capitalised words (names, places, titles) as (first, last) token indexes: a
    run goes on while no punctuation stands between its words."""
    out: list[tuple[int, int]] = []
    first: int | None = None
    for i, t in enumerate(tokens):
        g = t.group()
        bare = _bare(g)
        word = bool(bare) and _capitalised(bare) and _name_word(bare) and g.startswith(bare)
        joined = i > 0 and tokens[i - 1].group() == _bare(tokens[i - 1].group())
        if first is not None and not (word and joined):
            out.append((first, i - 1))
            first = None
        if word and first is None:
            first = i
    if first is not None:
        out.append((first, len(tokens) - 1))
    return out


def _run_words(tokens: list[re.Match[str]], a: int, b: int) -> tuple[str, ...]:
    return tuple(_fold(_bare(t.group())) for t in tokens[a:b])


_QUOTATION = re.compile(r"[\"“][^\"“”]{1,400}[\"”]")


def _quoted(line: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The insides of the double quotations in line[start:stop] (a caption may quote
    someone: 'Media caption Smith: "We won. It was hard" Smith said…' ends after it)."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTATION.finditer(line, start, stop)]


def _inside(at: int, quoted: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in quoted)


#: How far after a run-in point a verb must come for a sentence to start there, in words.
VERB_REACH = 12


def _caps_run(tokens: list[re.Match[str]], first: re.Match[str]) -> bool:
    """Whether `first` opens a run of three words in capitals (a subheading, a kicker)."""
    i = next(i for i, t in enumerate(tokens) if t.start() == first.start())
    run = [_bare(t.group()) for t in tokens[i : i + 3]]
    return len(run) == 3 and all(w.isupper() and any(c.isalpha() for c in w) for w in run)


def _says(label: str) -> bool:
    """Whether a label ends in a verb of saying ("Obama tweeted:"): words introduced, not a
    caption."""
    last = _bare(label.split()[-1]).lower() if label.split() else ""
    return last in _words("says")


def _after_join(line: str, at: int) -> bool:
    """Whether the word before `at` is one a clause does not end on, or ends in a comma."""
    before = line[:at].split()
    return bool(before) and (
        _bare(before[-1]).lower() in _words("joins") or before[-1].endswith((",", ";"))
    )


def _full_stop_between(line: str, a: int, b: int) -> bool:
    quoted = _quoted(line, a, b)
    return any(
        _ends_sentence(t.group()) and not _inside(t.end() - 1, quoted)
        for t in _TOKEN.finditer(line, a, b)
    )


def _has_verb(words: str, full_stop: int | None) -> bool:
    """Whether a verb comes in the first words of `words` (before a full stop): an
    auxiliary or verb of saying (`data/clutter_words.tsv`), or a past tense ("crashed")."""
    for w in words.split()[:VERB_REACH]:
        bare = _bare(w).lower()
        if bare in _words("verb") or (len(bare) > 4 and bare.endswith("ed") and "-" not in bare):
            return True
        if _ends_sentence(w):
            break
    return False


def _clause_starts(line: str, at: int) -> bool:
    """Whether `at` opens a clause: the paragraph's start, or after a full stop."""
    before = line[:at].rstrip()
    return not before or _ends_sentence(before.split()[-1]) or before[-1] in ".!?:"


def _after_mark(line: str, at: int, marks: list[tuple[int, int, str, str]]) -> bool:
    """Whether only space stands between a mark and `at`."""
    return any(b <= at and not line[b:at].strip() for _, b, _, _ in marks)


def _named(credit: str) -> bool:
    """Whether a credit names a photographer: two capitalised words before its slash
    ("Jane Doe/AP", "(JANE DOE/Reuters)")."""
    return bool(re.match(r"^\(?\s*[A-Z][\w'’-]+\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+)?\s*/", credit))


def _sentence_before(line: str, at: int, marks: list[tuple[int, int, str, str]]) -> int:
    """The start of the sentence that ends just before `at`: after the full stop or mark
    before it; `at` itself where it quotes someone (a caption does not) or is too long."""
    floor = max([b for a, b, _, _ in marks if b <= at] + [0])
    tokens = list(_TOKEN.finditer(line, floor, at))
    begin = floor
    for t in reversed(tokens[:-1]):
        if _ends_sentence(t.group()):
            begin = t.end()
            break
    words = line[begin:at]
    if re.search(r"[\"“”]", words) or len(words.split()) > MAX_CAPTION_WORDS // 2:
        return at
    while begin < at and line[begin].isspace():
        begin += 1
    return begin


#: How many sentences before a credited caption a note on its picture may start.
NOTE_SENTENCES = 2


def _note_before(line: str, begin: int, marks: list[tuple[int, int, str, str]]) -> int:
    """Where a credited caption starts that opens with sentences on its picture or video:
    back to the earliest of the sentences before it (at most `NOTE_SENTENCES`) that points at
    it ("Editor's note: A previous version of this video said… Doe was the first. Roe was
    the first to… (Jane Doe/The Post)"); `begin` where none does."""
    start = begin
    for _ in range(NOTE_SENTENCES):
        end = _before_space(line, start)
        prev = _sentence_before(line, end, marks)
        if prev >= end or not _ends_sentence(line[prev:end].split()[-1]):
            break
        start = prev
        if _points_at_picture(line[prev:begin]):
            begin = prev
    return begin


def _before_space(line: str, at: int) -> int:
    while at > 0 and line[at - 1].isspace():
        at -= 1
    return at


def _name_end(line: str, start: int) -> int:
    """The end of a credited name at `start`: capitalised words (and "/", "of", "&"), up
    to a word that opens sentences ("Image copyright AP He said…": "AP")."""
    end = start
    for i, t in enumerate(_TOKEN.finditer(line, start)):
        word = _bare(t.group())
        if i >= 6 or not word:
            break
        if i > 0 and word.lower() in _words("opens") and word != "The":
            break
        if not (_capitalised(word) or word in ("of", "&", "/", "via") or word[:1] in "@/"):
            break
        end = t.end()
        if _ends_sentence(t.group()):
            break
    return end


def _credit_start(line: str, at: int) -> int:
    """Where the credit before a gallery size at `at` starts: its capitalised words, at most
    four, after the last word that ends a sentence."""
    tokens = list(_TOKEN.finditer(line, 0, at))
    begin = at
    for t in reversed(tokens[-4:]):
        g = t.group()
        if not _capitalised(_bare(g)) or _ends_sentence(g):
            break
        begin = t.start()
        if _bare(g) == "The":
            break
    return begin


def _merge(line: str, marks: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Marks in order, overlapping or touching ones (only space between) joined: the first
    one's kind and rule stand for the run."""
    out: list[tuple[int, int, str, str]] = []
    for a, b, kind, rule in sorted(m for m in marks if m[1] > m[0]):
        gap = line[out[-1][1] : a].split() if out else []
        if (
            out
            and (
                a <= out[-1][1]
                or not gap
                # a gallery's pieces: "…12/29 Jerusalem. Israel Reuters 13/29…"
                or (
                    kind == out[-1][2] == "gallery"
                    and len(gap) <= 4
                    and all(w[:1].isupper() for w in gap)
                )
            )
        ):
            pa, pb, pk, pr = out[-1]
            out[-1] = (pa, max(pb, b), pk, pr)
        else:
            out.append((a, b, kind, rule))
    return out
