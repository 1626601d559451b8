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
- **caption line**: a short paragraph with no full stop beside one of those;
- **headline repeated**: a paragraph that repeats the headline (the first line), or the
  headline where a paragraph opens with it;
- **page phrase**: the strings of the page's widgets (`data/page_phrases.tsv`: "Video
  Unavailable", "Play slideshow", "Click to share on Twitter (Opens in new window)"…), and
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
  headline run into "Read more", and a block of related headlines after "Related stories";
- **dated teaser**: a headline with a weekday date run into the text ("Wed, November 30,
  2016"), the teaser of another article.

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
from dataclasses import dataclass
from functools import cache

from summarise.find import lexicon

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
    ("Rescuers search the rubble" over "Photograph: Jane Doe/AP", "3/12")."""
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
            any(m in anchors for m in neighbours)
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
#: A caption's label: a few words, the first capitalised, or a quotation, and a colon,
#: before a capitalised word ("Waving goodbye: Staff…", "'Worst day': Rapper…").
_LABEL = re.compile(
    r"(?<![\w'’])(?P<label>['‘][^'’:]{2,60}['’]|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4})"
    r"\s*:\s+(?=['‘\"“]?[A-Z])"
)
_BRACKET_LINK = re.compile(r"\[(?P<words>[^\[\]]{10,200})\]")
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
            if _OPENING_QUOTE.match(n) and p[-1:] not in "\"“”'’":
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


# ----------------------------------------------------------------------------- helpers
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
