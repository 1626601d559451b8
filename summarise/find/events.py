"""Meetings an article names, found by code: who meets (countries) and where.

"The leaders of Russia, Iran, and Turkey are slated to meet next week in the northern Iranian
city of Tabriz" -> meeting of Iran, Russia, Turkey in Tabriz. Participants are countries
named outright, or by adjective before a title ("Turkish President ..."); a place is what
follows "in"/"at" (or "the ... city of"). Reconciliation flags two articles that put a
meeting of the same parties in different places.
"""

from __future__ import annotations

import re

from summarise.find.periods import find_period
from summarise.find.places import country_of
from summarise.find.text import Sentence
from summarise.schemas import Event

PLACE_WINDOW = 70
_MEETING = re.compile(r"\b(meet|meets|met|meeting|summit|talks)\b", re.IGNORECASE)
_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:city|town|capital|resort)\s+of\s+)?"
    r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)"
)
_TITLE_AFTER = re.compile(
    r"^\s+(?:President|Prime|Foreign|Defen[cs]e|leader|leaders|counterpart|delegation|"
    r"officials|government|minister|envoy)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+Federation)?")


def _participants(text: str, place: str) -> list[str]:
    found: set[str] = set()
    for m in _WORD.finditer(text):
        word = re.sub(r"(?:['’]s)?[-.,]*$", "", m.group())
        country = country_of(word)
        if country is None or word == place:
            continue
        # A country's adjective counts only before a title: "Turkish President", not
        # "Syrian war" or "Iranian city".
        is_name = country_of(word) == country and word.casefold() == country.casefold()
        if is_name or word == "Russian Federation" or _TITLE_AFTER.match(text[m.end() :]):
            found.add(country)
    return sorted(found)


def find_events(text: str, sents: list[Sentence]) -> list[Event]:
    events = []
    for s in sents:
        if s.skipped or not _MEETING.search(s.text):
            continue
        verb = _MEETING.search(s.text)
        assert verb is not None
        # The place must follow the verb closely: "meet next week in ... the city of Tabriz",
        # not "...to discuss the situation in Idlib" a clause later.
        place = _PLACE.search(s.text[: verb.end() + PLACE_WINDOW], verb.start())
        if place is None:
            continue
        name = re.sub(r"['’]s$", "", place.group("place"))
        country = country_of(name)
        if country is not None and country.casefold() == name.casefold():
            continue  # "in Syria" names a country, not the place a meeting sits
        parties = _participants(s.text, name)
        if len(parties) < 2:
            continue
        at = s.start + place.start("place")
        events.append(
            Event(
                kind="meeting",
                participants=parties,
                place=name,
                place_span=(at, at + len(name)),
                when=find_period(s.text, place.start("place")),
                quote=s.text,
                span=(s.start, s.end),
            )
        )
    return events
