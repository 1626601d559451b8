"""The time window a figure covers, as the sentence states it, found by code.

"in the past six months", "in less than two weeks", "since 2011", "last week", "for weeks",
"since then" (resolved against the sentence before: "September 2018"). Two figures with
different windows count different things and are never compared as values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

#: The months by name, in order: the one list every rule of time reads.
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: Any month by its full name, as a regular-expression alternation (match without case).
MONTH = "|".join(MONTH_NAMES)


def month_number(name: str) -> int | None:
    """The month's number, 1 to 12, by its name or a short form ("Sept", "jan."); else None."""
    key = name.casefold().rstrip(".")
    if key == "sept":
        key = "sep"
    for i, month in enumerate(MONTH_NAMES, start=1):
        if key == month or (len(key) == 3 and month.startswith(key)):
            return i
    return None


_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: A weekday as agency copy writes it, capitalised: "on Fri", "on Thurs".
_DAY_ABBREVIATIONS = r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?!\w)"
_DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "tues": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "thur": "Thursday",
    "thurs": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|hours?)"
_SEASONS = r"winter|summer|spring|autumn|fall"
_COUNT = r"(?:[\w-]+\s+)?"

#: Years from one to another: "2027 to 2029", "2027 and 2029".
_YEARS_FROM_TO = r"(\d{4})\s+(?:to|and|until)\s+(\d{4})"
#: A window's span of years, its first and last year as groups 1 and 2.
YEAR_SPAN = re.compile(rf"\b{_YEARS_FROM_TO}\b")
#: A length of time, told from its "for": "for two years", "for 18 months".
LENGTH_OF_TIME = re.compile(r"for\s+(?:\w+\s+){1,2}?(?:years?|months?|weeks?|days?)\b", re.I)

#: A span of dates: "between 28 August and 3 September", "from March 2 to March 9",
#: "between 1 and 5 June" (a poll's fieldwork, a festival's run); its ends as groups.
_DATE_SPAN = (
    rf"\b(?:between|from)\s+(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?P<m1>{_MONTHS}))?|"
    rf"(?P<m1b>{_MONTHS})\s+(?P<d1b>\d{{1,2}}))\s+(?:and|to|until|through)\s+"
    rf"(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})|(?P<m2b>{_MONTHS})\s+(?P<d2b>\d{{1,2}}))"
    rf"(?:,?\s+(?P<y>\d{{4}}))?\b"
)
DATE_SPAN = re.compile(_DATE_SPAN, re.IGNORECASE)
_PATTERNS = [
    rf"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|previous|first|next|coming)\s+{_COUNT}{_UNIT}\b",
    rf"\bin\s+(?:less|more|fewer)\s+than\s+{_COUNT}{_UNIT}\b",
    # a point of follow-up: "in work six years after arrival", "twelve months after the
    # floods" (not days: "two days after the quake" dates a count that is still moving)
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
    r"twenty)\s+(?:years?|months?)\s+(?:after|later)\b",
    # a horizon: "plan to leave within five years" (as "within the next five years")
    rf"\bwithin\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+{_UNIT}\b",
    # the start of a year as a subject: "The first seven months of 2026 averaged 1.3C above"
    # (not a change's base: "compared with the first three months of the year")
    rf"(?<!with\s)(?<!from\s)(?<!than\s)(?<!over\s)(?<!on\s)\bthe\s+first\s+{_COUNT}{_UNIT}\s+of\s+(?:\d{{4}}|the\s+year|this\s+year)\b",
    rf"\bsince\s+(?:then|the\s+(?:start|beginning)\s+of\s+(?:the\s+)?\w+|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}"
    rf"(?:,?\s+\d{{4}})?|(?:early\s+|late\s+|mid-)?{_MONTHS}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}|{_DAYS})\b",
    r"\bsince\s+[\w'’]+\s+(?:war|conflict|crisis|offensive)\s+(?:started|began)\s+in\s+\d{4}\b",
    # a career's start: "since her debut in 1978", "since his appointment in 2019"
    r"\bsince\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:debut|arrival|appointment|election)"
    r"\s+in\s+\d{4}\b",
    # "since the outbreak began in July", "since the strike started on Monday", "since it
    # began in October"
    rf"\bsince\s+(?:(?:it|they)\s+|(?:the|its|their|this)\s+(?:[\w-]+\s+){{1,2}}?)"
    rf"(?:began|started|broke\s+out|"
    rf"erupted|struck|opened)\s+(?:in|on)\s+(?:(?:early\s+|late\s+|mid-)?{_MONTHS}(?:\s+\d{{4}})?|\d{{4}}|"
    rf"{_DAYS})\b",
    rf"\bfor\s+(?:the\s+past\s+)?{_COUNT}{_UNIT}\b",
    r"\b(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|season)\b",
    # a span of days: "between Monday and Wednesday", "from Friday to Sunday"
    rf"\b(?:between\s+{_DAYS}\s+and|from\s+{_DAYS}\s+(?:to|until|through))\s+{_DAYS}\b",
    # a span of dates: "between 28 August and 3 September" (`DATE_SPAN`)
    _DATE_SPAN,
    r"\bin\s+recent\s+(?:days|weeks|months|years)\b",
    rf"\b(?:on|in)\s+{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?\b",
    # the day before its month, as British and most other English write a date: "on 1 May"
    rf"\bon\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s+\d{{4}})?\b",
    # years from one to another: "for the period 2027 to 2029", "between 2027 and 2029"
    rf"\b(?:(?:for|over|in)\s+the\s+(?:period|years)|between|from)\s+{_YEARS_FROM_TO}\b",
    rf"\bin\s+(?:{_MONTHS}\s+)?\d{{4}}\b",
    # a season of one year or across two: "over the winter of 2025-26", "in the 2026 summer"
    rf"\b(?:over|during|in|through|for)\s+the\s+(?:(?:{_SEASONS})\s+of\s+\d{{4}}(?:[-/]\d{{2,4}})?|"
    rf"\d{{4}}(?:[-/]\d{{2,4}})?\s+(?:{_SEASONS}))\b",
    # "by Monday afternoon": a count as it stood that day, dated as "on Monday"; agency copy
    # abbreviates the day ("said on Fri")
    rf"\b(?:on|by|as\s+of)\s+(?:{_DAYS}|{_DAY_ABBREVIATIONS})\b",
    # "so far in June", "so far this year": the window named, to date
    rf"\bso\s+far\s+(?:this\s+(?:week|month|year|season)|in\s+{_MONTHS}(?:\s+\d{{4}})?)\b",
    r"\bso\s+far\b",
    r"\b(?:yesterday|today|tonight|last\s+night)\b",
]
_PERIOD = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
_ANAPHOR = re.compile(
    r"\bsince\s+then\b|\bat\s+the\s+time\b|\b(?:that|the\s+same)\s+period\b", re.IGNORECASE
)
_ANCHOR = re.compile(
    rf"\b{_MONTHS}\s+\d{{4}}\b|\b(?:in|since)\s+\d{{4}}\b|\b{_MONTHS}\s+\d{{1,2}}\b|"
    rf"\bfor\s+{_COUNT}{_UNIT}\b|\b(?:since|in)\s+{_MONTHS}\b(?!\s+\d)",
    re.IGNORECASE,
)


#: Phrases that date an event rather than bound a count: "12 killed on Sunday" and
#: "12 killed" are the same count; only a window ("since 2011", "in the past week") makes a
#: different one.
_EVENT_DATE = re.compile(
    rf"^(?:on\s+|(?:by|as\s+of)\s+{_DAYS}\b|(?:last|this|next|earlier\s+this|later\s+this)\s+week\b|"
    rf"(?:last|yesterday|this)\s+(?:night|morning|afternoon|evening)\b|yesterday|today|"
    rf"tonight|in\s+{_MONTHS}\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)
#: "trapped for hours": how long a state lasted, not a window a count was taken over ("on
#: the offensive for weeks ... 700,000 fleeing" is one: a count gathers over weeks).
_STATE_DURATION = re.compile(r"^for\s+(?:the\s+past\s+)?(?:hours|minutes)$", re.IGNORECASE)


def is_window(period: str | None) -> bool:
    """True when `period` bounds what is counted ("since 2011", "in the past six months");
    False for an event's date ("on Sunday", "last night") or a state's length ("for hours")."""
    if not period:
        return False
    return not (_EVENT_DATE.match(period) or _STATE_DURATION.match(period))


#: A superlative before "since" or a span of years: "the highest since 2015", "for the first
#: time since 1998", "a level not seen in twenty years" name a yardstick, not the window the
#: figure counts over.
_YARDSTICK = re.compile(
    r"\b(?:\w+est|most|least|first|worst|best|(?:a|the)\s+record|level|biggest|largest|"
    r"(?:not|never)\s+(?:been\s+)?seen)\b"
    r"[\w\s-]{0,40}$",
    re.IGNORECASE,
)
#: A superlative with its article, before the frame it is the most of: "the highest of the".
_RECORD_BEFORE = re.compile(
    r"\bthe\s+(?:highest|lowest|hottest|coldest|warmest|wettest|driest|strongest|biggest|"
    r"largest|worst|best|most|fewest|busiest|deadliest|longest)\b[\w\s-]{0,30}$",
    re.IGNORECASE,
)
_RECORD_FRAME = re.compile(r"so\s+far\b|this\s+(?:season|year|month)\b", re.IGNORECASE)
#: A period's possessive before a name: "this year's Gold Coast Music Awards", "last
#: season's Premier League": an edition of an event, named.
_EDITION_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+)?[A-Z]")
#: The periods a yardstick measures against: "since 2015", "in more than two decades".
_MEASURED_SINCE = re.compile(
    r"since\b|in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|at\s+least\s+|"
    r"the\s+(?:past|last)\s+)?(?:[\w-]+\s+)?(?:years?|decades?|century|centuries)\b",
    re.IGNORECASE,
)


#: Verbs of a series' or a thing's start: "since the survey began", "since records were
#: first kept", "since the index was launched".
SERIES_STARTS = (
    r"(?:(?:was|were)\s+(?:first\s+)?)?(?:began|begun|started|launched|set\s+up|founded|"
    r"created|opened|reopened|introduced|kept|collected|recorded|"
    # the same told by a noun: "since its opening in 2011", "since its launch in 2019"
    r"opening|reopening|launch|founding|foundation|creation|inception|establishment|"
    # and a career's: "since her debut in 1978", "since his appointment in 2019"
    r"debut|arrival|appointment|election|"
    # and its first instance: "since the first count in 1978", "since the first census"
    r"first\s+[a-z]+)"
)
#: The words before a year that say it is when a series or a thing began, a yardstick of the
#: figure, not its window: "the lowest since the Reading Trust began its annual survey [in
#: 2005]".
SINCE_IT_BEGAN = re.compile(
    rf"\bsince\s+(?:[\w'’-]+\s+){{1,6}}?{SERIES_STARTS}\b(?:\s+[\w'’-]+){{0,3}}?\s+$",
    re.IGNORECASE,
)


#: A value compared against, with the words up to a period after it: "up from about 600 in
#: the previous survey [in 2015]", "compared with 3.2 million [in 2024]". That period dates
#: the earlier value only.
_EARLIER_VALUE = re.compile(
    r"\b(?:(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:[a-z]+\s+){0,2}?|"
    # a record the figure beat: "beating the 43.2C set in 2019", "breaking the previous
    # record of 1,204 from 1998"
    r"(?:beat(?:ing|s)?|break(?:ing|s)?|broke|surpass(?:ing|es|ed)?|eclips(?:ing|es|ed)|"
    # (not a margin: "exports exceeded imports by $5.6bn in October" is the month's surplus)
    r"top(?:ping|s|ped)|overtak(?:ing|es)|overtook|exceed(?:ing|s|ed)?)\s+(?:[a-z]+\s+){0,4}?"
    r"(?<!\bby\s))"
    r"(?P<n>[£$€]?\d[\d.,]*)(?!\s*(?:a\.?m\b|p\.?m\b|[:.]\d|GMT|BST|UTC|h\b|o'clock))"
    r"[^\d,;]{0,40}$",
    re.IGNORECASE,
)

#: A month alone after a value: "7.1% in February".
_EARLIER_MONTH = re.compile(
    r"[^\s,;]+(?:\s+(?:per\s*cent|percent|points?|million|billion|trillion))?"
    rf"\s+(?P<p>in\s+{_MONTHS})\b(?!\s+\d)",
    re.IGNORECASE,
)


#: A value of another time, told by "the" and a participle of recording before its period:
#: "well above the 47 per cent recorded in 2025", "the 1.2 million seen in 2019".
_VALUE_RECORDED = re.compile(
    r"\bthe\s+(?P<n>[£$€]?\d[\d.,]*)(?:\s*(?:%|per\s*cent|percent|points?|million|billion|"
    r"bn|m)\b)?\s+(?:[a-z]+\s+)?(?:recorded|seen|registered|reached|posted|reported|logged|"
    r"counted|achieved|measured)\s+(?:(?:in|during|at|on)\s+(?:[A-Za-z]+\s+)?)?$",
    re.IGNORECASE,
)


def earlier_value_before(sentence: str, at: int) -> tuple[int, int] | None:
    """Where the earlier value stands that a period or year at offset `at` dates, if it follows
    one ("up from about 600 in 2015", "the 47 per cent recorded in 2025"): from the comparing
    word to the value's end."""
    m = _EARLIER_VALUE.search(sentence[:at]) or _VALUE_RECORDED.search(sentence[:at])
    return (m.start(), m.end("n")) if m else None


#: The day a sentence is told, not the day it counts: "said on Tuesday", "data released
#: Tuesday", "told reporters on Monday", and the day of the telling's own noun: "in its weekly
#: update on Thursday", "the studio's estimate on Sunday", "figures published on Sunday", "the
#: figure the collector gave on Thursday evening" (not "a report on Monday's flooding").
TOLD_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|released|published|showed|show|confirmed|"
    r"stated|added|revealed|disclosed|issued|gave|estimated|updates?|estimates?|briefing|"
    r"statement|bulletin|release)\b(?:\s+[a-z]+){0,2}?"
    # "said at around 7 pm on Monday": the hour of the telling before its day
    r"(?:\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))?\s+(?:on\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b(?!['’])",
    re.IGNORECASE,
)


#: How near its number (characters) a period must be to outrank the day the sentence is told.
TOLD_REACH = 50


#: A part of a figure named after it: ", including the first repair in 2006".
INCLUDING_AFTER = re.compile(r",\s+(?:including|among\s+them)\b[^;]*", re.IGNORECASE)


#: The words before the base of a change: "from the previous", "on the preceding".
_CHANGE_BASE_BEFORE = re.compile(
    r"\b(?:from|on|over|than|compared\s+(?:with|to))\s+(?:the\s+)?(?:previous|preceding|prior)\s+$",
    re.IGNORECASE,
)


def find_period(
    sentence: str, number_at: int, apart: Callable[[int], bool] | None = None
) -> str | None:
    """The period phrase in `sentence` nearest to the number at offset `number_at`; a period
    right after an earlier value dates that value alone ("up from 600 in 2015"), and a month
    does too ("fell to 6.8% in March, from 7.1% in February"), though a month alone is no
    window of the figures it follows ("7.4% in March" is the article's month, in the other's
    words "last month"). The day the sentence is told ("published on Tuesday, found that 28%
    of adults were obese in 2026") gives way to a period near the number. `apart(offset)`
    says a period at that offset stands in another clause than the number's ("sold 1.9 lakh
    scooters, founded in 2019"): never its window."""
    month = _EARLIER_MONTH.match(sentence, number_at)
    if month and earlier_value_before(sentence, month.start("p")):
        return month["p"]
    told = [(t.start(), t.end()) for t in TOLD_ON.finditer(sentence)]
    found: list[tuple[int, bool, str, int]] = []  # distance, told, the period, its offset
    # (a part named after the figure: its years are the part's)
    part = INCLUDING_AFTER.search(sentence, number_at)
    for m in _PERIOD.finditer(sentence):
        if m.start() <= number_at < m.end():
            continue  # "we will strike for 48 hours": the figure's own words, not its window
        if _YARDSTICK.search(
            sentence[max(0, m.start() - 50) : m.start()]
        ) and _MEASURED_SINCE.match(m.group().strip()):
            # "the highest since 2015", "the highest in more than two decades", "a level not
            # seen in 20 years": what the figure is measured against
            continue
        if _RECORD_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()]) and (
            _RECORD_FRAME.match(m.group().strip())
        ):
            # "recorded 46.8C, the highest of the season so far", "the hottest day so far this
            # year": the frame of a record, not the window of the figure
            continue
        if _CHANGE_BASE_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()]):
            # "rose 0.7 per cent in April to June from the previous three months": the base
            # a change is measured against, not its window
            continue
        if _EDITION_AFTER.match(sentence, m.end()):
            continue  # "for this year's Gold Coast Music Awards": which awards, not a window
        if SINCE_IT_BEGAN.search(sentence[max(0, m.start() - 80) : m.start()]):
            # "the lowest since the trust began its survey in 2005": the series' start
            continue
        earlier = earlier_value_before(sentence, m.start())
        if earlier and not earlier[0] <= number_at < earlier[1]:
            continue  # "750, up from 600 in 2015": 2015 is the 600's year
        if part is not None and m.start() >= part.start() and re.search(r"\d{4}", m.group()):
            # "4,000 operations in her career, including the first valve repair in 2006":
            # the year of one of its parts (a day there may still be the whole's)
            continue
        if apart is not None and apart(m.start()):
            continue  # (asked last: it reads the sentence's parse)
        distance = min(abs(m.start() - number_at), abs(m.end() - number_at))
        said = any(x <= m.start() and m.end() <= y for x, y in told)
        found.append((distance, said, m.group().strip(), m.start()))
    # a period near the number outranks the day it was told; one further off may date another
    # thing the sentence tells ("said on Tuesday that ... had been stolen in a cyberattack
    # last month"), and the nearest stands
    near = [f for f in found if not f[1] and f[0] <= TOLD_REACH]
    if not near:
        # but a telling after the figure (", the lift company said on Saturday") dates the
        # telling alone: a period of the figure's own clause before it stands, however far
        # ("Snowfall since the start of the season at the ski area has reached 1.4 metres")
        after = min((x for x, _ in told if x > number_at), default=None)
        near = [f for f in found if not f[1] and after is not None and f[3] < after]
    # an explainer's answer read with its question ("How many doses so far? About 212,000 in
    # the first month"): the answer's own period outranks the question's
    answered = [f for f in near or found if "?" not in sentence[f[3] : number_at]]
    best = min(answered or near or found, default=None)
    return _date_span(_day_in_full(best[2])) if best else None


def _date_span(period: str) -> str:
    """A span of dates in one wording, "from 12 October to 15 October", however it was said
    ("between 12 and 15 October", "from October 12 to October 15"); a whole month's span is
    that month ("between 1 and 28 February 2027" is "in February 2027")."""
    m = DATE_SPAN.fullmatch(period)
    if m is None:
        return period
    d1, d2 = int(m["d1"] or m["d1b"]), int(m["d2"] or m["d2b"])
    m2 = (m["m2"] or m["m2b"]).capitalize()
    m1 = (m["m1"] or m["m1b"] or m2).capitalize()
    year = f" {m['y']}" if m["y"] else ""
    if m1 == m2 and d1 == 1 and d2 >= 28:
        return f"in {m2}{year}"
    return f"from {d1} {m1} to {d2} {m2}{year}"


#: A clock time an event starts at, told without "at": "from 6am", "from midnight".
_CLOCK = r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|midnight|noon|midday)"
#: The day an event starts, told after its length: "a 48-hour strike starting at 9pm on
#: Thursday", "a three-day walkout from Monday", "beginning on 14 September", "a 24-hour
#: stoppage planned for next week", "from 6am next Tuesday" (the coming Tuesday: "on Tuesday").
_STARTS_ON = re.compile(
    rf"^[^.;]{{0,50}}?\b(?:start(?:ing|s)?|begin(?:ning|s)?|from|(?:planned|scheduled|set|due)"
    rf"\s+(?:for|on|to\s+(?:start|begin)))\s+(?:at\s+[\w.:]+\s+|{_CLOCK}\s+)?"
    rf"(?P<p>(?:on\s+|next\s+|this\s+|coming\s+)?"
    rf"(?:{_DAYS}|{_DAY_ABBREVIATIONS}|\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}})"
    rf"|(?:next|this)\s+(?:week|weekend|month)|tomorrow)\b",
    re.IGNORECASE,
)


def event_start(sentence: str, length_end: int) -> str | None:
    """The day an event whose length ends at offset `length_end` starts, where the words after
    it say ("a 72-hour strike starting at 2100 on Thu 25 Jun" -> "on Thursday"): the
    event's date, which a report of when it was announced must not replace."""
    m = _STARTS_ON.match(sentence[length_end:])
    if not m:
        return None
    day = re.sub(rf"^(?:next|this|coming)\s+(?={_DAYS})", "on ", m["p"], flags=re.IGNORECASE)
    if re.match(r"(?:on|next|this|tomorrow)\b", day, re.IGNORECASE):
        return _day_in_full(day)
    return _day_in_full(f"on {m['p']}")


def _day_in_full(period: str) -> str:
    """A period with an abbreviated weekday written in full: "on Fri" -> "on Friday"."""
    on, _, day = period.partition(" ")
    full = _DAY_NAMES.get(day.lower()) if day[:1].isupper() else None
    return f"{on} {full}" if full else period


def is_anaphoric(period: str | None) -> bool:
    """True when `period` (or a sentence) points back in time: "since then", "at the time"."""
    return bool(period and _ANAPHOR.search(period))


def find_anchor(previous: str) -> str | None:
    """What "since then" points back to: the last time expression of the sentence before."""
    found = [m.group().strip() for m in _ANCHOR.finditer(previous)]
    return found[-1] if found else None


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def anchor_day(period: str | None, published: str | None) -> str | None:
    """The day a relative time names, anchored to the article's date (ISO): "yesterday" and
    "last night" the day before, "today" and "tonight" the day itself, "on Tuesday" the last
    Tuesday on or before it (news reports what has happened). None where either is missing
    or the period names no single day."""
    if not period or not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    words = period.lower()
    if re.search(r"\b(?:yesterday|last\s+night)\b", words):
        return (day - timedelta(days=1)).isoformat()
    if re.search(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", words):
        return day.isoformat()
    named = re.fullmatch(rf"(?:on|by|as\s+of)\s+({_DAYS})", period.strip(), re.IGNORECASE)
    if named:
        back = (day.weekday() - _WEEKDAYS.index(named.group(1).lower())) % 7
        return (day - timedelta(days=back)).isoformat()
    return None


#: The zones a clock's time may be told in: "14:05 GMT", "9am local time".
CLOCK_ZONES = r"(?:GMT|BST|CET|CEST|UTC|local(?:\s+time)?)"
#: An hour of the day: "11am", "3.30pm", "14:00" (a 24-hour clock's minutes run to 59, and a
#: share is no hour: "rise by 4.99%"), "midday".
_CLOCK_HOUR = (
    r"(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ap>am|pm|a\.m\.|p\.m\.)(?!\w)|"
    r"(?P<h24>\d{1,2})[.:](?P<m24>[0-5]\d)(?![\w%]|\s*per\s*cent)|"
    r"(?P<word>noon|midday|midnight|nightfall|lunchtime)\b"
)
#: A count stamped with the hour it stood at: "by 11am", "as at 6.30pm", "as of 9am", "in an
#: update at 14:00", "by midday", "by Thursday morning" (not "by 2030", a target; not "landed
#: at 3:42pm", an event's time).
HOUR_STAMP = re.compile(
    # a live blog's entry opens with its time: "13:00 - Medical teams have now treated 412"
    rf"^\s*(?P<eh>\d{{1,2}})[:.](?P<em>[0-5]\d)\s*{CLOCK_ZONES}?"
    r"\s*[-–—|]\s|"
    r"\b(?:by|as\s+(?:at|of)|(?:update|bulletin|briefing|statement)\s+at)\s+(?:"
    + _CLOCK_HOUR
    + r"|(?:(?:early|late|mid)[\s-]?)?(?P<part>morning|afternoon|evening)\b|"
    rf"(?:{_DAYS}|this)\s+(?P<dpart>morning|afternoon|evening|night)\b)",
    re.IGNORECASE,
)
_PARTS_OF_DAY = {
    "morning": 10.0,
    "lunchtime": 13.0,
    "noon": 12.0,
    "midday": 12.0,
    "afternoon": 15.0,
    "evening": 19.0,
    "nightfall": 20.0,
    "night": 22.0,
    "midnight": 24.0,
}
#: The hours a part of the day may mean: "this morning" and "as of 9am" can be one moment.
_PART_SPANS = {
    "morning": (5.0, 12.0),
    "lunchtime": (11.5, 14.5),
    "afternoon": (12.0, 18.5),
    "evening": (17.0, 23.0),
    "nightfall": (17.0, 21.0),
    "night": (19.0, 29.0),
}
#: The hour a reading of a state was taken at, said without a word of stamping: "were
#: without power at 6am", "still closed on Wednesday evening", "this morning". Only for
#: counts of those in a state: for other counts "at 6am" is often when the event happened.
HOUR_AT = re.compile(
    r"\b(?:at|around|about|from)\s+(?:" + _CLOCK_HOUR + r")"
    rf"|\b(?:(?:{_DAYS}|this)\s+|(?:early|late|mid)[\s-]?)(?P<dpart>morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)


def stamped_hour(sentence: str) -> float | None:
    """The hour of the day a count is stamped with ("by 11am" -> 11.0, "by 3.30pm" -> 15.5,
    "by Thursday evening" -> 19.0, roughly for a part of the day), None without a stamp."""
    m = HOUR_STAMP.search(sentence)
    return None if m is None else _hours(m)[0]


def hour_span(sentence: str, loose: bool = False) -> tuple[float, float] | None:
    """The hours a count is stamped with, as a span: one hour ("as of 9am" -> 9 to 9), or
    what a part of the day may mean ("by Thursday evening" -> 17 to 23). With `loose`, an
    hour said without a word of stamping also counts (`HOUR_AT`: for a state's reading)."""
    m = HOUR_STAMP.search(sentence)
    if m is None and loose:
        m = HOUR_AT.search(sentence)
    return None if m is None else _hours(m)[1]


def _hours(m: re.Match[str]) -> tuple[float, tuple[float, float]]:
    """A stamp's hour, and the span of hours it may mean."""
    if m["h"] is not None:
        hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
        at = hour + int(m["m"] or 0) / 60
        return at, (at, at)
    if m["h24"] is not None:
        at = int(m["h24"]) + int(m["m24"]) / 60
        return at, (at, at)
    if m.groupdict().get("eh") is not None:
        at = int(m["eh"]) + int(m["em"]) / 60
        return at, (at, at)
    word = (m["word"] or m.groupdict().get("part") or m["dpart"]).lower()
    at = _PARTS_OF_DAY[word]
    return at, _PART_SPANS.get(word, (at, at))
