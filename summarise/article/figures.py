"""The figures of a brief: code finds the numbers, the model labels them, code places them.

`label_figures` is the one model call (several for many figures), on its own so a batch can
make it for several articles back to back: the labelling prompt's fixed opening
(instructions and worked examples) is then read once for all of them. `place_figures` builds
the figures from the labels: what the parse says each counts, who gives it (its sentence's
speaker), its place and period, and the ages code finds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from summarise.article.steps import Step, clean_answer
from summarise.errors import ContextOverflowError
from summarise.find.analysis import Analysis, analyse
from summarise.find.grammar import (
    ANSWER_OPENER,
    Counted,
    in_a_clause_below,
    in_a_conjoined_clause,
    in_another_verbs_clause,
    is_label_line,
    offence_date_apart,
    result_sides,
    what_is_counted,
    what_lasted,
)
from summarise.find.names import NOT_FIRST_NAMES, fold, is_person_noun
from summarise.find.periods import (
    DATE_SPAN,
    LENGTH_OF_TIME,
    event_start,
    find_anchor,
    find_period,
    is_anaphoric,
)
from summarise.find.places import (
    OWN_SCOPE,
    bank_home,
    is_demonym,
    is_known_place,
    names_a_home,
    nearest_place,
)
from summarise.find.quantities import (
    CLOCK_UNIT,
    MINUTE_UNIT,
    SCORE_UNIT,
    STAYS,
    dimension,
    find_ages,
    find_event_lengths,
    find_ordinals,
    find_quantities,
    find_results,
)
from summarise.find.text import Sentence, sentence_at
from summarise.llm.model import ModelClient
from summarise.llm.prompts import Prompts, load_prompts
from summarise.schemas import Figure, FigureLabel, FigureLabels, Quantity, Usage

FIGURES_MAX_TOKENS = 900
#: Figures labelled per call: keeps each answer well inside FIGURES_MAX_TOKENS.
FIGURE_BATCH = 12


@dataclass(frozen=True)
class _Found:
    id: int
    quantity: Quantity
    sentence: Sentence
    previous: Sentence | None
    context: str


#: Characters of a figure's sentence shown either side of its number. Scraped pages run
#: captions and lists into one "sentence" of thousands of characters; the label needs only
#: the words near the number.
CONTEXT_SIDE_CHARS = 300


def _window(sentence: str, a: int, b: int) -> str:
    """`sentence` with the number at [a, b) marked, cut to CONTEXT_SIDE_CHARS either side at
    word boundaries ("…" where cut)."""
    lo, hi = max(0, a - CONTEXT_SIDE_CHARS), min(len(sentence), b + CONTEXT_SIDE_CHARS)
    if lo > 0:
        lo = sentence.find(" ", lo, a) + 1 or lo
    if hi < len(sentence):
        cut = sentence.rfind(" ", b, hi)
        hi = cut if cut > b else hi
    head = ("…" if lo > 0 else "") + sentence[lo:a]
    tail = sentence[b:hi] + ("…" if hi < len(sentence) else "")
    return f"{head}<<{sentence[a:b]}>>{tail}"


def find_figures(text: str, sents: list[Sentence]) -> list[_Found]:
    """Quantities code found, each with its sentence, the number marked <<like this>>."""
    found = []
    quantities = find_quantities(text, sents)
    # sentences that open with a number: after a question, an explainer's answer
    opening = {s.start for q, s in quantities if ANSWER_OPENER.fullmatch(_before(q, s))}
    for i, (q, sent) in enumerate(quantities, start=1):
        a, b = q.number_span[0] - sent.start, q.number_span[1] - sent.start
        context = _window(sent.text, a, b)
        idx = sentence_at(sents, sent.start)
        previous = _sentence_before(sents, idx)
        if previous is not None and sent.start in opening and _asks(text, previous, sent):
            # "How many people were on board? About 260.": the answer is read with its
            # question, one quote; the sentence before the question is another question's
            # answer, no context of this one (its place is not this answer's)
            sent = Sentence(previous.start, sent.end, text[previous.start : sent.end], False)
            a, b = q.number_span[0] - sent.start, q.number_span[1] - sent.start
            context = _window(sent.text, a, b)
            previous = None
        # "since then": the window is named in the sentence before, so the model sees it too
        if previous is not None and is_anaphoric(sent.text):
            context = f"{previous.text} {context}"
        found.append(_Found(i, q, sent, previous, context))
    return found


def _sentence_before(sents: list[Sentence], idx: int) -> Sentence | None:
    """The sentence before `sents[idx]`, unless it is the web page's own."""
    return sents[idx - 1] if idx > 0 and not sents[idx - 1].boilerplate else None


def _asks(text: str, question: Sentence, answer: Sentence) -> bool:
    """`question` is an explainer's question on a line of its own, answered on the next
    line; not a question asked inside a paragraph ("So what went wrong? 40% of ...")."""
    return (
        question.text.rstrip().endswith("?")
        and not question.skipped  # (text aimed at a model is never quoted)
        and "\n" in text[question.end : answer.start]
        and (question.start == 0 or text[question.start - 1] == "\n")
    )


def _before(q: Quantity, sent: Sentence) -> str:
    return sent.text[: q.number_span[0] - sent.start]


def _figure_messages(prompts: Prompts, found: list[_Found]) -> list[dict[str, str]]:
    """The labelling call sees only the sentences that hold numbers, after a worked example."""
    examples = prompts.figure_examples
    example_items = []
    for i, ex in enumerate(examples, 1):
        marked = ex.sentence.replace(ex.number, f"<<{ex.number}>>", 1)
        example_items.append({"id": i, "number": ex.number, "context": marked})
    example_answer = FigureLabels(
        figures=[
            FigureLabel(id=i, number=ex.number, measure=ex.measure)
            for i, ex in enumerate(examples, 1)
        ]
    )
    items = [{"id": f.id, "number": f.quantity.number, "context": f.context} for f in found]
    return [
        {"role": "system", "content": prompts.render("figures.j2")},
        {"role": "user", "content": prompts.render("figure_list.j2", figures=example_items)},
        {"role": "assistant", "content": example_answer.model_dump_json()},
        {"role": "user", "content": prompts.render("figure_list.j2", figures=items)},
    ]


@dataclass(frozen=True)
class LabelledFigures:
    """The figures code found in one article and the model's labels for them (call 1), with
    what code read in the article (the rest of the brief reads it too)."""

    analysis: Analysis
    found: list[_Found]
    labels: list[FigureLabel]
    usage: Usage


def label_figures(
    text: str, client: ModelClient, prompts: Prompts | None = None
) -> LabelledFigures:
    """Call 1 on its own, so a batch can label several articles' figures back to back: the
    labelling prompt's fixed opening (instructions and worked example, ~370 tokens) is then
    read once for all of them instead of once per article."""
    prompts = prompts or load_prompts()
    analysis = analyse(text)
    found = find_figures(text, analysis.sents)
    labels: list[FigureLabel] = []
    usage = Usage()
    chunks = _figure_chunks(prompts, found, client)
    while chunks:
        chunk = chunks.pop(0)
        try:
            labelled, used = client.structured(
                FigureLabels, _figure_messages(prompts, chunk), max_tokens=FIGURES_MAX_TOKENS
            )
        except ContextOverflowError:
            if len(chunk) == 1:
                raise  # one sentence window and the examples: nothing left to cut
            half = len(chunk) // 2  # the server counts differently from us: halve and go on
            chunks[:0] = [chunk[:half], chunk[half:]]
            continue
        labels, usage = labels + labelled.figures, usage.add(used)
    return LabelledFigures(analysis, found, labels, usage)


def _figure_chunks(
    prompts: Prompts, found: list[_Found], client: ModelClient
) -> list[list[_Found]]:
    """Consecutive figures, at most FIGURE_BATCH a call, each call fitting the context."""
    chunks: list[list[_Found]] = []
    current: list[_Found] = []
    for f in found:
        grown = [*current, f]
        if current and (
            len(grown) > FIGURE_BATCH
            or not client.fits(_figure_messages(prompts, grown), FIGURES_MAX_TOKENS)
        ):
            chunks.append(current)
            grown = [f]
        current = grown
    return [*chunks, current] if current else chunks


def place_figures(
    analysis: Analysis, found: list[_Found], labels: list[FigureLabel]
) -> Step[list[Figure]]:
    """Every figure of the article in text order: those the model labelled, and ages (ids
    below 0)."""
    ages = [
        _Found(-i, q, sent, None, "")
        for i, (q, sent) in enumerate(find_ages(analysis.text, analysis.sents), 1)
    ]
    counted = _what_is_counted(found + ages)
    figures, warnings = _label_figures(analysis, found, labels, counted)
    ages_found = _age_figures(analysis, ages, counted)
    results = _result_figures(analysis) + _ordinal_figures(analysis)
    taken = [f.number_span for f in figures + ages_found + results]
    lengths = _length_figures(analysis, taken, figures)
    figures = [_untimed_by(f, lengths) for f in figures]
    every = _sides_no_places(figures + ages_found + results + lengths, results)
    return Step(sorted(every, key=lambda f: f.number_span), tuple(warnings))


def _sides_no_places(figures: list[Figure], results: list[Figure]) -> list[Figure]:
    """A side of a match is a team, not where its sentence's figures happened: "a crowd of
    40,000 saw Chile beat Peru 2-0 in Lima" is placed in Lima, or nowhere, never in Peru.
    The sides are those the sentence's result names (`result_sides`); two matches are told
    apart by their sides (compare's `_two_matches`)."""
    sides: dict[tuple[int, int], set[str]] = defaultdict(set)
    for r in results:
        if r.unit == SCORE_UNIT and r.counted:
            sides[r.span].update(r.counted.split(" v "))
    out = []
    for f in figures:
        teams = sides.get(f.span, set())
        if f.place is not None and fold(f.place) in teams:
            at = f.number_span[0] - f.span[0]
            f = f.model_copy(update={"place": nearest_place(f.quote, at, skip=teams)})
        out.append(f)
    return out


def _times(figure: Figure, length: Quantity, sent: Sentence) -> bool:
    """A length is the window `figure` is counted over: the figure's period in one sentence,
    and not in a clause of its own below the figure's ("58 were rescued from a boat that had
    been drifting for three days": the boat's drifting, not a window of the 58)."""
    if figure.span != (sent.start, sent.end) or not figure.period:
        return False
    if length.number not in figure.period:
        return False
    at = figure.number_span[0] - sent.start
    return not in_a_clause_below(sent.text, at, length.number_span[0] - sent.start)


def _untimed_by(figure: Figure, lengths: list[Figure]) -> Figure:
    """ "150 skiers were stranded for five hours": the five hours are how long the
    stranding lasted, a figure of their own, not the window the 150 are counted over (two
    lengths would otherwise flag twice, once as lengths and once as the count's windows)."""
    for length in lengths:
        if length.span == figure.span and figure.period and length.number in figure.period:
            return figure.model_copy(update={"period": None})
    return figure


def _length_figures(
    analysis: Analysis, taken: list[tuple[int, int]], others: list[Figure]
) -> list[Figure]:
    """How long an event lasts ("a 48-hour strike"), which code finds and needs no label
    for: what it measures is the event's length. Not where another figure already stands
    ("a 14-day suspension" is a term); and a length told only by "for" or after "after" is
    no length where it is the window another figure of its sentence is counted over ("snow
    fell for three days, leaving 30cm", "54% were in work after six years in Germany"), while
    "150 skiers were stranded for five hours" tells a stranding's length."""
    figures = []
    for q, event, sent in find_event_lengths(analysis.text, analysis.sents):
        a, b = q.number_span
        if any(a < y and x < b for x, y in taken):
            continue
        after = sent.text[: a - sent.start].rstrip().lower().endswith("after")
        if (event is None or after) and any(_times(f, q, sent) for f in others):
            continue
        if event is None:
            # told by its verb ("the shaking lasted 20 seconds"): the parse names what lasted
            event = what_lasted(sent.text, a - sent.start)
            if event is None:
                continue
        figures.append(
            Figure(
                **q.model_dump(),
                quote=sent.text,
                span=(sent.start, sent.end),
                measure="length",
                place=nearest_place(sent.text, a - sent.start),
                period=event_start(sent.text, b - sent.start)
                or find_period(sent.text, a - sent.start, _other_verbs(sent, a, event)),
                attributed_to=_attribution(analysis, sent),
                counted=event,
            )
        )
    return figures


def _other_verbs(sent: Sentence, a: int, event: str) -> Callable[[int], bool] | None:
    """For a person's stay (`STAYS`) or an office held ("as mayor"), whether a time stands
    in another verb's clause: never its window ("Marsh, who served 31 years, retired on
    Friday": Friday is the retiring's)."""
    if event not in STAYS and not event.startswith("as "):
        return None
    return lambda at: in_another_verbs_clause(sent.text, a - sent.start, at)


def _label_figures(
    analysis: Analysis,
    found: list[_Found],
    labels: list[FigureLabel],
    counted: dict[int, Counted],
) -> tuple[list[Figure], list[str]]:
    by_id = {x.id: x for x in labels}
    by_number: dict[str, FigureLabel] = {}
    for x in labels:
        by_number.setdefault(x.number.strip().casefold(), x)
    figures: list[Figure] = []
    warnings: list[str] = []
    for f in found:
        if counted[f.id].label:
            warnings.append(
                f"figure {f.quantity.number!r} names a {counted[f.id].noun} (a label, "
                "not a count); dropped"
            )
            continue
        key = f.quantity.number.casefold()
        label: FigureLabel | None = by_id.get(f.id)
        if label is None or label.number.strip().casefold() != key:
            # The model lost its place in the list: trust the copied number, not the id.
            label = by_number.get(key)
        what = f"figure {f.quantity.number!r}:"
        if label is None:
            warnings.append(f"{what} the model gave no label")
        measure = clean_answer(label.measure) if label else None
        if measure and not re.search(r"[^\W\d_]", measure):
            measure = None  # the model echoed the number instead of saying what it counts
        at = f.quantity.number_span[0] - f.sentence.start
        # Code reads the window and the place from the sentence (else, for the place, the
        # sentence before); the model is not asked for either.
        # A term ("jailed for eight years") is the figure itself, not its window.
        term = dimension(f.quantity.unit) == "term"
        # (a time in another clause may date another thing: `_apart`)
        period = None if term else find_period(f.sentence.text, at, partial(_apart, f, at))
        anchor = find_anchor(f.previous.text) if f.previous and is_anaphoric(period) else None
        # (a bank named by its country is that country's: "the Bank of Mexico cut its rate")
        place = nearest_place(f.sentence.text, at) or bank_home(f.sentence.text)
        if (
            place is None
            and f.previous is not None
            and not _siblings(f.sentence, f.previous)
            and not OWN_SCOPE.search(f.sentence.text)
            and not names_a_home(f.sentence.text)
        ):
            place = nearest_place(f.previous.text, len(f.previous.text))
        local = counted[f.id].locality
        if local is not None and not is_known_place(local) and not _first_named(local, place):
            # a town the country data does not know, finest first: "Palaio Dasos, Greece"
            place = f"{local}, {place}" if place else local
        figures.append(
            Figure(
                **f.quantity.model_dump(),
                quote=f.sentence.text,
                span=(f.sentence.start, f.sentence.end),
                measure=measure,
                place=place,
                period=period,
                period_anchor=anchor,
                attributed_to=_attribution(analysis, f.sentence),
                counted=counted[f.id].noun,
                dimension=counted[f.id].dimension,
                holder=counted[f.id].holder,
                verb=counted[f.id].verb,
                moving=counted[f.id].moving,
                outlook=counted[f.id].outlook,
            )
        )
    return figures, warnings


def _first_named(town: str, place: str | None) -> bool:
    """The place already opens with the town ("London, Ontario" for the town "London"):
    named once, not "London, London, Ontario"."""
    return place is not None and place.split(",")[0].strip() == town


def _attribution(analysis: Analysis, sentence: Sentence) -> str | None:
    """Who gives a figure: its sentence's speaker by the parse ("according to the UN", "aid
    agencies said", "he said" resolved to the person), as the actor's name where it is one;
    else no one. The model is not asked: it named "past years" and "Idlib province"."""
    speaker = analysis.speaker_of(sentence)
    return speaker.name if speaker is not None else None


def _age_figures(
    analysis: Analysis, ages: list[_Found], counted: dict[int, Counted]
) -> list[Figure]:
    """Ages code finds: figures with no model label (what they measure is an age), placed,
    dated and parsed like the rest."""
    figures = []
    for f in ages:
        at = f.quantity.number_span[0] - f.sentence.start
        whose = _whose_age(analysis, f, counted[f.id].noun)
        figures.append(
            Figure(
                **f.quantity.model_dump(),
                quote=f.sentence.text,
                span=(f.sentence.start, f.sentence.end),
                measure="age",
                place=nearest_place(f.sentence.text, at),
                period=None,
                attributed_to=_attribution(analysis, f.sentence),
                counted=whose,
                dimension="age",
                verb=counted[f.id].verb,
                moving=False,
            )
        )
    return figures


#: "the 23-year-old German Lena Hartwig": the name after an age, after an adjective of
#: nationality or none; two capitalised words at least, the last one the surname.
_NAME_AFTER_AGE = re.compile(r"^(?:\s+[A-Z][a-z]+)?\s+[A-Z][a-z'’-]+\s+(?P<last>[A-Z][a-z'’-]+)\b")
_BARE_AGE = re.compile(r"^(?:The|the)\s*$")
_NAME_BEFORE_AGE = re.compile(
    r"\b[A-Z][\w'’-]+\s+(?P<last>[A-Z][\w'’-]+)\s*,\s*(?:who\s+(?:is|was)\s+)?(?:aged\s+|age\s+)?$"
)


def _whose_age(analysis: Analysis, f: _Found, noun: str | None) -> str | None:
    """Whose an age is, folded: a name it is set beside first ("Tomasz Nowak, aged 61,",
    "Rosa Diaz, a 71-year-old teacher", "the 52-year-old driver, Stefan Aebi"), then, for
    "the 63-year-old economist" with no name, the person the article named before (a role
    under "the" points back), then the noun it is of ("a 34-year-old woman"), then
    `_person_of_age`. A surname two people of the article share is told by the first name
    (`_one_of_namesakes`)."""
    start, end = f.quantity.number_span
    before = analysis.text[f.sentence.start : start]
    named = _NAME_BEFORE_AGE.search(before) or _NAME_BEFORE_ROLE_AGE.search(before)
    after = _NAME_AFTER_ROLE.match(analysis.text[end : f.sentence.end])
    whose: str | None
    if named is not None:
        whose = fold(named["last"])
    elif after is not None and is_person_noun(after["role"].split()[-1]):
        whose = fold(after["last"])
    elif is_person_noun(noun) and re.search(r"\bthe\s*$", before, re.IGNORECASE):
        whose = _person_named_before(analysis, start) or noun
    else:
        whose = noun or _person_of_age(analysis, f)
    return _one_of_namesakes(analysis, f, whose) if whose else whose


#: "Rosa Diaz, a 71-year-old former teacher", "Marko Zupan, the 62-year-old founder": the
#: name an age's noun stands in apposition to.
_NAME_BEFORE_ROLE_AGE = re.compile(
    r"\b[A-Z][\w'’-]+\s+(?P<last>[A-Z][\w'’-]+)\s*,\s*(?:a|an|the)\s+$"
)
#: "the 52-year-old driver, Stefan Aebi": a role after the age, then the name it is of.
_NAME_AFTER_ROLE = re.compile(
    r"^\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),?\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Captain|Capt)\.?\s+)?"
    r"[A-Z][\w'’-]+\s+(?P<last>[A-Z][\w'’-]+)\b"
)


def _person_named_before(analysis: Analysis, start: int) -> str | None:
    """The person an age's "the" points back to: the subject of the sentence before where it
    is a person's name, else a person that sentence names (its subject among them first),
    else the last person the tagger found before it; folded surnames."""
    earlier = [p for p in analysis.parsed if p.sentence.end <= start]
    if not earlier:
        return None
    doc = earlier[-1].doc
    subject = _named_subject(doc)
    if subject is not None:
        return subject
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    first = next((e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")), None)
    if first is None and people:
        first = people[0]
    if first is not None:
        return fold(first[-1].text)
    named = [
        (p.sentence.start + e.end_char, e[-1].text)
        for p in earlier
        for e in p.doc.ents
        if e.label_ == "PERSON"
    ]
    return fold(max(named)[1]) if named else None


def _one_of_namesakes(analysis: Analysis, f: _Found, whose: str) -> str:
    """An age's surname, as "surname (first)" where the article's body names two people of
    that surname ("Dr Lena Holm" and "Professor Arvid Holm"): the first name written before
    it, or the one the article gives its title ("Professor Holm, 72"); else the surname
    alone. The first name tells the two apart across articles
    (`compare._two_of_one_surname`); an article that names one Holm still meets either. A
    name's first word is its first name, past any title or nationality ("German Lena
    Hartwig"); a middle name is not another first name ("Ana Lucia Ferro"); the headline's
    words ("Teenager Kiprop") are no names."""
    if " " in whose or not whose.isalpha():
        return whose
    text = analysis.text
    body = text.find("\n")
    body = body if body > 0 else 0
    firsts: dict[str, str] = {}
    for m in _CAPITALISED_RUN.finditer(text, body):
        words = m["run"].split()
        if fold(words[-1]) != whose:
            continue
        first = _first_name(words[:-1])
        if first is not None:
            firsts.setdefault(fold(first), first)
    if len(firsts) < 2:
        return whose
    start = f.quantity.number_span[0]
    near = [
        m["run"].split()
        for m in _CAPITALISED_RUN.finditer(text, max(f.sentence.start, start - 60), start)
    ]
    own = [words for words in near if fold(words[-1]) == whose]
    if own:
        first = _first_name(own[-1][:-1])
        if first is not None and fold(first) in firsts:
            return f"{whose} ({fold(first)})"
        title = own[-1][-2] if len(own[-1]) > 1 else None
        if title is not None:
            # "Professor Holm": the first name the article writes after that title
            last = re.escape(own[-1][-1])
            titled = re.search(
                rf"\b{re.escape(title)}\.?\s+(?P<first>[A-Z][a-z'’-]+)\s+{last}\b", text
            )
            if titled is not None and fold(titled["first"]) in firsts:
                return f"{whose} ({fold(titled['first'])})"
    return whose


#: A run of capitalised words, the last a surname: "Professor Arvid Holm", "German Lena
#: Hartwig" (no possessive: "Germany's Hartwig").
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’-])(?P<run>(?:[A-Z][a-z'’-]*[a-z](?:(?:(?<=\bDr)|(?<=\bMr)|(?<=\bMs)|(?<=\bMrs)|"
    r"(?<=\bProf)|(?<=\bRev)|(?<=\bSt))\.)?[ \t]+)+[A-Z][\w'’-]*\w)\b"
)


def _first_name(words: list[str]) -> str | None:
    """The first name among the capitalised words before a surname: the first that is no
    title, nationality or sentence opener ("Dr", "German", "The"); None if there is none."""
    for word in words:
        bare = word.rstrip(".")
        if fold(bare) in NOT_FIRST_NAMES or is_demonym(bare):
            continue
        return bare
    return None


def _person_of_age(analysis: Analysis, f: _Found) -> str | None:
    """Whose age a figure with no counted noun is, as a folded surname: the name right
    after it ("the 23-year-old German Lena Hartwig"), or, for a bare "The 19-year-old" that
    opens a sentence, the person the article named last before it (news style: the subject
    of the sentence before), as the tagger finds people."""
    start, end = f.quantity.number_span
    after = _NAME_AFTER_AGE.match(analysis.text[end : end + 60])
    if after is not None:
        return fold(after["last"])
    # (a name set off before it, "Lena Marovic, aged 21,", is read first, by `_whose_age`)
    # "The 19-year-old won…", "…and on Wednesday the 102-year-old was walking": a bare age
    # under "the" points back to a person named before
    opening = _BARE_AGE.match(analysis.text[f.sentence.start : start]) or re.search(
        r"\bthe\s*$", analysis.text[max(f.sentence.start, start - 6) : start]
    )
    # "..., the first title for the 19-year-old.": a bare age ending its clause is the
    # sentence's own subject, where that is a name
    closing = re.match(r"\s*[,.;)]", analysis.text[end : end + 3]) and re.search(
        r"\bthe\s*$", analysis.text[max(f.sentence.start, start - 6) : start]
    )
    if closing:
        own = [p.doc for p in analysis.parsed if p.sentence.start == f.sentence.start]
        subject = _named_subject(own[0]) if own else None
        if subject is not None:
            return subject
    if not opening:
        return None
    earlier = [p for p in analysis.parsed if p.sentence.end <= start]
    if not earlier:
        return None
    # the subject of the sentence before, where it is a name ("Ines Marlow won...")
    subject = _named_subject(earlier[-1].doc)
    if subject is not None:
        return subject
    # else a person the sentence before names by a noun, nearer than any name further back
    # ("…trying to reach a little girl trapped in a ravine. The seven-year-old…": the girl)
    noun = next(
        (t.lemma_.lower() for t in earlier[-1].doc if t.lemma_.lower() in _PERSON_NOUNS), None
    )
    if noun is not None:
        return str(noun)
    # else a person the sentence before names, else the last the tagger found before it
    return _person_named_before(analysis, start)


#: Nouns that name a person by age or sex, which a bare "The six-year-old" may stand for.
_PERSON_NOUNS = frozenset(
    "boy girl man woman child toddler baby teenager teen pensioner schoolboy schoolgirl".split()
)


def _named_subject(doc: Any) -> str | None:
    """The subject of a sentence's main verb, folded, where it is a proper name."""
    subject = next((t for t in doc if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in _NOT_PEOPLE:
        return None
    if subject.text.isupper():
        return None  # "FLORIANÓPOLIS, Oct 28 - …": a dateline's place is nobody
    return fold(str(subject.text))


#: What the tagger says a name is when it is no person's.
_NOT_PEOPLE = frozenset("GPE LOC ORG NORP FAC".split())


#: The speaker as the subject of a time taken, in the clause before it: "I crossed the line
#: in", "I was hoping for" (not "I watched him cross in": another runner between).
_FIRST_PERSON = re.compile(
    r"\bI\s+(?:(?!(?:her|him|them|his|their|she|he|they)\b)[a-z']+\s+){0,5}$"
)


def _result_figures(analysis: Analysis) -> list[Figure]:
    """Final scores and times taken, which code finds and needs no label for: what they
    measure is the result of those the parse names ("Rovers beat City 3-1": city v rovers),
    dated and placed like the rest."""
    figures = []
    for q, sent in find_results(analysis.text, analysis.sents):
        a, b = q.number_span[0] - sent.start, q.number_span[1] - sent.start
        sides = result_sides(sent.text, a, b)
        said_by = _attribution(analysis, sent)
        if (
            sides is None
            and q.unit == CLOCK_UNIT
            and said_by
            and _FIRST_PERSON.search(sent.text[:a])
        ):
            # '"I crossed in 2:07:41," he said': the runner is the one speaking
            sides = fold(said_by)
        if sides is None and q.unit == CLOCK_UNIT:
            # "He crossed the line in 2:07:48", "The 24-year-old stopped the clock at …": the
            # runner the sentence before names first, its subject (news style)
            sides = _person_in_sentence_before(analysis, sent)
        figures.append(
            Figure(
                **q.model_dump(),
                quote=sent.text,
                span=(sent.start, sent.end),
                measure="result",
                place=nearest_place(sent.text, a),
                period=find_period(sent.text, a),
                attributed_to=said_by,
                counted=sides,
                # "I was hoping for 2:05": a hope, not the time run
                outlook=what_is_counted(sent.text, [(a, b)])[0].outlook,
            )
        )
    return figures


def _person_in_sentence_before(analysis: Analysis, sent: Sentence) -> str | None:
    """The first person the tagger finds in the sentence before `sent`, as a folded surname
    ("Kenya's Moses Tanui won the marathon": tanui)."""
    before = [s for s in analysis.sents if s.end <= sent.start and not s.skipped]
    named = _surnames(analysis, before[-1], before[-1].end) if before else []
    return fold(named[0]) if named and named[0] else None


def _ordinal_figures(analysis: Analysis) -> list[Figure]:
    """Counts told by an ordinal, which code finds and needs no label for: a running count
    ("its third acquisition this year": three so far, of acquisitions; it may still grow)
    and a match minute, whose thing is the person the sentence names before it ("Okafor's
    shot in the 78th minute"; none named, no figure: "a red card in the 30th minute")."""
    figures = []
    for q, sent, noun in find_ordinals(analysis.text, analysis.sents):
        a = q.number_span[0] - sent.start
        if q.unit == MINUTE_UNIT:
            whose = _person_before(analysis, sent, q.number_span[0])
            if whose is None:
                continue
            counted, moving = whose, False
        else:
            counted, moving = noun, True
        figures.append(
            Figure(
                **q.model_dump(),
                quote=sent.text,
                span=(sent.start, sent.end),
                measure=q.unit,
                place=nearest_place(sent.text, a),
                period=find_period(sent.text, a),
                attributed_to=_attribution(analysis, sent),
                counted=counted,
                moving=moving,
            )
        )
    return figures


def _person_before(analysis: Analysis, sent: Sentence, at: int) -> str | None:
    """The last person the tagger finds in `sent` before offset `at`, as a folded surname."""
    named = _surnames(analysis, sent, at)
    return fold(named[-1]) if named and named[-1] else None


def _surnames(analysis: Analysis, sent: Sentence, at: int) -> list[str]:
    """The surnames of the people the tagger finds in `sent` before offset `at`, in order."""
    own = [p.doc for p in analysis.parsed if p.sentence.start == sent.start]
    return [
        re.sub(r"['’]s?$", "", e.text).split()[-1]
        for e in (own[0].ents if own else [])
        if e.label_ == "PERSON" and sent.start + e.end_char <= at
    ]


#: A year within a period's first words: "in October 2024", "on 3 May 2025".
#: Words of a poll's fieldwork: its dates in such a sentence are the window of all it found.
_FIELDWORK = re.compile(
    r"\b(?:polls?|surveys?|polling|fieldwork|interview(?:s|ed)?|polled|surveyed|questioned|"
    r"sampled)\b",
    re.IGNORECASE,
)
_A_YEAR_IN_IT = re.compile(r"[^,.;]{0,20}?\b((?:19|20)\d\d)\b")


def _apart(f: _Found, at: int, period_at: int) -> bool:
    """A time at `period_at` is another clause's, not the figure's: in a clause of its own
    below the number ("Voltrik, founded in 2019, sold 1.9 lakh scooters"), or a length of
    time in a clause joined after it ("fined it $3m and barred it for two years"; a day
    there, "and injured 40 on Tuesday", may date both); or a time inside the number's own
    phrase, which dates the count it is a multiple of ("twice as many as last year's 18,000")."""
    text = f.sentence.text
    if at < period_at < f.quantity.number_span[1] - f.sentence.start:
        return True
    if DATE_SPAN.match(text, period_at) and _FIELDWORK.search(text):
        # "The survey of 1,020 adults, conducted between 28 August and 3 September, put the
        # party on 27 per cent", "Prism, which interviewed 1,012 adults from 12 to 15
        # October, put": the poll's fieldwork, the window of all it found
        return False
    year = _A_YEAR_IN_IT.match(text, period_at)
    if year is not None and offence_date_apart(text, at, year.start(1)):
        # "found Pere guilty of murdering a guard in October 2024, by a majority of 11 to 1":
        # the offence's date, not the verdict's
        return True
    return in_a_clause_below(text, at, period_at) or (
        LENGTH_OF_TIME.match(text, period_at) is not None
        and in_a_conjoined_clause(text, at, period_at)
    )


def _siblings(sentence: Sentence, previous: Sentence) -> bool:
    """Two lines of one key-numbers box ("Scorers: ...", "Attendance: 48,213"): the line
    before is another entry, not the context of this one."""
    return is_label_line(sentence.text) and is_label_line(previous.text)


def _what_is_counted(found: list[_Found]) -> dict[int, Counted]:
    """Each figure's counted noun, dimension and verb, parsing each sentence once."""
    by_sentence: dict[Sentence, list[_Found]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    out: dict[int, Counted] = {}
    for sent, items in by_sentence.items():
        spans = [
            (x.quantity.number_span[0] - sent.start, x.quantity.number_span[1] - sent.start)
            for x in items
        ]
        for x, c in zip(items, what_is_counted(sent.text, spans), strict=True):
            out[x.id] = c
    return out
