"""Comparing figures across articles: which ones count the same thing, and when they disagree.

Plain code over briefs, near-linear in the corpus (hash buckets and sorting, never all pairs).
A flag needs three things the code can check:
- **the same thing counted**: figures are bucketed by what they count, read from the
  sentence's grammar at brief time (`grammar.what_is_counted`: "60 excavators" → excavator;
  "80m-deep well" → depth of well), else by category words around the number (killed,
  injured, displaced...); a figure known only by the model's label is grouped, never
  compared. "Killed and injured" is its own measure, never set against "killed".
  Measurements are compared as quantities (40 m against 131 feet), in the same dimension.
- **the same event**: a figure whose sentence names an earlier year ("since 1908", "in
  1945") is background and only meets figures of that year; two stated places must agree.
- **a comparable time**: only a counting window ("since 2011", "in the past week") makes two
  counts different; an event's date ("on Sunday", "last night") or a state's length ("for
  hours") does not.

A count the sentence gives as still moving ("are being used", "have been dispatched", "so
far") that differs between articles is a **tally**, shown as a sequence, and flagged only
where it cannot be a rise: the same article date with disjoint values, or a later article
below an earlier one's lower bound. Candidates the code doubts (grouped by a category while
their counted nouns name different kinds) go to "worth a look", not among the flags. Every
pair a named rule keeps from a comparison (`rules.SET_ASIDE_RULES`) is recorded in
`set_aside` with the rule; the model's verdict on a flag is shown on it, never acted on.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import permutations
from typing import Generic, TypeVar

from summarise.corpus.anchors import anchored, digits, role, same_years
from summarise.corpus.pairing import (
    Pairing,
    counted_stems,
    dimension_of,
    number_in_quote,
    on_one_scale,
    pair_other_words,
    stage_words,
    stem,
    variant_words,
)
from summarise.corpus.rules import SET_ASIDE_RULES
from summarise.find import senses
from summarise.find.grammar import (
    ASPECTS,
    HELD_NOUNS,
    dateline,
    in_a_clause_below,
    in_a_persons_clause,
    is_poll_reading,
    named_subject_at,
    offence_year,
    result_sides,
    says_running,
    total_of_several,
    without_dateline,
)
from summarise.find.names import NOT_FIRST_NAMES, fold, is_person_noun
from summarise.find.periods import (
    DATE_SPAN,
    INCLUDING_AFTER,
    MONTH,
    MONTH_NAMES,
    SERIES_STARTS,
    TOLD_ON,
    YEAR_SPAN,
    anchor_day,
    earlier_value_before,
    hour_span,
    is_window,
    month_number,
    stamped_hour,
)
from summarise.find.places import (
    Levels,
    compatible,
    country_of,
    is_demonym,
    place_levels,
    places_in,
)
from summarise.find.quantities import (
    AGE_UNIT,
    CLOCK_UNIT,
    DEGREES_UNIT,
    DONE_FOR,
    EVENT_LENGTH_UNIT,
    MAGNITUDE_UNIT,
    MINUTE_UNIT,
    ORDINAL_UNIT,
    SCORE_UNIT,
    SHARED_UNIT_NAMES,
    STAYS,
    UNIT_BASE,
    age_bands,
    dimension,
    final_scores,
    format_number,
    in_base_unit,
    parse_quantity,
    tally_side,
)
from summarise.schemas import (
    Brief,
    Claim,
    Conflict,
    Figure,
    FigureGroup,
    SetAside,
    Severity,
    Tally,
)

#: Ordered: the first that matches names what a figure counts. Killed before fighters, so
#: "troops killed" is a death toll, not a troop count.
MEASURES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in [
        (
            "killed",
            r"\b(kill\w*|dead|deaths?|died|martyr\w*|casualt\w*|neutraliz\w*|lives|drown\w*|"
            r"perish\w*)\b",
        ),
        ("injured", r"\b(injur\w*|wounded)\b"),
        ("refugees", r"\b(refugees?|asylum)\b"),
        (
            "displaced",
            r"\b(displace\w*|fle(e|d|eing)|escap\w*|uproot\w*|homeless|evacuat\w*|forced\s+from|"
            r"(?:moved|ordered)\s+(?:out\s+)?(?:of|from)\s+their\s+homes|ordered\s+to\s+leave)\b",
        ),
        (
            "population",
            r"\b(live|living|lives\s+in|population|residents?|inhabitants?|home\s+to)\b",
        ),
        ("fighters", r"\b(fighters?|militants?|jihadists?|extremists?|rebels?|troops|soldiers)\b"),
        # "27 guests fell ill", "were taken ill", "sickened": one count of the ill
        (
            "ill",
            r"\b(?:fell|fallen|falling|were\s+taken|been\s+taken|became|got)\s+(?:ill|sick|unwell)\b"
            r"|\bsicken\w*",
        ),
        ("trapped", r"\b(?:trapped|buried\s+alive|stuck\s+under)\b"),
        # "people out of work", "were unemployed": a count of the jobless (the rate is
        # "unemployment", a share)
        ("unemployed", r"\b(?:unemployed|out\s+of\s+work|jobless)\b"),
        ("waiting", r"\bwaiting\s+(?:list|for\s+(?:treatment|surgery|an?\s+operation))\b"),
        ("missing", r"\b(?:missing|unaccounted\s+for)\b"),
    ]
]
#: "killed and injured", "dead or wounded", "casualties": one measure, never either part.
_KILLED_AND_INJURED = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?)\s*(?:,|and|or|and/or)\s+(?:\w+\s+){0,2}(?:injur\w*|wounded)"
    r"|\b(?:injur\w*|wounded)\s*(?:,|and|or)\s+(?:\w+\s+){0,2}(?:kill\w*|dead|died)\b"
    # "102 dead or in hospital", "have died or been taken to hospital"
    r"|\b(?:dead|died|killed)\s+or\s+(?:\w+\s+){0,3}(?:in\s+|to\s+)?hospital\w*"
    r"|\bcasualt\w*",
    re.IGNORECASE,
)
#: Lemmas of verbs and nouns that name a category: "died", "were killed", "fled"...
_VERB_CATEGORY = {
    **dict.fromkeys(
        ["kill", "die", "martyr", "neutralize", "neutralise", "slay", "drown", "perish"], "killed"
    ),
    **dict.fromkeys(["sicken"], "ill"),
    **dict.fromkeys(["wait"], "waiting"),
    **dict.fromkeys(["injure", "wound", "hurt"], "injured"),
    **dict.fromkeys(["displace", "flee", "escape", "uproot", "evacuate"], "displaced"),
    **dict.fromkeys(["live", "reside", "inhabit"], "population"),
    **dict.fromkeys(["arrest", "detain"], "arrested"),
}
_PEOPLE_OF_A_PLACE = frozenset(["people", "person", "resident", "inhabitant", "local"])
#: Verbs that displace people when people are what they count (not "moved 40 tonnes").
_MOVE_VERBS = frozenset("move relocate rehouse rehome".split())
#: The moving verb before the count: the people are its object, moved by others.
_MOVED_THEM = re.compile(
    rf"\b(?:{'|'.join(sorted(v.rstrip('e') for v in _MOVE_VERBS))})\w*\b[^.;]{{0,40}}$",
    re.IGNORECASE,
)
#: Nouns that name a category's count itself, as "deaths" the killed: "cases" of the ill,
#: "the waiting list" of those waiting.
_COUNTED_AS = {
    # "47 lives were lost": the dead by the lives they lost (a death toll's own noun; not a
    # measure of its own: "saved 40 lives" is no death toll)
    "killed": frozenset(["life"]),
    "ill": frozenset(["case"]),
    "crowd": frozenset(["people", "crowd"]),  # "41,000 people attended", "a crowd of"
    # "26.1 million people flew through the airport": its passengers (`_THROUGH_A_PORT`)
    "passenger": frozenset(["people", "passenger", "traveller", "traveler"]),
    # (a housing list's units: "8,400 households on the list", "11,200 families waiting")
    "waiting": frozenset(
        ["list", "treatment", "case", "patient", "pathway", "home", "family", "applicant"]
    ),
    # "132 suspects had been arrested", "arrested 312 people": those arrested by their name
    "arrested": frozenset(["suspect", "detainee", "person", "individual"]),
    "evacuated": frozenset(["evacuee", "person", "individual"]),
    # "unemployment fell to 1.3 million": the jobless by the name of their state
    "unemployed": frozenset(["unemployment", "jobless"]),
    # the jobless rate by the whole it is a share of: "31.4% of the labour force"
    "unemployment": frozenset(["force", "workforce"]),
}
#: Words of an illness: "cases of measles", "confirmed cases of the virus".
_ILLNESS = re.compile(
    r"\b(?:disease|virus|flu|influenza|measles|mumps|cholera|infection|fever|poisoning|covid|"
    r"salmonella|legionnaires|norovirus|hepatitis|tuberculosis|whooping\s+cough|outbreak)\b",
    re.IGNORECASE,
)
#: Cases told as an outbreak's are: "confirmed cases", "suspected cases", "probable cases".
_CASES_OF_ILLNESS = re.compile(r"\b(?:confirmed|suspected|probable)\s+cases\b", re.IGNORECASE)
#: Verbs of counting cases of an illness ("has recorded 1,962 cases"), where no word of a
#: crime or a court says the cases are others ("police recorded 40 cases of fraud").
_CASES_RECORDED = frozenset("record confirm report register detect log identify".split())
_CRIME = re.compile(
    r"\b(?:fraud|burglar\w*|theft|crime|court|abuse|assault|corruption|lawsuits?|legal|"
    r"police|trafficking|complaints?)\b",
    re.IGNORECASE,
)
#: A fire's area: "burnt through 12,000 hectares", "scorched 31,000 hectares of bush".
_FIRE = re.compile(
    r"\b(?:burn\w*|scorch\w*|blaze|(?:bush|wild|forest|grass)?fires?|charred)\b", re.IGNORECASE
)
#: People named by what they were doing, whom a verb may bring to hospital: "Three
#: pupils were taken to hospital" are hospitalised, not a count of pupils.
_PEOPLE_ON_AN_OUTING = frozenset(
    "passenger guest pupil student worker spectator fan tourist visitor diner runner rider "
    "climber hiker swimmer skier pilgrim worshipper shopper commuter player".split()
)
#: Admitted to hospital: "were admitted to the rural hospital", "hospitalised".
_ADMITTED = frozenset("admit hospitalise hospitalize".split())
#: Verbs that bring people to hospital: "eleven people were taken to hospital", "sent 27
#: people to hospital", "rushed to hospital" (not "took 40 people to the airport").
_TO_HOSPITAL_VERBS = frozenset("take send rush airlift fly ferry carry bring transport".split())
_TO_HOSPITAL_AFTER = re.compile(r"^[^.;,]{0,40}?\bto\s+(?:[\w-]+\s+){0,2}?hospitals?\b")
_HOSPITAL = re.compile(r"\bhospital", re.IGNORECASE)


def _taken_to_hospital(after: str) -> bool:
    """The clause after a count says its people were brought to hospital, no other number
    coming first ("eight diners ... were taken to hospital", not "eight diners said two
    waiters were taken to hospital")."""
    m = _TAKEN_TO_HOSPITAL.search(after[:140])
    return m is not None and _NUMBERISH.search(after[: m.start()]) is None


#: Brought to hospital, told in the passive: "were taken to hospital", "was rushed to the
#: district hospital" (not "took a taxi to the hospital").
_TAKEN_TO_HOSPITAL = re.compile(
    r"\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:taken|rushed|brought|sent|flown|airlifted|"
    r"driven|carried)\s+to\s+(?:[\w-]+\s+){0,2}?hospitals?\b"
)
#: Staff who lose their jobs are the jobs lost: "1,400 workers will lose their jobs".
_STAFF = frozenset("worker employee staff member".split())
_LOSE_JOBS = re.compile(
    r"\blos(?:e|es|ing|t)\s+(?:their|his|her)\s+jobs?\b|\blaid\s+off\b|\bmade\s+redundant\b",
    re.IGNORECASE,
)
#: The size of an elected body, told as its seats or members: "the 67-seat council", "a
#: 120-member parliament".
_BODIES = (
    r"(?:council|parliament|assembly|chamber|legislature|house|senate|board|committee|cabinet)"
)
_SIZE_OF_BODY = re.compile(
    rf"^[- ](?:seat|member|strong)\s+(?:[\w-]+\s+){{0,2}}?{_BODIES}\b", re.IGNORECASE
)
#: "for all 70 seats on the city council": every seat of the body.
#: (not a party's: "won all 12 seats on the council")
_ALL_BEFORE = re.compile(
    r"(?<!\bwon\s)(?<!\bwin\s)(?<!\btook\s)(?<!\bswept\s)(?<!\bheld\s)(?<!\bholds\s)"
    r"(?<!\bkept\s)(?<!\bretained\s)\ball\s+(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)
_SEATS_OF_BODY = re.compile(
    rf"^\s+seats\s+(?:on|in|of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_BODIES}\b", re.IGNORECASE
)
#: Verbs of people who make an event's crowd: "41,000 people attended", "watched the final".
_ATTEND_VERBS = frozenset("attend watch flock pack fill throng".split())
#: Words that say a count of people at a place is its crowd: "according to the official
#: attendance".
_CROWD_WORDS = re.compile(r"\b(?:attendance|crowd|spectators|gate)\b", re.IGNORECASE)
#: People counted as being at a place: "28,940 people were at Harbour Road".
_PEOPLE_WERE_AT = re.compile(r"^\s+people\s+(?:were|was)\s+(?:in\s+)?at\b")
#: What is watched on a screen: its watchers are viewers.
_SCREENS = re.compile(
    r"\b(?:broadcast|television|TV|stream(?:ed|ing)?|online|live\s+on|coverage|channel|video)\b",
    re.IGNORECASE,
)


def _in_the_crowd(verb: str | None, quote: str, after: str) -> bool:
    """People counted by a verb of attending ("attended the match", "watched the final"), or
    as being at a place where the sentence says it counts a crowd ("28,940 people were at
    Harbour Road, according to the official attendance")."""
    if verb in _ATTEND_VERBS:
        return not (verb == "watch" and _SCREENS.search(quote))  # viewers, not a crowd
    at = _PEOPLE_WERE_AT.match(after)
    return verb in (None, "be") and at is not None and _CROWD_WORDS.search(quote) is not None


#: People who went through an airport or a station are its passengers: "26.1 million people
#: flew through the airport" (not "flew to safety").
_THROUGH_A_PORT = re.compile(
    r"\s*(?:people|travellers|travelers)\s+(?:have\s+|had\s+)?(?:flew|flown|travell?ed|"
    r"passed|transited)\s+(?:through|via)\b",
    re.IGNORECASE,
)
#: A count on a waiting list, whatever it counts: "8,400 households on the council's social
#: housing waiting list", "7.4 million patients remain on waiting lists".
_ON_A_WAITING_LIST = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:are\s+|were\s+|remain\s+|remained\s+|still\s+)*on\s+"
    r"(?:(?:the|a|its|their|[\w'’-]+)\s+){0,5}?waiting\s+lists?\b",
    re.IGNORECASE,
)
#: Verbs of lives lost: "claimed 17 lives", "took the lives of", "cost 40 lives".
_LIVES_TAKEN = frozenset("claim take cost lose end".split())
#: One doing under two verbs: "vaccinated 2.3 million children", "were immunised".
_SAME_VERB = {
    "immunise": "vaccinate",
    "immunize": "vaccinate",
    "inoculate": "vaccinate",
    "jab": "vaccinate",
}
#: Verbs that move a sum of money named by no noun, as one verb: a gift is given, donated
#: or contributed; a price is paid by one side and charged by the other.
_MONEY_VERB = {"donate": "give", "contribute": "give", "charge": "pay"}
#: Verbs of being given something, which for a vaccine are being vaccinated: "received the
#: oral polio vaccine", "got their first jab", "were given a dose" (the passive's lemma).
_RECEIVING_VERBS = frozenset("receive get give take".split())
_A_VACCINE_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:vaccines?|vaccinations?|jabs?|doses?|shots?|immuni[sz]ations?|"
    r"inoculations?|boosters?)\b",
    re.IGNORECASE,
)
#: A search for people before their number: "still looking for 11 people", "searching for
#: 40 residents" (not "looking for 200 people to staff the plant", `_TO_DO`).
_SEARCHED_FOR = re.compile(
    r"\b(?:look(?:s|ed|ing)?|search(?:es|ed|ing)?|hunt(?:s|ed|ing)?)\s+for\s+"
    r"(?:(?:at\s+least|about|around|some|another|more\s+than)\s+)?$",
    re.IGNORECASE,
)
#: A purpose after the people counted: "200 people to staff the plant" (a search to fill).
_TO_DO = re.compile(r"^\s+[a-z]+\s+to\s+[a-z]+", re.IGNORECASE)
#: Verbs of one doing, for telling two doings apart (not for naming a measure): claims,
#: complaints and applications are lodged, filed, made or submitted.
_SAME_DOING = {**_SAME_VERB, "lodge": "submit", "file": "submit", "make": "submit"}
#: Verbs that bring a sum about: "generate", "deliver", "bring" savings or revenue.
_BRINGING_ABOUT = frozenset(
    "generate deliver bring yield produce achieve realise realize create".split()
)
#: How badly the injured are hurt: "six were critically injured" are some of the injured.
_SEVERITY = re.compile(
    r"^[^.;,]{0,25}\b(?:critically|seriously|severely|gravely|badly|life-threatening)\b", re.I
)
#: Places a number after "of" counts the people of: "a town of 9,000", "a city of 2 million".
_SETTLEMENTS = frozenset("town city village country province region district island".split())
#: Places the number itself counts: "cut off 12 villages", "sold in 30 countries" (not
#: "a town of about 9,000", its people).
_SETTLEMENTS_COUNTED = re.compile(
    r"[\s-]+(?:[\w-]+\s+){0,2}(?:towns?|cit(?:y|ies)|villages?|countr(?:y|ies)|provinces?|"
    r"regions?|districts?|islands?)\b",
    re.IGNORECASE,
)
#: What a thing done cost, told by its noun: "restored at a cost of 51 million kronor", "built
#: at a total cost of $40m" (as "the restoration cost 28 million kronor").
_AT_A_COST_OF = re.compile(r"\bat\s+an?\s+(?:total\s+|final\s+|overall\s+)?cost\s+of\s+$", re.I)
#: Verbs that put a price on something: "paid $2.1bn for", "agreed to buy it for $2.4bn".
_PRICE_VERBS = frozenset(
    "pay buy acquire purchase sell bid offer value price cost fetch snap sign charge bill "
    "hammer auction".split()
)
#: Money a budget gives one thing: "allocated £40m to flood defences", "will spend R4.8bn on
#: school infrastructure", "set aside R6.2bn for school infrastructure".
_BUDGET_VERBS = frozenset("spend allocate earmark budget ringfence ring-fence invest".split())
_SET_ASIDE_BEFORE = re.compile(r"\bset\s+aside\s+(?:a\s+further\s+|another\s+)?$", re.I)
_BUDGET_FOR = re.compile(
    r"^\s+(?:on|for|to|in)\s+(?:the\s+|new\s+|its\s+)*(?P<what>(?:[a-z-]+\s+){0,2}[a-z-]+)"
)
#: A speed limit: "limited to 80km/h", "a limit of 50mph", "an 80 km/h speed limit".
_LIMIT_BEFORE = re.compile(r"\blimit(?:ed)?\s+(?:of\s+|to\s+)?$", re.IGNORECASE)
_LIMIT_AFTER = re.compile(r"^\s*(?:speed\s+)?limit\b", re.IGNORECASE)
#: What moves at a speed named before it: a wind or a vehicle.
_SPEED_OF_BEFORE = re.compile(
    r"\b(gusts?|winds?|train|car|bus|coach|lorry|truck|van|plane|aircraft|jet|vehicle|"
    r"motorbike|motorcycle|driver|motorist|ship|vessel|ferry|boat)\b(?=[^.;]{0,70}$)",
    re.IGNORECASE,
)
#: A film's takings: "took $84.5m in its opening weekend", "opened to $62m", "grossed".
_TAKINGS_VERBS = frozenset("take gross earn open make collect bring rake debut".split())
_BOX_OFFICE = re.compile(
    r"\bbox[\s-]office\b|\bopening\s+weekend\b|\b(?:cinemas|theaters|theatres|screens)\b",
    re.IGNORECASE,
)
#: A film's opening told by its sum alone: "we opened to $28 million", "opened with $9m"
#: (not "shares opened at $28").
_OPENED_TO = re.compile(
    r"\bopen(?:ed|s)?\s+(?:to|with)\s+(?:an?\s+)?(?:estimated\s+|about\s+|around\s+)?$", re.I
)
#: Verbs and nouns of money taken unlawfully: "embezzled $3m", "a £2.4m fraud". ("Take" only
#: with "from" after the sum: "took £2.4m from the hospice", not "took £5m in sales".)
_TAKING_VERBS = frozenset(
    "steal embezzle siphon swindle defraud misappropriate pocket skim loot fleece rob "
    # "escape": a sum escaped with, "escaped with R3.1 million" (a sum is no one displaced)
    "launder divert funnel snatch grab escape".split()
)
_TAKING_NOUNS = frozenset("fraud theft embezzlement scam swindle heist robbery".split())
#: Verbs of prices moving: "consumer prices rose 4.6%" is a rate of inflation.
_PRICE_MOVES = frozenset("rise increase climb jump grow fall drop ease accelerate".split())
#: Nouns that name a price: "a $2.1bn deal", "the takeover, worth $3bn".
_PRICE_NOUNS = frozenset(
    "deal takeover acquisition purchase bid offer price fee valuation merger consideration "
    "fare toll charge tariff rent subscription levy ticket pass seat licence license permit "
    "admission entry membership".split()
)
#: A price's lowest tier told by "start" after what is sold: "tickets starting at £35",
#: "prices start from $89" (not any "start at": "the programme starts at $2m a year").
_PRICES_START_BEFORE = re.compile(
    r"\b(?:tickets?|prices?|fares?|rooms?|seats?|packages?|plans?|models?|passes|pass|rates?|"
    r"subscriptions?|memberships?)\b[^.;:]{0,40}?\bstart(?:s|ing|ed)?\s+(?:at|from)\s+$",
    re.IGNORECASE,
)
#: A price told by the sale it was asked in: "a tout who sold seats for the final at £350
#: each", "resold tickets at £530 each", "rooms going for $400 a night" (the parse may hang
#: the sum on another verb of the sentence: "…was jailed").
_SOLD_AT_BEFORE = re.compile(
    r"\b(?:sold|sell(?:s|ing)?|resold|resell(?:s|ing)?|offered|offering|listed|priced|going|"
    r"advertised|charging|charged)\b[^.;:]{0,60}?\b(?:at|for)\s+"
    r"(?:just\s+|only\s+|up\s+to\s+|as\s+much\s+as\s+)?$",
    re.IGNORECASE,
)
#: What a person is paid for work, named by its noun whatever the verb: "was paid a salary
#: of R6.1 million" is the salary "earned", not a price.
_PAY_NOUNS = frozenset("salary wage pension bonus stipend allowance".split())
#: A deal's worth told after its noun: "an all-share deal worth", "a merger valued at".
_DEAL_WORTH_BEFORE = re.compile(
    r"\b(?:deal|takeover|acquisition|merger|purchase|buyout)\s+(?:worth|valued\s+at)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|an\s+estimated\s+)?$",
    re.IGNORECASE,
)
#: Verbs and nouns of a penalty: "fined the bank £250,000", "a penalty of $2m". ("fin" is how
#: the small tagger lemmatises "fined".)
_PENALTY_VERBS = frozenset("fine fin penalise penalize".split())
_FINED_BEFORE = re.compile(r"\bfined\b[^.;,]{0,50}$", re.IGNORECASE)
#: A share of the electorate that voted: "71% of voters cast ballots", "of the electorate
#: voted", "of registered voters turned out".
_VOTED = r"(?:cast|voted|turned\s+out|took\s+part|participated)\b"
_TURNOUT_OF = re.compile(
    # (a country's voters: "of Latvia's eligible voters had cast a ballot")
    r"\s+of\s+(?:the\s+|its\s+|registered\s+|eligible\s+|union\s+|[A-Z][\w-]*['’]s\s+)*"
    rf"(?:voters|electorate|members)\s+(?:\w+\s+)?{_VOTED}",
    re.IGNORECASE,
)
#: "Turnout in Thursday's election was 61 per cent", "on a turnout of 58%".
_TURNOUT_BEFORE = re.compile(
    r"\bturnout\b(?:\s+(?:in|at|for|of)\b[^.;,%]{0,40}?)?\s+(?:was|is|stood\s+at|reached|hit|"
    r"of|at|came\s+in\s+at|rose\s+to|fell\s+to)\s+(?:just\s+|about\s+|around\s+|some\s+|"
    r"nearly\s+|almost\s+|over\s+|under\s+)?$",
    re.IGNORECASE,
)
#: The jobless rate told as a share of the labour force without work: "31.4 per cent of the
#: labour force was without work", "6% of the workforce were unemployed".
_WORKFORCE_WITHOUT_WORK = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|[A-Z][\w-]*['’]s\s+)?(?:labou?r\s+force|work\s*force|"
    r"working[\s-]age\s+(?:population|people|adults))\s+(?:was|were|is|are|remained|remain)\s+"
    r"(?:still\s+)?(?:without\s+(?:work|a\s+job|jobs|employment)|out\s+of\s+work|unemployed|"
    r"jobless)\b",
    re.IGNORECASE,
)
#: The turnout told as the share of voters who voted: "The share of registered voters who cast
#: a ballot in Kerala's election was 64.9 per cent", "the proportion of electors who voted
#: stood at".
_SHARE_WHO_VOTED_BEFORE = re.compile(
    r"\b(?:share|proportion|percentage|per\s*cent(?:age)?)\s+of\s+(?:the\s+|its\s+|"
    r"registered\s+|eligible\s+|[A-Z][\w-]*['’]s\s+)*(?:voters|electorate|electors)\s+"
    rf"(?:who|that)\s+(?:had\s+|have\s+)?{_VOTED}[^.;%]{{0,60}}?\s+(?:was|were|is|stood\s+at|"
    r"reached|came\s+to)\s+(?:just\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)
#: "half of registered voters – 49 per cent – cast ballots": the share set off by dashes.
_VOTERS_DASH_BEFORE = re.compile(r"\b(?:voters|electorate|members)\s*[–—-]\s*$", re.I)
_DASH_VOTED_AFTER = re.compile(rf"^\s*[–—-]\s*{_VOTED}", re.IGNORECASE)
_PENALTY_NOUNS = frozenset("fine penalty damages compensation settlement".split())
#: Heads of compounds that name the kind of measure, not the thing: the modifier says what
#: is measured ("unemployment rate" is unemployment, "death toll" is deaths).
_MEASURE_HEADS = frozenset(
    "rate level number total figure toll count share tally amount sum value".split()
)
_NOUN_CATEGORY = {
    **dict.fromkeys(["death", "dead", "fatality", "victim"], "killed"),
    **dict.fromkeys(["injury"], "injured"),
    **dict.fromkeys(["arrest", "detention"], "arrested"),
    **dict.fromkeys(["refugee", "asylum"], "refugees"),
    **dict.fromkeys(["resident", "inhabitant", "population"], "population"),
    # the economy's output, however it is named: "the economy shrank", "GDP contracted"
    **dict.fromkeys(["economy", "gdp", "product", "output", "growth"], "economy"),
    **dict.fromkeys(["revenue", "sale", "turnover"], "revenue"),
    **dict.fromkeys(["jobless", "unemployment"], "unemployment"),
    **dict.fromkeys(
        ["fighter", "militant", "jihadist", "extremist", "rebel", "troop", "soldier"], "fighters"
    ),
}
#: One event under several names, for its length: a strike is a walkout or a stoppage, a
#: ceasefire a truce, a shutdown a closure.
_SAME_EVENT = {
    "shutdown": "closure",
    "walkout": "strike",
    "walk out": "strike",
    "stoppage": "strike",
    "truce": "ceasefire",
    "cease fire": "ceasefire",
    "blackout": "outage",
    "disruption": "outage",
    "interruption": "outage",
    "downtime": "outage",
    "power cut": "outage",
}
#: One thing under two words: "rainfall" is rain measured, "gross domestic product" the
#: economy's output.
_SAME_THING = {
    "rainfall": "rain",
    "snowfall": "snow",
    "downpour": "rain",
    "earthquake": "quake",
    "tremor": "quake",
    "temblor": "quake",
    # one liquid by its names: "litres of crude", "barrels of oil"
    "crude": "oil",
    "petroleum": "oil",
    "fuel": "oil",  # "heavy fuel oil", "bunker fuel": one spill
    "levy": "tax",  # "the property tax levy", "property taxes"
    # a job cut by its names: "850 redundancies", "1,200 layoffs", "to cut 1,200 jobs"
    "redundancy": "job",
    "layoff": "job",
    # one shore by its names: "17km of coastline", "40km of the coast"
    "coastline": "coast",
    "shoreline": "coast",
}
#: Nouns that count one thing under two names: "1,200 jobs" and "2,100 roles" at one bank,
#: "47 stores" and "74 shops" of one chain, "a crowd of 52,310" and "48,310 spectators".
_SAME_COUNT = {
    "role": "job",
    "post": "job",
    "position": "job",
    "shop": "store",
    "outlet": "store",
    "branch": "branch",
    "spectator": "crowd",
    "attendance": "crowd",
    "fan": "crowd",
    # those who came to an event: "drew 290,000 visitors", "41,000 festivalgoers"
    "visitor": "crowd",
    "attendee": "crowd",
    "festivalgoer": "crowd",
    "concertgoer": "crowd",
    "holding": "stake",
    "victory": "win",
    "loss": "defeat",
    # a dwelling by its names: "340 homes destroyed", "520 houses flattened", "households
    # without water"
    "house": "home",
    "household": "home",
    "dwelling": "home",
    # a school's children: "87 pupils", "53 students"
    "student": "pupil",
    "schoolchild": "pupil",
    "schoolgirl": "pupil",
    "schoolboy": "pupil",
    # trades of a worker: "17,000 mineworkers", "9,500 workers"
    "mineworker": "worker",
    "dockworker": "worker",
    "steelworker": "worker",
    "autoworker": "worker",
    # agency copy's "pax" (passengers)
    "pax": "passenger",
    # a count of people named by the count's own noun: "a daily ridership of 2.3 million",
    # "a footfall of 1.2 million"
    "ridership": "passenger",
    "footfall": "crowd",
}
#: The away side of a match: "the visitors were dismissed for 214".
_THE_VISITORS = re.compile(r"\bthe\s+visitors\b", re.IGNORECASE)
#: Verbs of a job cut (lemmas as the parse gives them: "lay off" is "lay", "make redundant"
#: is "make"), whose staff counted (`_STAFF`: "lay off 600 workers") are the jobs cut.
_JOB_LOSS_VERBS = frozenset("cut shed lay axe slash eliminate lose make furlough dismiss".split())
#: A rise by a share under its other names: "a pay offer of 4%", "a 5% hike", "a raise".
_SAME_RISE = {"offer": "rise", "hike": "rise", "raise": "rise", "increase": "rise"}
#: A share of the vote under its other names: "backed by 41% of voters", "41% of ballots".
_SAME_SHARE = {"voter": "vote", "ballot": "vote", **_SAME_RISE}


#: What a temperature is of when it is not the air's: "water temperatures", "the sea
#: surface temperature", "soil temperature" (the last such words before the number).
_MEDIUM = re.compile(
    r"\b(?P<what>water|sea|ocean|lake|river|soil|ground|body|core)(?:[\s-]+surface)?\s+"
    r"temperatures?\b(?!.*\btemperatures?\b)",
    re.IGNORECASE,
)


#: Nouns that name a flow of what the noun before them names: "passenger traffic", "visitor
#: numbers" count passengers and visitors.
_FLOW_OF = frozenset("traffic numbers number volume volumes".split())


def _without_flow(words: list[str]) -> list[str]:
    """A noun's words without a last word that names a flow of the one before it
    ("passenger traffic" counts passengers); a flow noun alone stays."""
    return words[:-1] if len(words) > 1 and words[-1] in _FLOW_OF else words


def _one_name(noun: str, unit: str | None) -> str:
    """One name for a thing counted under several (`_SAME_COUNT`: "roles" are jobs), and for
    a share under several (`_SAME_SHARE`: "a pay offer of 4%" is a rise, offered; "41% of
    voters" is a share of the vote)."""
    same = _SAME_COUNT.get(noun, noun)
    return _SAME_SHARE.get(same, same) if unit == "%" else same


#: (a name's word after "the" modifies the noun: "of the Galician coast" is of the coast)
_OF_WHAT = re.compile(
    r"\s*of\s+(?:the\s+(?:[A-Z][\w-]*\s+(?=[a-z])){0,2})?((?:[a-z-]+['’]?\s+){0,2}[a-z-]+)"
)
#: A measurement's conversion in brackets right after it: "(97 cm)", "(about 5,070 pounds)".
_CONVERTED = re.compile(r"^\s*\([^()]{1,40}\)")
_OF_STOP = frozenset(
    "in on at across over overnight by from to and with since during for fell was were had "
    "has is are that which after before as while when than or but this these those last next "
    "between under into among against within through per near off along around outside beyond "
    "including north south east west onto upon toward towards".split()
)


#: A cut by a share, with what was cut between the verb and "by": "reduced hospitalisations
#: by 38%", "cut the risk of a second heart attack by 64%" (not "fell by 4%": no object).
_CUT_BY = re.compile(
    r"\b(?:reduc|cut|lower|slash|decreas|halv)\w*\s+(?P<what>(?:[\w'’-]+\s+){1,6}?)by\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)


def _measured_after(text: str) -> str | None:
    """The head noun of an "of" phrase right after a measurement ("of fresh snow on..." ->
    snow), singular; past the measurement's conversion ("38 inches (97 cm) of snow")."""
    m = _OF_WHAT.match(_CONVERTED.sub("", text, count=1))
    if m is None:
        return None
    words = _up_to_stop(m.group(1))
    if not words or words[-1] in _MEASURE_HEADS:
        return None
    return _last_noun(words)


def _last_noun(words: list[str]) -> str | None:
    """The head of a noun phrase's words (the last, singular); none where the words are only
    an article before a name the patterns do not read ("of the A9 north of Perth", "for the
    Health Ministry")."""
    if not words or words[-1] in ("the", "a", "an"):
        return None
    return _singular(words[-1])


#: Verbs in -ing that tell what measured matter did, after its noun: "112 millimetres of rain
#: falling", "40cm of snow lying", "2,000 litres of oil leaking" (not nouns in -ing: "social
#: housing", "school building").
_MATTER_MOVING = frozenset(
    "falling lying flowing pouring leaking spilling gushing settling accumulating remaining".split()
)


def _up_to_stop(phrase: str) -> list[str]:
    """The words of a noun phrase before the first that ends it (`_OF_STOP`): "school
    infrastructure in 2026" -> school, infrastructure."""
    words: list[str] = []
    for w in phrase.split():
        if w in _OF_STOP or (words and _PARTICIPLE.fullmatch(w) and w not in _ED_NOUNS):
            break  # "of cocaine hidden among crates": a participle after the noun ends it
        if words and w in _MATTER_MOVING:
            break  # "of rain falling in the 24 hours": what the rain did, not a noun
        words.append(w)
    return words


#: A past participle ("hidden", "concealed", "stored"), and nouns that only look like one.
_PARTICIPLE = re.compile(
    r"[a-z]{3,}ed|hidden|stolen|taken|given|held|kept|left|lost|found|seized|sold|bought|"
    r"brought|caught|made|built|shown|known|driven|written|spent|paid"
)
#: (five letters at least: "seed", "need" are too short to be read as one)
_ED_NOUNS = frozenset("speed breed greed creed steed".split())


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _thing_sold(words: list[str]) -> str | None:
    """What "ticket sales" count: the tickets ("sold 95,000 tickets")."""
    return words[-2] if len(words) > 1 and words[-1] == "sale" else None


#: Nouns a number does not count: "six times", "a two-time champion".
_NOT_COUNTS = frozenset(["time", "times"])
#: A rate per thing after a measurement, past what is measured: "28 litres of diesel per
#: 100km", "140 litres per person".
_PER_THING_AFTER = re.compile(
    r"^(?:\s+of\s+[a-z-]+)?\s+(?:per|every)\s+(?:\d[\d,.]*\s*)?(?P<what>[a-z]+)", re.I
)
_PERIOD_NOUNS = frozenset("second minute hour day week month quarter year annum".split())
#: How often, or how many times over: "six times", "38 times the shares", "threefold",
#: "three times a week" (a frequency per period).
_TIMES_AFTER = re.compile(
    r"^(?:\s*-?\s*fold\b|\s+times\b(?:\s+(?:a|an|per|each|every)\s+"
    r"(?P<per>day|week|month|year)\b)?)",
    re.IGNORECASE,
)
#: Nouns that say only "people": the verb tells what was counted ("people killed").
_GENERIC = frozenset(["people", "person", "civilian", "child", "man", "woman", "resident"])
_NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|"
    r"thousands?|millions?|dozens?|half)\b",
    re.IGNORECASE,
)
#: A partitive before the number: "of the injured, 1 is", "among them, 3 are children"
#: (not a time of an event: "on the first day of the strike, 410 flights were cancelled").
_PART_OF = re.compile(
    r"(?<!\bday\s)(?<!\bdays\s)(?<!\bweek\s)(?<!\bnight\s)(?<!\bstart\s)(?<!\bend\s)"
    r"(?<!\bmorning\s)(?<!\bevening\s)"
    r"\b(?:of|among)\s+(?:the|them|those|these|whom)\b[^.;:]{0,40}[,:]\s*$"
    # "47 new cases were reported, of which 29 with neuroinvasive disease"
    r"|\bof\s+(?:which|whom)\s+$",
    re.IGNORECASE,
)
#: A part of a count named after it: "19 people died, including three children".
_INCLUDING_BEFORE = re.compile(
    r"\b(?:including|among\s+them|among\s+whom)\s+(?:(?:at\s+least|about|around|some|nearly|"
    r"more\s+than)\s+)?$",
    re.IGNORECASE,
)
#: Counted nouns that name no kind of part: "including two people" is any two of them.
_NO_KIND_OF_PART = frozenset("people person other others one ones".split())
#: "In Quang Hoa province alone, eight were killed": the count of one part of the area.
_ALONE = re.compile(r"\b(?:in|at)\s+[^,.;]{1,40}\balone\b[^.;]{0,30}$", re.IGNORECASE)
#: "Nine children are among those who died": a part of the count named after it; "22 of the
#: injured were", "five of them": a part of a group told without its number (not "two of the
#: 40 passengers", whose whole is read as such).
_AMONG_AFTER = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}(?:are|were|is|was|have\s+been)\s+among\b", re.IGNORECASE
)
_OF_GROUP_AFTER = re.compile(
    r"\s+of\s+(?:them|those|these|the\s+(?![^.;,]{0,30}\d)[a-z])", re.IGNORECASE
)
#: Where a clause opens, so the number after it is its subject ("she said 22 of the injured
#: were"), not a verb's object ("killed 45 of the village's residents": the whole toll).
_CLAUSE_OPENS = re.compile(
    r"(?:^|[,;:(]|\b(?:said|says|and|but|while|that|whom|which))\s*$", re.IGNORECASE
)
#: An explainer's question of a sum taken, before its answer: "How much was taken?"
_TAKEN_ASKED = re.compile(
    r"\bhow\s+much\s+(?:was|were|had\s+been|has\s+been)\s+taken\?\s*[^?]*$", re.I
)
_UPLOAD = re.compile(r"\buploads?\b", re.IGNORECASE)
#: A bar a share of things is measured against: "speeds below 30 Mbps", "speeds of at least
#: 1 Gbps" (up to the number's last word).
_THRESHOLD = re.compile(
    r"\bspeeds?\s+(?:of\s+)?(?:below|under|above|over|less\s+than|more\s+than|at\s+least)\s+[^.;]{0,20}$",
    re.IGNORECASE,
)
#: Where the clause before a number ends: "four people died and | 48 were rescued".
_OTHER_CLAUSE = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: Intervals further apart than this ratio are a clear contradiction, not rounding.
CLEAR_RATIO = 1.25
#: Exact numbers below this are counted, not rounded: any difference is clear.
SMALL_EXACT = 100
#: Lower bounds this many times apart are worth a look.
FAR_FLOORS = 10
#: Two confirmed counts of one day ("at least 27", "at least 43") this many times apart are
#: two accounts, not rounding (`_floors_of_one_count`).
FLOORS_APART = CLEAR_RATIO
#: A value this many times another article's lower bound of the same day ("at least 14"
#: against "23 dead"): both can hold, but a reader will ask which is current.
FAR_ABOVE_FLOOR = 1.5
#: Rounding explains a gap only up to this ratio between the two numbers (and one step of
#: the rounder number's last significant digit): "10,000" and "6,000" cannot both hold.
ROUNDING_RATIO = 1.1
#: Set-aside pairs recorded per rule and figure group: enough to show what a rule did.
SET_ASIDE_PER_GROUP = 3


@dataclass(frozen=True)
class Measure:
    """What a figure counts, and whether code is sure enough of it to compare values."""

    name: str
    comparable: bool
    plain: bool = False  # named by a noun or verb of the parse, not by a category


def measure(figure: Figure) -> Measure:
    """What a figure counts (`_measure`), with what the words next to its number add: a
    climate normal ("the average rainfall for February is about 75mm"); for a count, the part
    of a population an adjective names right after the number ("6,400 international
    students" are not the university's "38,000 students"), the stage of a case a count of
    charges is told at, and a shortfall or a count of those who did not (`_COUNT_QUALIFIERS`)."""
    m = _measure(figure)
    a, b = number_in_quote(figure)
    before, after = figure.quote[max(0, a - 60) : a], figure.quote[b : b + 60]
    if figure.unit in _WEATHER_UNITS and m.comparable and _NORMAL.search(before + " " + after):
        # "the average rainfall for the whole of February is about 75mm": the climate's
        # normal, not the day's reading
        return _qualified(m, "normal")
    if figure.unit in _WEATHER_UNITS and m.comparable and _RECORD_BEFORE.search(before):
        # "Seville's highest temperature on record is 46.6C", "beating the previous record of
        # 45.2C": the record that stood, not the day's reading
        return _qualified(m, "record that stood")
    if m.name.startswith("price") and _REJECTED.search(figure.quote[max(0, a - 80) : b + 30]):
        # "rejected an approach worth $38 a share": a bid turned down, not the deal's price
        return _qualified(m, "rejected offer")
    if m.name.startswith("price") and re.search(r"\bask(?:ing)? price", figure.counted or ""):
        # "an average asking price of C$812,000": what sellers ask, not what homes sold for
        return _qualified(m, "asking")
    if (
        m.comparable
        and (m.name.startswith("share price") or _MARKET_COUNTED.search(figure.counted or ""))
        and _INTRADAY.search(figure.quote)
    ):
        # "its shares rose 24% to 605p in early trading": a moment of the day's trading, not
        # where they closed ("closed 27% higher at 620p")
        return _qualified(m, "intraday")
    if (
        figure.unit == EVENT_LENGTH_UNIT
        and m.comparable
        and (figure.counted or "").rpartition(" ")[2] in _INTERMITTENT
        and _DAYS_OR_MORE.search(figure.number)
    ):
        # "after three days of deliberations" spans the days; "after deliberating for just
        # under nine hours" is the time spent: a doing with breaks may take both
        return _qualified(m, "days spanned")
    if m.comparable and (
        _THRESHOLD_BEFORE.search(before)
        or (_NEED_BEFORE.search(before) and _A_MAJORITY_AFTER.match(figure.quote[b:]))
    ):
        # "the scheme needed the support of 75 per cent of votes cast", "required a
        # two-thirds majority": the bar a vote had to clear, not its result
        return _qualified(m, "threshold")
    if m.comparable and _A_NORMAL_SPAN.search(before):
        # "an average season has 14 named storms and seven hurricanes": the normal, not the
        # season's count
        return _qualified(m, "normal")
    stance = _stance(figure)
    if stance is None and _is_money(figure.unit) and m.comparable and _sum_sought(figure, a):
        # "prosecutors asked the court to fine the operator €300,000", "asked the court to
        # order the union to pay €5 million in damages": a sum sought, not the one imposed
        m = _qualified(m, "demanded")
    elif stance is not None and m.comparable and not m.name.startswith(("price", "term")):
        # "demanding a 7% rise" against "its offer of 4%": each side's position, not the
        # deal; a demand is compared with a demand, an offer with an offer (a takeover
        # "offer of 432p a share" is its price; a term sought is told by `_measure`)
        m = _qualified(m, stance)
    if _is_money(figure.unit) and m.comparable and _BEFORE_DISCOUNT.match(after):
        # "set at £61m before a 30% discount for settling early": not the sum charged
        return _qualified(m, _BEFORE_A_DISCOUNT)
    if (_is_money(figure.unit) or figure.unit == "%") and m.comparable and _real_terms(figure, b):
        # "will grow by 1.2 per cent in real terms": after inflation, not the cash figure
        return _qualified(m, _IN_REAL_TERMS)
    if (
        m.comparable
        and not m.name.startswith("votes ")  # a metropolitan council's vote is its own
        and (_METRO_BEFORE.search(figure.quote[:a]) or _METRO_AFTER.match(after))
    ):
        # "the population of the Lyon metropolitan area grew 5.1%": not the city's
        return _qualified(m, _WIDER_AREA)
    several = _is_money(figure.unit) or dimension(figure.unit) == "term"
    if several and m.comparable and total_of_several(figure.quote, a):
        # "fined five makers a total of €1.1bn", "the two were jailed for a total of 17
        # years": the sum of several parties' sums or terms, not one party's ("Vandermeer
        # was fined €340m")
        m = _qualified(m, _TOTAL_OF_SEVERAL)
    per = _PER_PERIOD_AFTER.match(after)
    per_unit = (
        _is_money(figure.unit)
        or figure.unit is None
        or dimension(figure.unit) in ("volume", "length")
    )
    if per is not None and per_unit and m.comparable:
        # "£2 a week more", "£2.5 million a year": a rate over a period, never a total
        # ("a five-year contract worth £12.5 million") nor a rate over another period; "snow
        # fell at two inches an hour": a rate, never the fall
        word = (per["p"] or per["p2"]).lower()
        word = _PERIOD_WORDS.get(word, word)
        return _qualified(m, f"{'an' if word == 'hour' else 'a'} {word}")
    if _BARRELS_A_DAY.search(figure.number) and m.comparable:
        return _qualified(m, "a day")  # "1.1 million bpd": "barrels a day" in one word
    each = _PER_QUANTITY_AFTER.match(after)
    if each is not None and _is_money(figure.unit) and m.comparable:
        # "$70 a barrel", "$480 per tonne": a price of one measure of a thing, never a sum
        # nor a price per another measure
        word = each.group(1).lower()
        return _qualified(m, f"a {_PER_QUANTITY.get(word, word)}")
    if figure.unit is not None or "(" in m.name or not m.comparable:
        return m
    group = _SUBGROUP_AFTER.match(after)
    if group is not None:
        return _qualified(m, group.group(1).lower())
    if (figure.counted or "").split()[-1:] in (["count"], ["charge"], ["offence"], ["offense"]):
        stages = [
            (hit.start(), stage)
            for stage, said in _CHARGE_STAGES.items()
            for hit in said.finditer(before)
        ]
        if stages:
            # "indicted on 14 counts", "pleaded guilty to nine counts": two stages of a case
            return _qualified(m, max(stages)[1])
    for qualifier, (said_before, said_after) in _COUNT_QUALIFIERS.items():
        if (said_before and said_before.search(before)) or said_after.match(after):
            return _qualified(m, qualifier)
    return m


#: A spell's length by what it went without (`quantities._WITHOUT`).
_SPELL_WITHOUT = "length of without "
#: Doings with breaks, whose days spanned are no measure of the hours spent.
_INTERMITTENT = frozenset(
    "deliberation talks negotiation questioning debate trial hearing search".split()
)
_DAYS_OR_MORE = re.compile(r"\b(?:days?|weeks?|months?)\b", re.IGNORECASE)
#: What a market's day moves: shares, stocks, an index.
_MARKET_COUNTED = re.compile(r"\b(?:shares?|stocks?|index|price)$")
#: A moment within a trading day: "in early trading", "at one point", "by midday".
_INTRADAY = re.compile(
    r"\b(?:in\s+(?:early|morning|afternoon|midday|late|intraday)\s+(?:trading|trade|deals|dealings)|"
    r"at\s+one\s+point|intraday|by\s+(?:midday|lunchtime|noon)|at\s+the\s+open(?:ing)?)\b",
    re.IGNORECASE,
)
#: A bar a vote or count must clear, told before its number: "needed the support of 75 per
#: cent of", "requires a two-thirds majority", "a threshold of 5%".
_NEED_VERBS = r"\b(?:needs?|needed|needing|requires?|required|requiring)\s+"
_THRESHOLD_BEFORE = re.compile(
    _NEED_VERBS + r"(?:the\s+)?"
    r"(?:support|backing|approval|votes?)\s+(?:of\s+)?(?:at\s+least\s+)?(?:an?\s+)?$|"
    r"\bthresholds?\s+(?:of\s+)?(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
#: The same told by what follows a bare need: "requires a two-thirds majority", "needed 326
#: seats for a majority" (not "needs about 91,000 classrooms": a shortfall).
_NEED_BEFORE = re.compile(_NEED_VERBS + r"(?:at\s+least\s+)?(?:an?\s+)?$", re.IGNORECASE)
_A_MAJORITY_AFTER = re.compile(
    r"^[\w-]*\s+(?:(?:[\w-]+\s+){0,2}for\s+an?\s+(?:overall\s+)?majority|majority|"
    r"of\s+(?:the\s+)?(?:votes?|ballots|shareholders|members)\b)",
    re.IGNORECASE,
)
#: A normal span told as a span: "an average season has", "a typical year brings" (a climate's
#: or a series' normal, not the span's count).
_A_NORMAL_SPAN = re.compile(
    r"\b(?:an\s+average|a\s+typical|a\s+normal|an\s+ordinary)\s+(?:year|season|month|week|"
    r"day|summer|winter|spring|autumn)\s+(?:has|had|sees|saw|brings|brought|produces|"
    r"produced)\b[^.;]*$",
    re.IGNORECASE,
)
#: A rate over a period after a sum or count: "£2 a week", "$15 an hour", "€1.2bn per year",
#: "£40,000 annually", "90,000 passengers each week".
_PER_PERIOD_AFTER = re.compile(
    r"^\s*(?:(?:more|extra|less|fewer)\s+)?(?:(?:a|an|per|each|every)\s+(?P<p>year|annum|month|"
    r"week|day|hour)\b|(?P<p2>annually|yearly|monthly|weekly|daily|hourly)\b"
    # (an adverb, not the adjective of "40 million monthly users", "daily riders")
    r"(?=\s*(?:$|[.,;:)]|(?:in|for|from|until|to|on|at|and|by|over|since|under)\b)))",
    re.IGNORECASE,
)
_BARRELS_A_DAY = re.compile(r"\b(?:bpd|b/d)$", re.IGNORECASE)
#: A price of one measure of a thing: "$70 a barrel", "$480 per tonne", "€1.20 a litre".
_PER_QUANTITY = {"ton": "tonne", "kilo": "kilogram", "kg": "kilogram", "liter": "litre"}
_PER_QUANTITY_AFTER = re.compile(
    r"^\s*(?:a|an|per|each)\s+(barrel|tonne|ton|kilogram|kilo|kg|litre|liter|gallon|ounce|"
    r"bushel|bag|sack|megawatt-hour|MWh)\b",
    re.IGNORECASE,
)
_PER_PERIOD_NAME = re.compile(r" \(an? (?:year|month|week|day|hour)\)")
_PERIOD_WORDS = {
    "annum": "year",
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
}


#: Verbs of a position in a negotiation, by the side's stance: asked for, or put on the table.
_DEMAND_VERBS = frozenset("demand seek want request".split())
_OFFER_VERBS = frozenset("offer propose table".split())
#: The verbs of a sum a court or regulator imposes: sought before them, the sum is a demand.
_SUMS_IMPOSED = _PENALTY_VERBS | frozenset("pay repay order award confiscate".split())
#: "calling for a 9% rise", "pushing for", "asking for", "applied for": a demand by its
#: verb and "for".
_DEMAND_FOR = re.compile(
    r"\b(?:call\w*|push\w*|press\w*|ask\w*|hold\w*\s+out|strik\w+|appl(?:y|ies|ied|ying))"
    r"\s+for\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_OFFER_OF = re.compile(
    r"\boffers?\s+(?:of\s+|worth\s+)?(?:an?\s+|just\s+)?$"
    # the offer told, then what it is: "put its offer on the table on Monday: a 4.5% rise"
    r"|\boffers?\b[^.;:]{0,40}:\s*(?:an?\s+)?$",
    re.IGNORECASE,
)
#: The stances a measure may carry: a side's demand, its offer, a seller's asking price;
#: each is compared only with its own, never with what was paid or agreed.
_STANCES = ("demanded", "offered", "asking")
#: Qualifiers of a figure that is no count of the event: a normal, a bar to clear, a record
#: that stood. Paired across words only with their own kind.
_NOT_THE_EVENT = ("normal", "threshold", "record that stood")


#: A bid turned down: "rejected an unsolicited approach worth", "rebuffs $38-a-share bid".
_REJECTED = re.compile(
    r"\b(?:reject\w*|rebuff\w*|spurn\w*|turn\w*\s+down|snub\w*)\b[^.;]{0,60}?"
    r"\b(?:approach|bid|offer|proposal)s?\b",
    re.IGNORECASE,
)


#: An offer named after its figure: "a 6.5% pay rise over two years offered by employers".
_OFFERED_BY_AFTER = re.compile(
    # "a 5% pay rise offered for 2028 by the city"
    r"^[^.;]{0,50}?\b(?:offered|proposed|tabled)\s+(?:(?:for|in|from)\s+[\w-]+\s+)?by\b",
    re.I,
)


#: A deal offered to a side, its terms after it: "has offered nurses a three-year agreement
#: with pay rises of 3 per cent a year" (the rises are the offer's).
_OFFERED_THEM = re.compile(
    r"\b(?:has|have|had)\s+(?:offered|proposed|tabled)\b[^.;:]{0,70}?\b(?:deal|agreement|"
    r"package|settlement|contract)\s+(?:with|of|including|worth)\b[^.;:]{0,25}$",
    re.IGNORECASE,
)


def _stance(figure: Figure) -> str | None:
    """ "demanded" for a figure a side asks for ("are demanding a 7% rise", "calling for
    9%"), "offered" for one put on the table ("its offer of 4 per cent", "offered staff
    3%"); None for what was agreed, paid or found."""
    if figure.unit is None:
        return None  # "made 12,300 offers", "received 300 claims": offers counted, not one made
    if figure.unit == EVENT_LENGTH_UNIT:
        return None  # "we will strike for 48 hours": how long, not a side's demand
    if dimension(figure.unit) == "data rate":
        return None  # "offers speeds of up to 1 Gbps": what a service gives, not a bid
    a, b = number_in_quote(figure)
    before = figure.quote[max(0, a - 40) : a]
    head = (figure.counted or "").split(" (")[0].split()[-1:]
    asked = head in (["demand"], ["claim"])  # a "pay claim of 9%" is a demand
    if figure.verb in _DEMAND_VERBS or _DEMAND_FOR.search(before) or asked:
        return "demanded"
    offered_by = _OFFERED_BY_AFTER.match(figure.quote[b:]) or _OFFERED_THEM.search(
        figure.quote[max(0, a - 90) : a]
    )
    if figure.verb in _OFFER_VERBS or _OFFER_OF.search(before) or head == ["offer"] or offered_by:
        if _OFFER_ACCEPTED.search(figure.quote[max(0, a - 60) : a]):
            return None  # "voted to accept a pay offer worth 5.2%": agreed, as a settlement
        return "offered"  # ("a 6.5% pay rise over two years offered by employers")
    return None


#: An offer taken up, before its figure: "voted to accept a pay offer worth", "ratified the
#: offer of" (what was agreed, no longer one side's).
_OFFER_ACCEPTED = re.compile(
    r"\b(?:accept(?:ed|s|ing)?|ratif(?:y|ied|ies|ying)|endors(?:e|ed|es|ing))\s+"
    r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?offers?\s+(?:of|worth)?\s*"
    r"(?:an?\s+)?$",
    re.IGNORECASE,
)


def _sum_sought(figure: Figure, at: int) -> bool:
    """A sum someone asks a court or regulator to impose, by the verb of imposing after the
    asking ("asked the court to fine the operator €300,000")."""
    return (
        figure.verb in _SUMS_IMPOSED and _TERM_SOUGHT_BEFORE.search(figure.quote[:at]) is not None
    )


def _is_money(unit: str | None) -> bool:
    """A unit that is neither a unit of measurement nor a per cent: a currency, but also a
    temperature, a magnitude, an age or a score, which the rules that read it let through
    as they always have (`quantities.is_money` is the strict test: put in its place it cost
    a read and an unread pair a false flag: a night's "did not fall below 29C" was then
    compared with a day's top)."""
    return unit is not None and unit not in UNIT_BASE and unit != "%"


def _qualified(m: Measure, qualifier: str) -> Measure:
    """The measure `m` with a qualifier that makes it another: "student (international)"."""
    return Measure(f"{m.name} ({qualifier})", m.comparable, m.plain)


_TEMPERATURES = frozenset(["°C", "°F", DEGREES_UNIT])
_WEATHER_UNITS = frozenset(["mm", "cm", "in"]) | _TEMPERATURES
#: A climate normal: "the average for February", "the long-term mean", "the monthly norm".
_NORMAL = re.compile(
    r"\b(?:average|normal|usual|typical|long[- ]term|mean)\b[^.;,]{0,40}\b(?:for\s+(?:the\s+"
    rf"(?:whole\s+of\s+)?)?(?:{MONTH}|the\s+month|the\s+year|the\s+season)|a\s+year|annual|"
    r"monthly)\b|\b(?:monthly|annual|yearly|long[- ]term|long[- ]run)\s+(?:average|normal|mean|"
    r"norm)\b",
    re.IGNORECASE,
)


#: A record that stood before the day's reading: "the highest on record is", "the previous
#: national record of", "the previous highest reading at Blindern was" (not "a new record
#: of": the day's own).
_RECORD_BEFORE = re.compile(
    r"(?:\bon\s+record\s+(?:is|was|stands\s+at|of)\s+|\b(?:previous|old|former|existing|"
    r"standing)\s+(?:[\w-]+\s+){0,2}record\s+(?:of\s+|was\s+|is\s+|stood\s+at\s+)?"
    # "the previous highest reading at Blindern was": the old high, by other words
    r"|\b(?:previous|old|former)\s+(?:highest|lowest|high|low|peak|best)\b[^.;]{0,40}?\b"
    r"(?:of|was|is|stood\s+at)\s+)$",
    re.IGNORECASE,
)
#: Adjectives that name a part of a population, right after a count.
_SUBGROUP_AFTER = re.compile(
    r"^\s+(international|domestic|female|male|rural|urban|part-time|"
    r"full-time|undergraduate|postgraduate|permanent|temporary|private|public)\s+[a-z]",
    re.IGNORECASE,
)


#: The stages of a criminal case a count of charges is told at.
_CHARGE_STAGES = {
    "charged": re.compile(r"\b(?:charged|indicted|faces|facing|face|accused|charges?)\b", re.I),
    "admitted": re.compile(r"\b(?:pleaded|pled|pleads|plead)\s+guilty\b|\badmit\w*\b", re.I),
    # "convicted on", "found the former mayor guilty on", "guilty of"
    "convicted": re.compile(
        r"\bconvicted\b|(?<!not\s)(?<!pled\s)(?<!pleads\s)(?<!pleaded\s)\bguilty\s+(?:on|of)\b",
        re.I,
    ),
    "acquitted": re.compile(r"\b(?:acquitted|cleared)\b|\bnot\s+guilty\b", re.I),
}
_ABOUT = r"(?:about|around|some|nearly|almost|roughly|an\s+estimated|more\s+than|over|at\s+least)?"
#: What a count is of, said next to it, that makes it another count than the plain one:
#: how many are lacking ("short of 165,000 classrooms", "a shortfall of 7,800 teachers"),
#: and how many did not do the count's verb ("50,000 candidates did not turn up").
_COUNT_QUALIFIERS: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str]]] = {
    "shortfall": (
        re.compile(
            r"\b(?:short(?:fall|age)?s?|deficit|gap|lack(?:s|ed|ing)?|needs?|needed|requires?|"
            r"required)\s+(?:of\s+|at\s+|is\s+|was\s+|stood\s+at\s+|(?:estimated|put)\s+at\s+)?"
            rf"{_ABOUT}\s*$",
            re.IGNORECASE,
        ),
        re.compile(
            r"^\s+(?:more\s+)?(?:[a-z-]+\s+){0,2}(?:are|were|is|was)\s+(?:still\s+)?"
            r"(?:needed|required|lacking)\b",
            re.IGNORECASE,
        ),
    ),
    "did not": (
        None,
        re.compile(
            r"^\s+(?:[a-z-]+\s+){0,3}(?:(?:had|have|has|did|do|does|were|was|are|is|could|"
            r"would)\s+(?:not|never)|(?:hadn't|haven't|hasn't|didn't|don't|weren't|wasn't|"
            r"aren't|couldn't)|failed\s+to)\b",
            re.IGNORECASE,
        ),
    ),
}


_AFTERSHOCK = re.compile(r"\b(?:after|fore)shocks?\b", re.IGNORECASE)
#: A ban, not a prison term: "banned from driving for", "disqualified for", "a ten-year ban".
_BANNED_BEFORE = re.compile(
    r"\b(?:banned|barred|disqualified|suspended|struck\s+off)\b(?:\s+(?:him|her|them|the\s+\w+))?"
    r"(?:\s+from\s+\w+(?:\s+\w+)?)?"
    r"\s+for\s+(?:a\s+further\s+|another\s+)?$",
    re.IGNORECASE,
)
_BAN_AFTER = re.compile(r"^(?:-|\s+)?(?:driving\s+)?(?:ban|disqualification|suspension)\b", re.I)


#: A number standing for a group named before ("the largest of the four to", "all three
#: were"): a definite word before it, and no noun after.
_THE_GROUP_BEFORE = re.compile(r"\b(?:the|all|both|these|those)\s+$", re.IGNORECASE)
_THE_GROUP_AFTER = re.compile(
    r"\s*(?:[,.;:)]|(?:to|of|who|which|that|were|are|was|is|have|had|has|will|would|and)\b)",
    re.IGNORECASE,
)


#: A vote's tally told as "N votes to M" or in a minute's lines ("For: 9, Against: 3"): the
#: first number the votes for, the second those against.
_VOTES_TO_AFTER = re.compile(
    r"^\s+votes?\s+to\s+(?!(?:her|his|their|its|the|a|an|be|win|pass|approve)\b)[\w-]+(?:[\s.,;]|$)",
    re.IGNORECASE,
)
#: Votes told as cast, not for whom: "votes were cast", "ballots cast" (not "cast for").
_VOTES_CAST_AFTER = re.compile(
    r"^\s+(?:valid\s+)?(?:votes?|ballots?)\s+(?:(?:were|was|had\s+been|have\s+been|being)\s+)?"
    r"cast\b",
    re.IGNORECASE,
)
_CAST_FOR = re.compile(
    r"^[^.;]{0,40}?\bcast\s+(?:\w+\s+){0,2}?(?:for|in\s+favou?r|against)\b", re.IGNORECASE
)


def _all_votes_cast(figure: Figure, after: str) -> bool:
    counted = (figure.counted or "").lower()
    cast = figure.verb == "cast" and counted in ("vote", "ballot")
    return (cast or _VOTES_CAST_AFTER.match(after) is not None) and not _CAST_FOR.match(after)


_VOTES_TO_BEFORE = re.compile(r"\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+votes?\s+to\s+$", re.I)
_A_HOUSE = re.compile(
    r"\b(?:house|chamber|committee|sub-?committee|panel|senate|caucus)\b(?!\s+(?:of\s+)?"
    r"(?:prices?|vote|votes|rules?)\b)",
    re.IGNORECASE,
)


def _of_a_house(before: str) -> str:
    """A tally's qualifier where the words before it name one house or committee: its votes
    are not the whole body's ("the House of Laity backed it by 88 votes to 41" beside the
    synod's "212 votes to 91")."""
    return " (of a house or committee)" if _A_HOUSE.search(before) else ""


_FOR_LABEL = re.compile(r"(?:^|[\s,;(])(?:for|in\s+favou?r|ayes)\s*:\s*$", re.IGNORECASE)
_AGAINST_LABEL = re.compile(r"(?:^|[\s,;(])(?:against|noes)\s*:\s*$", re.IGNORECASE)
#: A ranked list's size, not a count of the event: "among the ten stations with the most
#: murders", "the top 20 exporters", "the five worst-hit districts".
_RANKED_BEFORE = re.compile(r"\btop[\s-]+$", re.IGNORECASE)
_RANKED_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:(?:with|by)\s+the\s+(?:most|highest|largest|lowest|fewest|"
    r"biggest|greatest|worst|best)\b|(?:most|worst|hardest|best)[\s-](?:hit|affected|performing)\b)",
    re.IGNORECASE,
)


#: A measurement told as its distance from a mark: "2.3C above the average", "3C warmer
#: than normal".
_DIFFERENCE_AFTER = re.compile(
    r"^\s*(?:degrees?\s+)?(?:above|below|warmer|colder|cooler|hotter|higher|lower)\b", re.I
)


#: A trade balance told by its two sides: "exports exceeded imports by $5.6bn", "imports
#: outstripped exports by".
_TRADE_GAP_BEFORE = re.compile(
    r"\b(?P<first>export|import)s?\s+(?:exceeded|outstripped|outpaced|topped|surpassed)\s+"
    r"(?:export|import)s?\s+by\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


def _trade_balance(c: Claim | Figure) -> str | None:
    """ "surplus" for a sum told as exports exceeding imports ("exports exceeded imports by
    $5.6bn"), "deficit" for imports exceeding exports; None for any other sum."""
    a, _ = number_in_quote(c)
    trade = _TRADE_GAP_BEFORE.search(c.quote[max(0, a - 60) : a])
    if trade is None:
        return None
    return "surplus" if trade["first"].lower() == "export" else "deficit"


def _measure(figure: Figure) -> Measure:
    """What a figure counts, in this order: a part of a count (never compared), an age or a
    measurement (dimension and object), "killed or injured"; then the parse: a category its
    verb or noun names ("were killed", "refugees"); where the parse names nothing specific,
    a category in the words around the number; else the counted noun or the verb. The
    model's label only names a group that is never compared."""
    a, b = number_in_quote(figure)
    after = figure.quote[b : b + 80]
    nxt = _NUMBERISH.search(after)
    after = after[: nxt.start()] if nxt else after
    before_all = figure.quote[max(0, a - 60) : a]
    before = figure.quote[max(0, a - 35) : a]
    prev = list(_NUMBERISH.finditer(before))
    before = before[prev[-1].end() :] if prev else before
    side = tally_side(before_all, figure.quote[b:]) if figure.unit is None else None
    if figure.unit is None and (
        _VOTES_TO_AFTER.match(figure.quote[b : b + 30])
        or _FOR_LABEL.search(before)
        or side == "for"
    ):
        # "approved by nine votes to three", "For: 9"
        return Measure(f"votes for{_of_a_house(figure.quote[:a])}", True)
    if figure.unit is None and (
        _VOTES_TO_BEFORE.search(before_all) or _AGAINST_LABEL.search(before_all) or side
    ):
        # "... votes to three", "Against: 3"
        return Measure(f"votes against{_of_a_house(figure.quote[:a])}", True)
    if figure.unit is None and _all_votes_cast(figure, figure.quote[b:]):
        # "About 1.1 million votes were cast", "of the 900,000 ballots cast": all the votes,
        # never one candidate's
        return Measure("votes cast", True)
    if _RANKED_BEFORE.search(before) or _RANKED_AFTER.match(figure.quote[b : b + 80]):
        # "the ten stations with the most murders": how long a ranked list is
        return Measure("size of a ranked list", False)
    balance = _trade_balance(figure)
    if balance is not None and _is_money(figure.unit):
        return Measure(balance, True)  # "exports exceeded imports by $5.6bn": the surplus
    among = _AMONG_AFTER.match(figure.quote[b : b + 60])
    around = before_all + " " + figure.quote[b : b + 60]
    # "19 people died, including three children": a part of a toll (a category's count)
    category = (
        _category(around) if figure.unit is None and _INCLUDING_BEFORE.search(before_all) else None
    )
    including = category is not None
    if (
        _PART_OF.search(before_all)
        or among
        or including
        or (
            figure.unit is None  # (not "54% of the vote": a share)
            and _OF_GROUP_AFTER.match(figure.quote[b : b + 60])
            and _CLAUSE_OPENS.search(before_all)
        )
        or _ALONE.search(before_all)
    ):
        # "Of the injured, 1 is critical": a part of a count, never its total
        category = category or _category(around)
        inner = category or figure.counted or "a count"
        kind = (figure.counted or "").split(" (")[0].split()[-1:]
        if (among or including) and category and kind and kind[0] not in _NO_KIND_OF_PART:
            # "19 people, including three children, died" and "Seven children were among
            # the 19 dead": the children, a part of a toll named by its kind, are one count
            # of their own, compared as such ("killed (part: child)"); set against the
            # whole it is traced as `part-of-count` (`_traced_qualifier`)
            return Measure(f"{category} ({PART_NAMED}{kind[0]})", True)
        return Measure(f"part of {inner}", False)
    times = _TIMES_AFTER.match(figure.quote[b:]) if figure.unit is None else None
    if times is not None:
        # "arrested six times", "subscribed 38 times", "bids for 11 times the shares on
        # offer": how often a doing happened, or a multiple; never a count of the doing's
        # objects. Occasions of one verb are compared, a multiple without one is not.
        verb = _SAME_VERB.get(figure.verb or "", figure.verb)
        verb = verb.removeprefix("over") if verb else None  # "oversubscribed"
        per = f" (a {times['per']})" if times["per"] else ""
        return Measure(f"times ({verb}){per}" if verb else "times", verb is not None)
    if figure.unit == AGE_UNIT:
        whose = figure.counted or _named_before(figure.quote, a) or _died_at(figure.quote, a)
        # "holm (lena)": the surname names the measure, the first name tells namesakes apart
        whose = _FIRST_NAME_TOLD.sub("", whose) if whose else whose
        return Measure(f"age of {whose or 'someone'}", whose is not None)
    if figure.unit in _TEMPERATURES:
        if (figure.counted or "").split()[-1:] in (["day"], ["night"], ["hour"]):
            # "14 days of 35C or more", "nights above 25C": the mark days are counted by
            return Measure("temperature (mark of days counted)", False)
        if _DIFFERENCE_AFTER.match(figure.quote[b:]):
            # "31.2C, 2.3C above the long-term average": how far from a mark, not a reading
            return Measure("temperature (difference)", True)
        medium = _MEDIUM.search(figure.quote[:a])
        if medium is not None:
            # "water temperatures near the surface reached 84F", "the sea was at 24C": the
            # water's, not the air's
            return Measure(f"temperature of {medium['what'].lower()}", True)
        if _MINIMUM_BEFORE.search(figure.quote[max(0, a - 40) : a]):
            # "a minimum of 31.4C", "the overnight low was 12C": the night's reading, never
            # the day's maximum, which a plain reading in the news is
            return Measure("temperature (minimum)", True)
        return Measure("temperature", True)  # a reading; place and date tell readings apart
    if figure.unit == SCORE_UNIT:
        # a final score of the sides the parse names; without both sides, nothing to match
        return Measure(f"score of {figure.counted}", " v " in (figure.counted or ""))
    if figure.unit == CLOCK_UNIT:
        return Measure(f"time of {figure.counted or 'someone'}", figure.counted is not None)
    if figure.unit == MAGNITUDE_UNIT:
        if _AFTERSHOCK.search(_near_number(figure, 40)):
            # "35 aftershocks above magnitude 4", "a magnitude 5.2 aftershock": not the quake
            return Measure("magnitude (aftershock)", True)
        return Measure("magnitude", True)  # a quake's reading: the place and date tell events
    if figure.unit == EVENT_LENGTH_UNIT:
        # "a 48-hour strike", "a 72-hour stoppage": one walkout by any of its names
        event = _SAME_EVENT.get(figure.counted or "", figure.counted or "event")
        if _office_held(event) is not None:
            # "after 11 years as mayor", "had been a firefighter for 19 years", "served 31
            # years": one person's time in a post, its post a variant (`_by_variant`)
            return Measure(_TENURE, True)
        return Measure(f"length of {event}", figure.counted is not None)
    if figure.unit == ORDINAL_UNIT:
        # "its third acquisition this year": three so far; "victory" and "win" one count
        thing = figure.counted or "something"
        return Measure(f"{_SAME_COUNT.get(thing, thing)} so far", figure.counted is not None)
    if figure.unit == MINUTE_UNIT:
        # "in the 78th minute": when the person named did it; one who did two things has
        # two minutes, set aside as several values
        return Measure(f"minute of {figure.counted}", figure.counted is not None)
    if dimension(figure.unit) == "term":
        if _BANNED_BEFORE.search(figure.quote[:a]) or _BAN_AFTER.match(figure.quote[b:]):
            # "banned from driving for 10 years", "a five-year disqualification": not a term
            return Measure("ban", True)
        if _TERM_PART_BEFORE.search(before_all) or _TERM_PART_AFTER.match(figure.quote[b:]):
            # "with a non-parole period of eight years", "must serve at least 17 years before
            # he can apply for release": the minimum term, a part of the term, never the
            # term; two minimum terms of one person are one figure
            return Measure(MINIMUM_TERM, True)
        if _ANOTHER_DEFENDANT.search(figure.quote[:a]):
            # "his co-accused was jailed for seven years": another person's term
            return Measure("term (another defendant)", True)
        if _TERM_SOUGHT_BEFORE.search(figure.quote[:a]):
            # "prosecutors asked the court to jail him for seven years": what was asked for
            return Measure("term (sought)", True)
        return Measure("term", True)  # "sentenced to five years", "a three-year sentence"
    if (figure.counted or "").endswith(" (all)"):
        # "two of the 40 passengers were hurt": the 40 are all there were, whatever befell
        # the two
        return Measure(figure.counted or "", True)
    if _SIZE_OF_BODY.match(figure.quote[b:]) or (
        _ALL_BEFORE.search(figure.quote[:a]) and _SEATS_OF_BODY.match(figure.quote[b:])
    ):
        # "won 21 seats on the 67-seat council": the council's size, not a party's seats
        return Measure("seat (all)", True)
    rest = figure.quote[b:]
    bought = figure.verb in _STAKE_VERBS and _OF_A_WHOLE.match(rest)
    if figure.unit == "%" and (bought or (figure.verb in _HOLD_VERBS and _OF_A_FIRM.match(rest))):
        # "agreed to buy just under half of the project", "sold 49% of its shares in Veltra",
        # "they now own 24 per cent of the company": a stake, as "a 49% stake" is
        return Measure("stake", True)
    if figure.holder is not None:
        # "seats of dawn party", "poll share of yes"; an article that gives one holder several
        # values ("two runs in the third, eight in all") names several things
        return Measure(_held(figure, b), True, plain=True)
    # (not "after polling 301,900 votes": a candidate's votes won; nor "asked 40 questions")
    head_counted = (figure.counted or "").split()[-1:]
    not_asked = head_counted in (["vote"], ["votes"], ["ballots"]) or (
        bool(head_counted) and head_counted[0] in _NOT_ASKED
    )
    if (
        figure.unit is None
        and not _WHERE_BEFORE.search(figure.quote[:a])
        and (
            _SAMPLE_BEFORE.search(before_all)
            or ((figure.verb or "") in _SAMPLE_VERBS and not not_asked)
            or ((figure.verb or "") in _STUDIED_VERBS and _A_STUDY.search(figure.quote))
        )
    ):
        # "a survey of 1,512 adults", "interviewed 1,650", "a trial involving 2,300 patients"
        # (nor where the sample was drawn: "interviewed 2,500 households across all nine
        # provinces", "in 163 countries")
        return Measure("sample size", True)
    if _MARGIN_OF_ERROR.search(before_all):
        return Measure("margin of error", True)  # a poll's: told apart by pollster
    special = _special_measure(figure, before_all, figure.quote[b : b + 60])
    if special is not None:
        return special
    cut = _CUT_BY.search(before_all) if figure.unit == "%" else None
    if cut is not None:
        # "reduced hospitalisations by 38%", "cut the risk of heart attack by 19%": the cut
        # of what the verb's object names, whoever made it (the drug, the trial)
        words = [w for w in re.findall(r"[a-z-]+", cut["what"].lower()) if w not in _OF_STOP]
        while words and words[-1] in _MEASURE_HEADS | {"risk", "chance", "likelihood"}:
            words.pop()  # "heart attack risk": of heart attacks
        if words:
            return Measure(f"cut of {_singular(words[-1])}", True)
    if _is_money(figure.unit):
        noun_head = (figure.counted or "").split()[-1:] or [""]
        fined = figure.verb is None and _FINED_BEFORE.search(before_all)
        if figure.verb in _PENALTY_VERBS or noun_head[0] in _PENALTY_NOUNS or fined:
            # "fined the bank £250,000"; the parse may lose the verb ("fined shipping
            # company Dalmar Line €750,000" read as a noun phrase): the word before says it
            return Measure("penalty", True)
        opened = figure.verb == "open" and _OPENED_TO.search(before_all)
        if (figure.verb in _TAKINGS_VERBS and _BOX_OFFICE.search(figure.quote)) or opened:
            # "took $84.5 million in its opening weekend", "opened to $62m in 4,100 cinemas"
            return Measure("box-office takings", True)
        for_what = _BUDGET_FOR.match(after)
        if (figure.verb in _BUDGET_VERBS or _SET_ASIDE_BEFORE.search(before_all)) and for_what:
            # "will spend R4.8bn on school infrastructure", "set aside R6.2bn for it": the
            # money a budget gives one thing (a decision now, whatever the tense)
            given = _last_noun(_up_to_stop(for_what["what"])) or "something"
            return Measure(f"budget for {given}", given != "something")
        # "took £2.4m from the charity", an explainer's "How much was taken? €3.4 million."
        # (not "took $84.5 million in its opening weekend", read above)
        taken_from = figure.verb == "take" and (
            re.match(r"\s*(?:off\s+|out\s+)?from\b", after) or _TAKEN_ASKED.search(before_all)
        )
        if figure.verb in _TAKING_VERBS or noun_head[0] in _TAKING_NOUNS or taken_from:
            # "stole £2.4m", "siphoned off £4.2 million", "took £2.4m from the charity", "a
            # £2.4m fraud": one sum taken, whatever the verb of taking
            return Measure("money taken", True)
        if (
            (figure.verb in _PRICE_VERBS and noun_head[0] not in _PAY_NOUNS)
            or noun_head[0] in _PRICE_NOUNS
            or _DEAL_WORTH_BEFORE.search(before_all)
            or _SOLD_AT_BEFORE.search(before_all)
            or _PRICES_START_BEFORE.search(before_all)
            or _AT_A_COST_OF.search(before_all)
        ):
            # "paid $2.1bn", "agreed to buy it for $2.4bn", "would combine in an all-share
            # deal worth R2.9 billion", "restored at a cost of 51 million kronor" (what it cost)
            return Measure("price", True)
    if figure.unit == "%" and _WORKFORCE_WITHOUT_WORK.match(figure.quote[b:]):
        # "31.4 per cent of the labour force was without work": the jobless rate
        return Measure("unemployment", True)
    if figure.unit == "%" and (
        _TURNOUT_OF.match(figure.quote[b:])
        or _TURNOUT_BEFORE.search(before_all)
        or _SHARE_WHO_VOTED_BEFORE.search(figure.quote[:a])
        or (_VOTERS_DASH_BEFORE.search(before_all) and _DASH_VOTED_AFTER.match(figure.quote[b:]))
    ):
        # "71% of voters cast ballots", "turnout was 61 per cent", "of members – 49 per cent –
        # took part": the turnout
        return Measure("turnout", True)
    counted = (figure.counted or "").lower().split()
    price_head = counted[-1:] == ["price"] or counted[-2:] == ["price", "index"]
    price_rise = counted[-2:] in (["price", "growth"], ["price", "inflation"])
    if figure.unit == "%" and (
        (price_head and (figure.verb in _PRICE_MOVES or _higher_on_a_year(figure.quote[b:])))
        or price_rise
        or counted[-1:] in (["cpi"], ["hicp"])
    ):
        # "consumer prices rose 4.6% in the year", "the consumer price index rose 4.6%", "UK
        # CPI eased to 2.9%", "consumer price growth slowed to 4.1%" are inflation, however
        # it is worded; "fuel prices fell 2.3%" and "core CPI" the rate of a part
        return Measure(_of_part("inflation", _rate_of_whom(figure)), True)
    if dimension(figure.unit) == "speed":
        # "limited to 80km/h", "an 80 km/h speed limit": a limit, not anything's speed
        if _LIMIT_BEFORE.search(before_all) or _LIMIT_AFTER.match(figure.quote[b:]):
            return Measure("speed limit", True)
        moving = _SPEED_OF_BEFORE.findall(before_all)
        what = _measured_after(figure.quote[b:]) or figure.counted
        if what is None and moving:
            what = moving[-1]  # "the strongest gust of Storm Fionn, 185 km/h": the gust
        if what is not None:
            # a wind by any name ("98mph gusts", "gusts of 98mph"), and any vehicle ("the
            # train was travelling at 130km/h") are one kind each
            written = what.lower().split()[-1]
            what = _singular(written)
            # "bus" is a vehicle before it is any singular
            vehicle = _SPEED_OF_BEFORE.fullmatch(written) or _SPEED_OF_BEFORE.fullmatch(what)
            moves = what not in ("gust", "wind") and vehicle
            thing = "vehicle" if moves else what
            return Measure(f"speed of {thing}", True)
    if dimension(figure.unit) == "data rate":
        # "up to 1.2 Gbps", "download speeds of 500 megabits per second": a connection's
        # speed, its upload told apart ("50Mbps upload")
        near = figure.quote[max(0, a - 25) : a] + figure.quote[b : b + 20]
        told = " (upload)" if _UPLOAD.search(near) else ""
        if _THRESHOLD.search(figure.quote[:a] + figure.number):
            told += " (threshold)"  # "18% of homes had speeds below 30 Mbps": a bar
        return Measure("data rate" + told, True)
    if dimension(figure.unit) == "area" and _FIRE.search(figure.quote):
        return Measure("area burned", True)  # "burnt through 12,000 hectares", "scorched"
    if dimension(figure.unit) == "points":
        # "cut its rate by 50 basis points", "unemployment rose 0.3 percentage points": a
        # change of a rate, in points; a bank's is its interest rate
        counted = (figure.counted or "").split()[-1:]
        if _BANK.search(figure.quote[:a]) or _POLICY_RATE_WORDS.search(figure.quote[:a]):
            changed = "interest rate"  # "the central bank cut", "cut rates by", "its key rate"
        elif counted and not counted[0].startswith("("):
            changed = counted[0]  # "unemployment rose 0.3 percentage points"
        else:
            by = _CHANGED_BY.search(before_all)
            changed = _singular(by.group(1).lower()) if by else "rate"
        return Measure(f"change of {changed} (points)", True)
    if figure.unit in UNIT_BASE:
        # "soaked the town with 112mm of rain", "41cm of fresh snow": the noun after the unit
        # is what is measured, whatever the parse hung the number on
        if dimension(figure.unit) == "volume":
            # "40,000 litres of crude spilled", "2,500 barrels of oil leaked": the liquid;
            # without one, what the verb did ("the field produces 250,000 barrels a day")
            rate = _PER_THING_AFTER.match(figure.quote[b:])
            if rate is not None and rate["what"] not in _PERIOD_NOUNS:
                # "28 litres of diesel per 100km", "140 litres per person": a rate of use
                return Measure(f"volume per {_singular(rate['what'])}", True)
            liquid = _measured_after(figure.quote[b:])
            if liquid is not None:
                return Measure(f"volume of {_SAME_THING.get(liquid, liquid)}", True)
            held_in = (figure.counted or "").split()[-1:]
            if re.search(r"\d-\s*[a-z]", figure.number) and held_in:
                # "a 1,000-litre tank": the size of one container, not a volume spilled
                return Measure(f"volume of one {held_in[0]}", True)
            return Measure(f"volume ({figure.verb})", figure.verb is not None)
        what = _measured_after(figure.quote[b:]) or figure.counted
        what = _SAME_THING.get(what or "", what) or "something"
        return Measure(f"{figure.dimension or 'size'} of {what}", what != "something")
    if _KILLED_AND_INJURED.match(after.strip()) or _KILLED_AND_INJURED.search(after[:60]):
        return Measure("killed or injured", True)
    noun, verb = _what_not_how(figure.counted), figure.verb
    head = noun.split()[-1] if noun else None
    # The parse first: the verb the count belongs to ("46 jihadists were killed": a death
    # toll, not a troop count), then the counted noun.
    if head in _SETTLEMENTS:
        if _SETTLEMENTS_COUNTED.match(figure.quote[b:]):
            # "evacuated from five villages": the villages, whatever befell their people
            return Measure(head, True)
        return Measure("population", True)  # "a town of about 9,000": its people
    sold = _thing_sold(noun.split()) if figure.unit is None and noun else None
    if sold is not None:
        # "ticket sales reached 95,000": a count of tickets sold, as "sold 95,000 tickets"
        return Measure(sold, True, plain=True)
    # a sum is no one befallen: "escaped with R3.1 million" is a haul, not the displaced
    befell = None if _is_money(figure.unit) else _VERB_CATEGORY.get(verb or "")
    named = befell or _NOUN_CATEGORY.get(head or "")
    if named not in (None, "revenue", "economy") and _is_money(figure.unit):
        named = None  # nor is a sum those its noun names: "cost victims N6.1 billion"
    if head in _GENERIC and _SEARCHED_FOR.search(before) and not _TO_DO.match(figure.quote[b:]):
        named = "missing"  # "rescuers are still searching for 11 people": the missing
    if named == "unemployment" and figure.unit is None:
        named = "unemployed"  # "unemployment fell to 1.3 million": a count of the jobless
    if named == "population" and head and head not in _GENERIC | _PEOPLE_OF_A_PLACE:
        # "1,340 wolves lived in France" counts wolves, as "was home to 1,120 wolves" does
        named = None
    if (
        named is None
        and verb in _MOVE_VERBS
        and head in _GENERIC
        and _MOVED_THEM.search(before_all)
    ):
        # "we have moved 5,800 people out of the villages" (not "1.1 million people moved to
        # Germany": people who moved of their own accord)
        named = "displaced"
    if named is None and _ON_A_WAITING_LIST.match(figure.quote[b:]):
        # "8,400 households on the council's social housing waiting list": those waiting
        named = "waiting"
    if named is None and head == "case" and _ILLNESS.search(figure.quote):
        named = "ill"  # "43 cases of Legionnaires' disease": the people who fell ill
    if (
        named is None
        and head == "case"
        and (verb in _CASES_RECORDED or _CASES_OF_ILLNESS.search(figure.quote))
        and not _CRIME.search(figure.quote)
    ):
        # "the district has recorded 1,962 cases since January", "Confirmed cases: 212",
        # "14 suspected cases": a count of the ill
        named = "ill"
    if (
        named is None
        and verb in _TO_HOSPITAL_VERBS
        and (head is None or head in _GENERIC)
        and _TO_HOSPITAL_AFTER.match(figure.quote[b:])
    ):
        named = "hospitalised"  # "were taken to hospital", "sent 27 people to hospital"
    if named is None and head in _PEOPLE_ON_AN_OUTING and _taken_to_hospital(figure.quote[b:]):
        # "eight diners at a restaurant in Orta, near Novara, were taken to hospital"
        named = "hospitalised"
    if named is None and verb in _ADMITTED and _HOSPITAL.search(figure.quote):
        named = "hospitalised"  # "87 guests were admitted to the rural hospital"
    if head in _GENERIC | _STAFF and _LOSE_JOBS.search(figure.quote):
        return Measure("job", True, True)  # "1,400 workers will lose their jobs": 1,400 jobs
    if named is None and head == "life" and verb in _LIVES_TAKEN:
        named = "killed"  # "the outbreak has claimed 17 lives" (not "saved 40 lives")
    if named is None and head == "list" and "waiting list" in figure.quote.lower():
        named = "waiting"  # "the waiting list fell to 7.4 million"
    if named == "injured" and _SEVERITY.search(figure.quote[b : b + 40]):
        return Measure("injured (seriously)", True)  # "six critically injured": a part
    if named is not None:
        return Measure(named + _subgroup(figure, noun), True)
    if head in _NOT_COUNTS:
        return Measure(head or "", False)  # "six times": how often, not how many
    if (
        noun is None
        and verb is None
        and _THE_GROUP_BEFORE.search(before)
        and _THE_GROUP_AFTER.match(figure.quote[b:])
    ):
        # "the largest of the four to curtail output": a group named before, by its size;
        # not a count of what the words around it name
        return Measure("group named before", False)
    if (noun is None and verb is None) or head in _GENERIC:
        # The parse names nothing specific: the words around the number do.
        found_after = _category(after)
        if found_after not in (None, "fighters"):
            return Measure(found_after, True)
        # a count with a verb of its own is named by its own clause, not by the one before
        # it: "four people died and 48 people were rescued" (the 48 are no death toll)
        own = _OTHER_CLAUSE.split(before)[-1] if verb is not None else before
        found_before = _category(own, exclude={"fighters"})
        if found_before is not None:
            return Measure(found_before, True)
        if found_after is not None:
            return Measure(found_after, True)
    if noun:
        # Grouped by the head noun ("fishing ship" with "ship"); `_flag_or_doubt` tells
        # apart two different kinds of the head ("men's race" / "women's race").
        marker = re.search(r"\s*\([^)]*\)$", noun)  # "lap (part)", "lap (last)"
        bare = noun[: marker.start()] if marker else noun
        words = _without_flow(bare.split())  # "passenger traffic": the passengers
        last = _one_name(words[-1], figure.unit) if words else ""
        if bare.endswith("visitor") and _THE_VISITORS.search(figure.quote):
            last = "visitor"  # "the visitors were dismissed for 214": a side, no crowd
        key = (last + (marker.group(0) if marker else "")) if bare else noun
        if _STANDING_BEFORE.search(before_all):
            key += " (standing)"  # "is 11th with 51 points": one competitor's total
        whom = _rate_of_whom(figure) if key in _CHANGES_ON_A_YEAR else frozenset()
        if whom:
            # "food inflation", "core inflation": the rate of a part, never the headline's
            return Measure(_of_part(key, whom), True, True)
        done = _SAME_VERB.get(verb or "", verb)
        if done in _RECEIVING_VERBS and _A_VACCINE_AFTER.match(after):
            done = "vaccinate"  # "1.3 million children received the polio vaccine"
        if head == "people" and _in_the_crowd(done, figure.quote, after):
            return Measure("crowd", True)  # "41,000 people attended the match"
        if head == "people" and _THROUGH_A_PORT.match(after):
            return Measure("passenger", True, True)  # "26.1 million people flew through"
        return Measure(f"{key} ({done})" if head in _GENERIC and done else key, True, True)
    if verb:
        # "17 remain missing", "Confirmed dead: 12": a category in the words beside the number
        own = _OTHER_CLAUSE.split(before)[-1]  # not "two miners died and 31 were rescued"
        beside = _category(" ".join(after.split()[:3])) or _category(" ".join(own.split()[-3:]))
        if beside is not None and beside != "fighters" and not _is_money(figure.unit):
            return Measure(beside, True)
        if _is_money(figure.unit):
            # "has donated £16 million" and "gave £60 million"; "smugglers charged her
            # $7,500" and "she paid $4,500": one gift, one price, told from either side
            verb = _MONEY_VERB.get(verb, verb)
        return Measure(f"({verb})", True, True)  # "scored four": what the verb did, four times
    label = _category(figure.measure or "")
    if label is not None:
        return Measure(label, False)
    stop = {"people", "the", "of", "in", "and", "a", "an", "more", "number"}
    words = [w for w in re.findall(r"[a-z]+", (figure.measure or "").lower()) if w not in stop]
    return Measure(words[0] if words else "unlabelled", False)


#: What a change in points is of: "cut rates by", "lifted its key rate by".
_CHANGED_BY = re.compile(r"\b([a-z]+)\s+by\s+$", re.IGNORECASE)
#: A rate named as a central bank's: "its benchmark rate", "interest rates", "cut rates by".
_POLICY_RATE_WORDS = re.compile(
    r"\b(?:interest|benchmark|key|policy|base|repo|cash|lending|official)\s+rates?\b|"
    r"\b(?:cut|raised?|lowered?|hiked?)\s+rates\b",
    re.IGNORECASE,
)
#: A central bank's change is of its interest rate.
_BANK = re.compile(
    r"\b(?:central|reserve|national)\s+bank\b|\bthe\s+Fed\b|\bmonetary\s+policy\b", re.I
)
#: The part of a prison term served before parole, or suspended: "a non-parole period of
#: eight years", "must serve at least six years before he is eligible for parole", "two
#: years of it suspended".
_TERM_PART_BEFORE = re.compile(
    r"\b(?:non-?parole\s+period|minimum\s+(?:term|period)|parole\s+eligibility(?:\s+period)?)"
    r"\s+(?:of\s+)?$|\bserve\s+(?:at\s+least|a\s+minimum\s+of)\s+$",
    re.IGNORECASE,
)
_TERM_PART_AFTER = re.compile(
    r"^\S*\s+(?:non-?parole|suspended|before\s+(?:(?:he|she|they)\s+(?:is|are|becomes?)\s+|"
    r"being\s+)?eligible\s+for\s+parole|before\s+parole|"
    # "before he can apply for release", "before she can be considered for parole"
    r"(?:in\s+(?:prison|jail)\s+)?before\s+(?:he|she|they)\s+(?:can|could|will|may)\s+(?:be\s+)?"
    r"(?:considered|eligible|apply|released|freed))",
    re.IGNORECASE,
)
#: The part of a term served before parole can be asked for.
MINIMUM_TERM = "minimum term"
#: Another defendant than the story's own, before the term: "his co-accused ... was
#: sentenced to seven years", "four other members of the gang received", "her accomplice".
_ANOTHER_DEFENDANT = re.compile(
    r"\b(?:co-?accused|co-?defendants?|accomplices?|other\s+(?:\w+\s+)?(?:members|men|women|"
    r"defendants|accused|gang\s+members)|(?:his|her|their|[A-Z]\w+['’]s)\s+(?:brother|sister|"
    r"partner|wife|husband|son|daughter|father|mother|cousin|uncle|friend|girlfriend|boyfriend|"
    r"associate|driver|courier)s?)\b",
    re.IGNORECASE,
)
#: A term asked for, not given: "prosecutors sought seven years", "asked the court to jail
#: him for seven years", "called for a 10-year sentence".
_TERM_SOUGHT_BEFORE = re.compile(
    r"\b(?:sought|seek(?:s|ing)?|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|ask(?:s|ed|ing)?|"
    r"urg(?:es|ed|ing)|call(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|recommend(?:s|ed|ing)?)"
    # ... up to the number, unless the term given comes between: "sought ten years, but the
    # judge jailed him for six"
    r"\b(?:(?!\b(?:but|while|whereas|jailed|sentenced|gave|given|handed|imposed|fined|"
    r"ordered|awarded)\b)[^.;\d])*$",
    re.IGNORECASE,
)
_MARGIN_OF_ERROR = re.compile(r"\bmargin\s+of\s+error\b[^.;]{0,30}$", re.IGNORECASE)
#: A poll's or a study's sample: "a survey of 1,512 adults", "interviewed 1,650 adults", "a
#: trial involving 2,300 patients", "a study of 3,800 volunteers".
_SAMPLE_BEFORE = re.compile(
    r"\b(?:polls?|surveys?|samples?|stud(?:y|ies)|trials?|reviews?)\s+"
    r"(?:of|involving|including|among|with|covering)\s+"
    r"(?:about\s+|some\s+|more\s+than\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_SAMPLE_VERBS = frozenset("interview survey poll question sample canvass".split())
#: Verbs of those a study asks or follows, when its sentence names one: "the survey asked
#: 5,400 adults", "the trial enrolled 3,600 patients", "followed 1,240 patients" (not "vowed to
#: recruit 9,000 nurses").
_STUDIED_VERBS = frozenset(
    "ask recruit enrol enroll follow track monitor study involve include cover".split()
)
_A_STUDY = re.compile(
    r"\b(?:study|trial|cohort|survey|review|meta-analysis|researchers|participants)\b", re.I
)
#: What a survey asks that is no one asked: "asked 40 questions".
_NOT_ASKED = frozenset("question item topic thing".split())
#: Where a count stands, not whom: "across all nine provinces", "in 40 countries".
_WHERE_BEFORE = re.compile(
    r"\b(?:across|in|from|throughout)\s+(?:all\s+)?(?:the\s+)?$", re.IGNORECASE
)
#: A share's price on the market: "a closing price of €32.80", "its share price of 410p",
#: "shares closed at $18.40", "the stock traded at".
_SHARE_PRICE_BEFORE = re.compile(
    r"\b(?:(?:closing|opening|share|stock)\s+price\s+(?:of|was|stood\s+at|at)|"
    r"(?:shares?|stock)\s+(?:closed|opened|ended|finished|traded)(?:\s+\w+)?\s+at|"
    # "shares rose 6.1% to R38.20", "the share price closed 4% higher at 412p", "shares in
    # Karoo fell to $12.40"
    r"(?:shares?|stock|(?:share|stock)\s+price)(?:\s+in\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+"
    r"(?:closed|opened|ended|finished|traded|rose|fell|jumped|climbed|slipped|dropped|gained|"
    r"slid|surged|sank|tumbled|soared|rallied)(?:\s+[\w.%,-]+){0,3}?\s+(?:at|to))\s+$",
    re.IGNORECASE,
)
#: A price of one share: "412p a share", "£5.20-a-share takeover", "$38 per share".
_PER_SHARE_AFTER = re.compile(r"^(?:-a-share\b|\s+(?:a|per|for\s+each|each)\s+share\b)", re.I)
#: A deal's value with the debt the buyer takes on: another measure than its price.
_WITH_DEBT = re.compile(
    r"\b(?:including|includ\w+\s+(?:its\s+|net\s+)?|plus|with)\s*(?:net\s+)?debts?\b|"
    r"\benterprise\s+value\b",
    re.IGNORECASE,
)
#: A place a distance is measured from: "40 km from Shimla", "60km south-east of Mandalay".
_DISTANCE_FROM = re.compile(
    r"^\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|outside)\s+"
    r"(?:central\s+|the\s+(?=[A-Z]))?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
#: The place a thing comes within a distance of: "within 12 km of Quito", "of the Moon".
_WITHIN_OF = re.compile(
    r"^\s+of\s+(?:(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)|"
    # "within 500 metres of the plant", "of the damaged reactor": the last word names it
    r"the\s+(?:[a-z-]+\s+(?!(?:on|in|at|by|to|from|and|or|but|as|for|with|after|before|when|"
    r"while|where|was|were|is|are|had|has|have|will|would)\b))?(?P<thing>[a-z]+)\b(?!['’-]))"
)
#: A government's payment to victims' families, named as South Asian English names it.
_EX_GRATIA = re.compile(r"\bex[\s-]gratia\b|^\s+(?:each\s+)?as\s+ex[\s-]gratia\b", re.I)
_EACH_AFTER = re.compile(r"^\s+(?:each|apiece)\b", re.IGNORECASE)
_SHARES_BEFORE = re.compile(r"\bshares\b[^.;]{0,25}$", re.IGNORECASE)
#: An auction price with the buyer's premium: another measure than the hammer price.
_WITH_PREMIUM = re.compile(
    r"\b(?:with|including|includ\w+|plus|after)\s+(?:the\s+)?(?:buyer['’]?s['’]?\s+)?"
    r"(?:premium|fees)\b",
    re.IGNORECASE,
)
#: A margin of victory: "a majority of 1,214", "won by 2,114 votes", "a margin of 12".
_MARGIN_BEFORE = re.compile(
    r"\b(?:majority|margin)\s+of\s+(?:just\s+|only\s+)?$|"
    r"\b(?:won|wins|winning|win|lost|lose|loses|losing|beat|beaten|defeated|carried|edged)\b"
    r"[^.;,]{0,40}?\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?$"
    # an explainer's question before its answer: "By how much did she win? 4,318 votes."
    r"|\bby\s+how\s+(?:much|many(?:\s+\w+)?)\s+(?:did|does|do|has|have|had|was|were|will)\b"
    r"[^?]{0,60}\b(?:win|won|lose|lost|lead|beat|carry|carried)\b[^?]{0,30}\?\s*$",
    re.IGNORECASE,
)
#: ... or by its unit before the result: "a 3,400-vote majority", "a 57-run win", "a
#: five-wicket victory", "a two-goal defeat".
_MARGIN_AFTER = re.compile(
    r"^[\s-]*(?:vote|seat|point|run|goal|wicket|stroke|shot|length|tr(?:y|ies))s?\s+"
    r"(?:majority|margin|win|victory|defeat|loss|triumph|rout|thrashing|drubbing)\b"
    r"|^\s*votes?\s+(?:ahead|behind|clear)\b",  # "finished 300 votes ahead of the Greens"
    re.I,
)
#: A lead in votes at the count: "put her ahead by 1,284 votes", "led by just 90 votes" (not
#: "ahead by two goals at half-time": a moment of a game).
_LEAD_BY = re.compile(
    r"\b(?:ahead|behind|clear|led|leads|leading)\s+by\s+(?:just\s+|only\s+|a\s+mere\s+)?$",
    re.I,
)
#: How far a count has got, after its per cent: "with 100pc counted", "97% of ballots counted",
#: "80% of precincts reporting".
_COUNTED_SO_FAR = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:ballots|votes|precincts|polling\s+stations|districts|"
    r"constituencies|returns)(?:\s+cast)?\s+)?(?:counted|reporting|reported|tallied|processed)\b",
    re.IGNORECASE,
)
#: A central bank's rate by its names: "interest rate", "key rate", "the repo rate".
_POLICY_RATE = (
    r"(?:interest|reference|base|policy|benchmark|key|bank|repo|lending|deposit|refinancing|"
    r"cash)\s+rate"
)
#: A central bank's rate: "cut its main interest rate to 3.75%", "lowered its reference rate
#: to 3.5%", "held the base rate at 4%" (a level, never the change "by 0.25 points"), also
#: after an apposition and its change: "its main rate, the repo rate, by 25 basis points to".
_POLICY_RATE_BEFORE = re.compile(
    rf"\b{_POLICY_RATE}s?,?\s+(?:[\w.]+\s+){{0,6}}?(?:by\s+(?:[\w.]+\s+){{1,7}}?)?(?:to|at|of)\s+$",
    re.IGNORECASE,
)
#: What the grammar says a level counts, as a central bank's rate: "key rate" ("cut its key
#: rate ..., taking it to 8.75%").
_POLICY_RATE_NOUN = re.compile(_POLICY_RATE, re.IGNORECASE)
#: A per-game average ("averaging 24.6 points a game"): a season's rate, not one game's count.
_AVERAGE_BEFORE = re.compile(r"\baverag\w*\s+(?:of\s+)?$", re.IGNORECASE)
#: A count's average noun with its own words before "of": "an average daily ridership of 2.3
#: million", "an average attendance of 41,000" (not a measure's: "average speeds of 2.3
#: gigabits" is a data rate).
_AVERAGE_NOUN_OF = re.compile(r"\baverag\w*\s+(?:[a-z-]+\s+){1,2}of\s+$", re.IGNORECASE)
_PER_GAME_AFTER = re.compile(
    r"^\s+\w+\s+(?:a|per)\s+(?:game|match|night|outing|start|innings|round)\b", re.I
)
_ON_AVERAGE = re.compile(r"^[^.;]{0,40}\bon\s+average\b", re.IGNORECASE)
#: An average named as the subject whose level the number tells: "Average crowds in the top
#: flight rose to 2,300" (a count's: a season's average is no one match's crowd; a price
#: named so is the price the market is measured by, "the average home now costs £198,000").
_AVERAGE_SUBJECT = re.compile(
    r"\baverage\s[^.;:,]{0,80}?\b(?:rose|fell|climbed|dropped|jumped|increased|decreased|"
    r"stood|was|were|is|are|reached|hit)\s+(?:to\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|"
    r"almost\s+|some\s+|just\s+(?:over|under)\s+)?$",
    re.IGNORECASE,
)


#: A rate per so many people: "312 per 100,000 inhabitants", "412 cases per 100,000".
_RATE_PER = re.compile(
    r"^\s+(?:[a-z]+\s+)?per\s+(?:every\s+)?(?P<n>[\d,.]+(?:\s*(?:m|million|k))?|thousand|"
    r"million|hundred)\b",
    re.IGNORECASE,
)
#: The base of such a rate: the 100,000 of "per 100,000".
_RATE_BASE_BEFORE = re.compile(r"\bper\s+(?:every\s+)?$", re.IGNORECASE)
#: What a rate is of, named before it: "flu cases ... reached 312 per", "the flu rate".
_RATE_OF = re.compile(
    r"\b([a-z][a-z-]+)\s+(?:rate|cases|infections|deaths|admissions|incidence)\b", re.I
)


#: Qualifiers of a sum or term that make it another figure than the plain one, each traced
#: under its rule against the plain one's group.
_BEFORE_A_DISCOUNT = "before a discount"
_TOTAL_OF_SEVERAL = "total of several"
_IN_REAL_TERMS = "in real terms"
#: A city's metropolitan area, not the city: "the Lyon metropolitan area", "across the wider
#: Turin area", "the conurbation" ("Greater London" is London in most statistics: not one).
_WIDER_AREA = "wider area"
_TRACED_QUALIFIERS = {
    _BEFORE_A_DISCOUNT: "before-discount",
    _TOTAL_OF_SEVERAL: "total-of-several",
    _IN_REAL_TERMS: "real-terms",
    _WIDER_AREA: "different-places",
}
_METRO_AREA = (
    r"(?:(?:metropolitan|metro|urban)\s+(?:area|region)|conurbation|agglomeration|"
    r"wider\s+(?:[A-Z][\w'’-]+\s+)?(?:area|region))\b"
)
#: The wider area named before the number ("The population of the Lyon metropolitan area
#: grew 5.1%") or right after it ("rose 5.1% in the Lyon metro area").
_METRO_BEFORE = re.compile(rf"\b{_METRO_AREA}", re.IGNORECASE)
_METRO_AFTER = re.compile(
    rf"^[^,;.]{{0,16}}\b(?:in|across|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){{0,2}}{_METRO_AREA}",
    re.IGNORECASE,
)


#: A sum or change told after inflation: "in real terms", "real-terms", "adjusted for
#: inflation", "once inflation is taken into account".
_REAL = re.compile(
    r"\breal[\s-]terms?\b|\binflation[\s-]adjusted\b|\badjusted\s+for\s+inflation\b|"
    r"\b(?:once|after|when)\s+(?:taking\s+|accounting\s+for\s+)?inflation\b"
    r"(?:\s+is\s+(?:taken\s+into\s+account|factored\s+in|stripped\s+out))?",
    re.IGNORECASE,
)
#: The cash side named beside it: "4.1% in cash terms, or 1.2% in real terms".
_CASH = re.compile(r"\b(?:cash|nominal)(?:[\s-]terms?)?\b", re.IGNORECASE)


def _real_terms(figure: Figure, b: int) -> bool:
    """The figure is told after inflation: its sentence says so and names no cash figure
    beside it, or says so right after the number ("4.1% in cash terms and 1.2% in real
    terms": the 1.2%)."""
    if _REAL.match(re.sub(r"^[\s,]*(?:in\s+)?", "", figure.quote[b:])) is not None:
        return True
    return _REAL.search(figure.quote) is not None and _CASH.search(figure.quote) is None


#: The qualifier of a part of a count named by its kind: "killed (part: child)".
PART_NAMED = "part: "


def _traced_qualifier(name: str) -> str | None:
    """The rule of a measure's last qualifier, if it is one of `_TRACED_QUALIFIERS` or names
    a part by its kind (`part-of-count`)."""
    qualifier = name.rpartition(" (")[2].rstrip(")")
    if qualifier.startswith(PART_NAMED):
        return "part-of-count"
    return _TRACED_QUALIFIERS.get(qualifier)


#: A sum told before a discount is taken off it: "£61m before a 30% discount", "€2,400
#: before discounts", "before a reduction for cooperating".
_BEFORE_DISCOUNT = re.compile(
    r"^[^.;]{0,30}?\bbefore\s+(?:an?\s+|the\s+|any\s+|its\s+)?(?:[\d.]+\s*(?:%|per\s*cent)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:discount|reduction|rebate|deduction)s?\b",
    re.IGNORECASE,
)


#: A height above a surface: "an altitude of 550 km", "850 kilometres above Earth", "cruising
#: at 11,000 metres above sea level"; an orbit's height: "into its orbit at 550 kilometres",
#: "orbiting at about 400km", "a 550km orbit".
_ALTITUDE_BEFORE = re.compile(
    r"\b(?:(?:altitude|elevation)\s+of|orbit\s+(?:at|of)|orbiting\s+at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.IGNORECASE,
)
_ALTITUDE_AFTER = re.compile(
    r"^(?:\s+(?:above|over)\s+(?:the\s+)?(?:earth|sea[\s-]level|ground|surface|planet)\b|"
    r"[\s-]+(?:(?:high|low|circular|polar|sun[\s-]synchronous)[\s-]+)*orbits?\b)",
    re.I,
)


def _special_measure(figure: Figure, before: str, after: str) -> Measure | None:
    """Measures named by the words at the number, before its parse: a price per share, a
    deal's value with debt, a margin of victory, a central bank's rate, a per-game average,
    a rate per so many people and its base."""
    if _RATE_BASE_BEFORE.search(before):
        return Measure("base of a rate", False)  # "per 100,000": no count of its own
    rate = _RATE_PER.match(after) if figure.unit is None else None
    if rate is not None:
        named = [m.group(1).lower() for m in _RATE_OF.finditer(before)]
        what = next((w for w in reversed(named) if w not in ("the", "of", "new")), None)
        return Measure(f"{what + ' ' if what else ''}rate per {rate['n']}", True)
    if dimension(figure.unit) == "length":
        away = _DISTANCE_FROM.match(after)
        if away is not None:
            # "about 40 km from Shimla", "some 60km south of Mandalay": where a thing is
            return Measure(f"distance from {away['place']}", True)
        near = _WITHIN_OF.match(after) if _WITHIN_BEFORE.search(before) else None
        if near is not None:
            # "will pass within 1.9 million kilometres of Earth", "homes within 500 metres of
            # the plant": how close a thing comes, not where another thing stands ("the Moon
            # is about 384,000 km from Earth")
            place = near["place"] or near["thing"]
            if place in ("earth", "moon", "sun"):
                place = place.capitalize()  # "within 4 million km of the earth": Earth
            return Measure(f"closest distance to {place}", True)
        if _ALTITUDE_BEFORE.search(before) or _ALTITUDE_AFTER.match(after):
            # "at an altitude of 550 km", "about 850 kilometres above Earth": how high
            return Measure("altitude", True)
    if _is_money(figure.unit):
        each = _EACH_AFTER.match(after) and _SHARES_BEFORE.search(before)
        if _SHARE_PRICE_BEFORE.search(before):
            # "its closing price of €32.80", "shares closed at 158p": the market's price,
            # which an offer is measured against, never the offer itself
            return Measure("share price (market)", True)
        if _PER_SHARE_AFTER.match(after) or each:
            # "sold 20 million shares at $25 each", "212p a share"
            return Measure("price per share", True)
        if _WITH_DEBT.search(figure.quote):
            return Measure("price (including debt)", True)
        if _WITH_PREMIUM.search(figure.quote):
            return Measure("price (including premium)", True)  # an auction's, with fees
        if _EX_GRATIA.search(before[-40:]) or _EX_GRATIA.match(after[:40]):
            # "an ex gratia of Rs 4 lakh each", "Rs 40,000 each as ex gratia": the payment to
            # each bereaved family, however the sentence runs
            return Measure("ex gratia payment", True)
    if figure.unit == "%" and _COUNTED_SO_FAR.match(after):
        # "with 100pc counted", "97% of ballots counted": how far a count has got
        return Measure("share of the count done", True)
    if figure.unit == "%" and (
        _POLICY_RATE_BEFORE.search(before) or _POLICY_RATE_NOUN.fullmatch(figure.counted or "")
    ):
        # (what the grammar says it counts: "cut its key rate ..., taking it to 8.75%")
        return Measure("interest rate", True)
    lead = _LEAD_BY.search(before) and re.match(r"\s*votes?\b", after)
    if figure.unit is None and (
        _MARGIN_BEFORE.search(before) or _MARGIN_AFTER.match(after) or lead
    ):
        return Measure("margin", True)
    if (
        _AVERAGE_BEFORE.search(before)
        or (
            figure.unit is None
            and (_AVERAGE_NOUN_OF.search(before) or _AVERAGE_SUBJECT.search(before))
        )
        or _PER_GAME_AFTER.match(after)
        or _ON_AVERAGE.search(after)
    ):
        noun = (figure.counted or "").split()
        priced = _is_money(figure.unit) and figure.verb in _PRICE_VERBS
        if priced and noun[-1:] in ([], ["average"]):
            # "shops charged an average of ¥3,826": a price, its average a variant
            # (`pairing.variant_words`), as "the average price fell to ¥4,268" is
            return Measure("price", True)
        return Measure(f"{_one_name(noun[-1], figure.unit) if noun else 'count'} (average)", True)
    return None


#: What a share is of, where it is the vote's: "51% of the vote", "42% of voters".
_OF_THE_VOTE = frozenset(["vote", "votes", "ballot", "ballots", "voter", "voters", "electorate"])
_MEMBERS = frozenset(["member", "members"])


def _held(figure: Figure, b: int) -> str:
    """A held figure's measure: a poll's share ("poll share of civic union"), a share of the
    vote or of another whole ("vote share of benitez", "market share of acme"), or a count of
    seats or votes ("seat of dawn party"). A poll's reading and a count's result are two
    measures: "polls gave her 44%" and "she won 51%" can both hold."""
    if figure.unit != "%":
        noun = (figure.counted or "").split(" (")[0].split()
        return f"{noun[-1] if noun else 'tally'} of {figure.holder}"  # "made 142": a tally
    # a share after preferences is another measure than the first preferences: "leads 52 per
    # cent to 48 on a two-party-preferred basis" beside "a primary vote of 38 per cent"
    preferred = " (two-party)" if _TWO_PARTY.search(figure.quote) else ""
    if is_poll_reading(figure.quote):
        return f"poll share of {figure.holder}{preferred}"
    whole = _measured_after(figure.quote[b:])
    # "82% of members voted yes": a union's ballot, the share of its vote that said yes
    ballot = figure.holder in ("yes", "no") and whole is not None and whole.split()[-1] in _MEMBERS
    what = "vote" if whole is None or whole.split()[-1] in _OF_THE_VOTE or ballot else whole
    # a first round is another vote than the one that decides ("won 36% and will face a
    # run-off" against "won the run-off with 54%", or a plain "won 54%")
    rounds = " (first round)" if _FIRST_ROUND.search(figure.quote) else ""
    return f"{what} share of {figure.holder}{rounds}{preferred}"


_TWO_PARTY = re.compile(
    r"\btwo[- ]party(?:[- ]preferred)?\b|\bafter\s+(?:the\s+)?(?:distribution\s+of\s+)?"
    r"preferences\b|\b(?:2PP|TPP)\b",
    re.IGNORECASE,
)


#: A first round, said or implied by a run-off still to come.
_FIRST_ROUND = re.compile(
    r"\bfirst[- ]round\b|\b(?:will|would|to|must|now)\s+(?:face|meet|contest|fight)\b[^.;]{0,60}"
    r"\b(?:run-?off|second\s+round)\b|\b(?:heads?|headed|go(?:es)?|going|forced?|forcing)\s+"
    r"(?:in)?to\s+a\s+(?:run-?off|second\s+round)\b|\bforcing\s+a\s+(?:run-?off|second\s+round)",
    re.IGNORECASE,
)


#: A place in a table before a count: "11th with 51 points", "third on 40 points" — that
#: competitor's total, not a gap or the leader's.
_STANDING_BEFORE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|last|bottom|top)\s+(?:place\s+)?(?:with|on)\s+$",
    re.IGNORECASE,
)


def _subgroup(figure: Figure, noun: str | None) -> str:
    """For a rate or share, the part of the population its noun names ("youth
    unemployment", "core inflation"): another rate than the whole's, never compared with it.
    Words naming its place do not count ("UK inflation" is inflation, in the UK)."""
    if figure.unit != "%" or not noun:
        return ""
    mods = _part_words(noun, figure.place)
    return f" ({' '.join(mods)})" if mods else ""


def _modifiers(noun: str, place: str | None) -> list[str]:
    """The words before a noun's head but those naming its place or a number ("UK inflation":
    none)."""
    where = set(fold(place).split()) if place else set()
    return [w for w in noun.split()[:-1] if w not in where and not _NUMBERISH.match(w)]


_NAME_BEFORE = re.compile(r"\b([A-Z][a-z'’-]+),?\s+(?:aged\s+)?$")


#: Capitalised words before an age that are no name: "The 37-year-old", "Her 40-year-old".
_NOT_NAMES = frozenset("the a an this that his her their its our my".split())


def _named_before(quote: str, at: int) -> str | None:
    """The surname right before an age, news style: "Giulia Ferraresi, aged 58" -> ferraresi;
    not a place ("died at her home in Rhossili aged 74"), where the name that opens the
    sentence is the person's ("Dilys Morgan has died ... aged 74" -> morgan)."""
    before = quote[max(0, at - 60) : at]
    m = _NAME_BEFORE.search(before)
    if m and _PLACE_BEFORE_NAME.search(before[: m.start()]):
        return _opening_surname(quote)
    return fold(m.group(1)) if m and m.group(1).lower() not in _NOT_NAMES else None


def _opening_surname(text: str) -> str | None:
    """The surname of the person whose name opens `text` as its subject, folded."""
    opening = _OPENING_NAME.match(text)
    return fold(opening.group(1)) if opening else None


def _higher_on_a_year(after: str) -> bool:
    """A rise on a year told by its comparative, right after the number: "prices were 2.7%
    higher than a year earlier"."""
    return bool(_COMPARATIVE_AFTER.match(after) and _YEAR_ON_YEAR.search(after))


_COMPARATIVE_AFTER = re.compile(r"\s+(?:higher|lower|up|down)\b")


def _died_at(quote: str, at: int) -> str | None:
    """The surname of the person whose name opens the sentence, where the age is the one
    they died at: "Ines Aubry, the singer who ..., has died aged 71", "... has died in her
    late fifties". None where no name opens it ("Police said a man died aged 71")."""
    if not _DIED_BEFORE.search(quote[max(0, at - 90) : at]):
        return None
    return _opening_surname(without_dateline(quote).lstrip())


#: The words of a death right before its age: "has died aged", "died at the age of", "died
#: on Sunday at", "has died in her" ("in her late fifties" is read from "in").
_DIED_BEFORE = re.compile(
    r"\bdie[sd]\b[^.;]{0,60}?\s+(?:aged\s+|at\s+(?:the\s+age\s+of\s+)?)?$", re.IGNORECASE
)


#: A preposition of place right before a capitalised word: "in Rhossili", "at Westmead".
_PLACE_BEFORE_NAME = re.compile(r"\b(?:in|at|from|near|of|to)\s+$")
#: The same before a name `_HOLDER` took for a person's: "towns across West Yorkshire has
#: been", "a gang in Greater Manchester was" (the name is a place's, not a term's holder). Not
#: "of": "the family of Mark Jones has" still names Jones.
_PLACE_BEFORE_HOLDER = re.compile(
    r"\b(?:in|across|from|to|at|near|around|throughout|into|outside)\s+$", re.IGNORECASE
)
#: A person's name that opens a sentence as its subject: "Dilys Morgan has died", "Ana
#: Ruiz, who ..., died".
_OPENING_NAME = re.compile(
    r"(?:[A-Z][\w'’-]+\s+){1,2}([A-Z][\w'’-]+)(?=,|\s+(?:has|had|was|is|died|dies)\b)"
)


def _what_not_how(noun: str | None) -> str | None:
    """The thing a compound measures, not the kind of measure: "unemployment rate" ->
    "unemployment", "death toll" -> "death"; a bare "rate" stays."""
    if not noun:
        return noun
    words = noun.split()
    if len(words) > 1 and words[-1] in _MEASURE_HEADS:
        return " ".join(words[:-1])
    return noun


def measure_of(figure: Figure) -> str:
    """What a figure counts, by name (see `measure`)."""
    return measure(figure).name


def _category(text: str, exclude: frozenset[str] | set[str] = frozenset()) -> str | None:
    for name, pattern in MEASURES:
        if name not in exclude and pattern.search(text):
            return name
    return None


def _levels(c: Claim) -> Levels:
    """The levels of the claim's place (`places.place_levels`), or of the scope its sentence
    gives by a common noun near the number (a whole country, one or several parts, several
    countries, the world)."""
    a, b = number_in_quote(c)
    return _levels_at(c.place, c.quote, a, b)


#: Words that rank one thing within a place: "Latin America's busiest port".
_RANKS = (
    r"(?:(?:second|third)[- ])?(?:largest|biggest|busiest|oldest|newest|tallest|longest|"
    r"deepest|main|principal|leading|top|only)"
)
#: A place's own statistics, which a rank word does not make one thing within it ("Perth's
#: highest temperature" is Perth's).
_STATISTICS = frozenset(
    "rate rent price temperature population economy inflation unemployment rainfall toll "
    "total count number figure".split()
)


def _ranked_in(place: str, quote: str) -> bool:
    """The sentence names the place only as what one thing ranks in ("Latin America's
    busiest port", "the country's largest refinery")."""
    name = re.escape(place.split(",")[0].strip())
    ranked = list(re.finditer(rf"\b{name}['’]s\s+{_RANKS}\s+(?:[a-z-]+\s+)??([a-z]+)", quote))
    return (
        bool(ranked)
        and all(m.group(1).lower() not in _STATISTICS for m in ranked)
        and len(re.findall(rf"\b{name}\b", quote)) == len(ranked)
    )


#: A clause that names a part of the count before it: "…, including 40 in Lagos".
_A_PART_FOLLOWS = re.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+which)\b", re.I)


def _only_in_a_part(place: str, quote: str, b: int) -> bool:
    """The sentence names the place only in a clause after the number that gives a part of
    the count ("earned $95m worldwide, including its debut in North America")."""
    part = _A_PART_FOLLOWS.search(quote, b)
    name = place.split(",")[0].strip()
    if part is None or not name:
        return False
    return name not in quote[: part.start()] and name in quote[part.start() :]


#: Two places named together: "in Gelderland and Overijssel".
_TWO_PLACES = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+and\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _joint_provinces(levels: Levels, quote: str) -> Levels:
    """A province the sentence names together with another of the same country ("an outbreak
    in Gelderland and Overijssel") stands for the two together: the figure is of both, and
    another article's figure placed in either of them (by its nearest name) is of the same
    two."""
    for m in _TWO_PLACES.finditer(quote):
        found = [_place_levels(m.group(i)) for i in (1, 2)]
        if all(f[1] is not None and f[2] is None and f[0] == levels[0] for f in found):
            names = sorted({f[1] or "" for f in found})
            if levels[1] in names and len(names) == 2:
                return (levels[0], " and ".join(names), levels[2])
    return levels


@lru_cache(maxsize=65536)
def _levels_at(place: str | None, quote: str, a: int, b: int) -> Levels:
    if place and _only_in_a_part(place, quote, b):
        place = None  # "$95m worldwide, including its debut in North America": a part's place
    levels = _place_levels(place) if place else (None, None, None)
    if place and not (levels[0] and levels[2]) and _ranked_in(place, quote):
        # "at Latin America's busiest port": one place within the one named, not all of it
        return (levels[0], levels[1] or ONE_PART, ONE_PART)
    if levels[1] is not None:
        levels = _joint_provinces(levels, quote)
    if levels[0] is not None and levels[1] is None and levels[2] is None and _WHOLE.search(quote):
        # "across Pakistan", "nationwide": the whole country, never the same place as one of
        # its provinces or towns (a province's toll is a part of it)
        return (levels[0], WHOLE_COUNTRY, WHOLE_COUNTRY)
    if levels == (None, None, None) and _WHOLE.search(quote):
        # "33.8% of the vote nationally", the country unnamed: still not one of its parts
        return (None, WHOLE_COUNTRY, WHOLE_COUNTRY)
    # the number's clause, without a dateline (where the reporter filed from); a clause after
    # it ("…, including two in Rotterdam") is another figure's
    before_number = without_dateline(quote)[max(0, a - SCOPE_REACH) : b]
    after = _clause_after(quote, b)
    near = before_number + after
    if _SEVERAL_PARTS.search(after):
        # "made 89 arrests across both boroughs", though one of them is named before: a
        # total over several parts, never one part's count
        return (levels[0], SEVERAL_PARTS, SEVERAL_PARTS)
    if _SEVERAL_COUNTRIES.search(near):
        return (SEVERAL_COUNTRIES, SEVERAL_COUNTRIES, SEVERAL_COUNTRIES)
    if levels[0] is not None and _owns(place or "", quote[:a], levels[0]):
        # (its own place named anywhere in the number's clause: "Malawi has confirmed 5,100
        # infections since the outbreak was detected in Blantyre" is Blantyre's outbreak)
        whole_clause = before_number + _clause_after(quote, b, len(quote))
        named = [p.strip() for p in (place or "").split(",") if p.strip() in whole_clause]
        named += [p for _, p in places_in(whole_clause)]
        if not any(_place_levels(n) != (levels[0], None, None) for n in named):
            # "Brazil's unemployment rate", "Bangladesh has logged 41,250 cases": the
            # country's own statistic, not one of its states' or cities'
            return (levels[0], WHOLE_COUNTRY, WHOLE_COUNTRY)
    if levels == (None, None, None):
        # "in Nigerian cinemas", "on Kenyan roads": the country a nationality names
        for m in _IN_A_NATION.finditer(near):
            who = m["who"] or m["whose"]
            if is_demonym(who):
                levels = (country_of(who), None, None)
                break
    if levels[1] is not None or levels[2] is not None:
        return levels  # a named province or town says where, whatever else is said
    if levels[0] is None and _WORLD.search(near):
        return (WORLD, WORLD, WORLD)  # "1,200 jobs globally": no one country's
    if _SEVERAL_PARTS.search(near):
        return (levels[0], SEVERAL_PARTS, SEVERAL_PARTS)  # "across 12 coastal districts"
    if _ONE_PART.search(near):
        return (levels[0], ONE_PART, ONE_PART)  # "in the city": one part, unnamed
    return levels


#: A scope a nationality gives: "in Nigerian cinemas", "on Kenyan roads", "in British waters".
_IN_A_NATION = re.compile(
    r"\b(?:in|on|across|at|from)\s+(?:the\s+)?(?P<who>[A-Z][a-z]+)\s+[a-z]"
    # a country's ground by its nationality: "60km of the Spanish coast", "off the French
    # coast", "along the Greek border" (not "of Spanish wine": no ground)
    r"|\b(?:of|off|along|near|inside|beyond)\s+the\s+(?P<whose>[A-Z][a-z]+)\s+(?:coast(?:line)?|"
    r"shore(?:line)?|border|frontier|waters|mainland|side|countryside|interior|territory|"
    r"airspace)\b"
)
#: A figure of a whole country: "across Pakistan", "nationwide", "throughout the country".
_WHOLE = re.compile(
    r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?(?:country|nation|[A-Z][\w'’-]+)|"
    r"\b[Nn]ation(?:wide|ally)\b|\b[Cc]ountrywide\b|"
    # every part of a country: "across all 47 counties", "in all 50 states" (not "all 12
    # districts of Dhaka": a city's)
    r"\b(?:in|across|throughout)\s+all\s+(?:the\s+|of\s+the\s+)?(?:\d+|[a-z]+)\s+(?:counties|"
    r"states|provinces|regions|districts|departments|prefectures|cantons|oblasts|governorates|"
    r"territories)\b(?!\s+of\b)|"
    # "the national average", "the national jobless rate": the whole country's
    r"\bnational\s+(?:\w+\s+)?(?:average|rate|total|median|tally|toll|figure|level)\b",
)
WHOLE_COUNTRY = "(whole country)"
#: Scopes news gives by a common noun, not a name, near the number: the whole world or a
#: group of companies ("globally", "group-wide"); several parts of a country ("across 12
#: coastal districts", "in 30 cities"); one part, unnamed ("in the city", "the district's").
WORLD = "(the world)"
SEVERAL_PARTS = "(several parts of a country)"
ONE_PART = "(one part of a country)"
SCOPE_REACH = 60
_WORLD = re.compile(
    r"\b(?:globally|worldwide|world-wide|group-?wide|around\s+the\s+world|"
    r"across\s+the\s+(?:group|world|globe)|"
    # the whole of one operator, wherever it runs: "across its network", "network-wide"
    r"(?:across|throughout)\s+(?:its|their|the)\s+(?:whole\s+|entire\s+)?"
    r"(?:network|system|fleet|estate)|(?:network|system|company|fleet)-wide)\b",
    re.IGNORECASE,
)
SEVERAL_COUNTRIES = "(several countries)"
_SEVERAL_COUNTRIES = re.compile(
    r"\b(?:in|across|from)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|both)\s+(?:[a-z-]+\s+)?countries\b",
    re.IGNORECASE,
)
#: Where the number's clause ends: a comma or a clause of its own after it.
_CLAUSE_END = re.compile(r"[,;:(]|\s[–—-]\s|\bincluding\b|\bamong\s+them\b|\bof\s+whom\b")


def _clause_after(quote: str, b: int, reach: int = SCOPE_REACH) -> str:
    """The words after the number at `b` up to where its clause ends (`_CLAUSE_END`), at
    most `reach` characters."""
    return _CLAUSE_END.split(quote[b : b + reach])[0]


#: What a country's possessive names that is not a statistic of the country: a body that
#: reports one ("Zambia's health ministry"), or a part of the country ("Japan's southern
#: island of Kyushu", "the country's largest city").
_NOT_OWNED = (
    r"(?:ministr|government|office|agenc|department|authorit|bureau|institut|service|"
    r"commission|council|board|president|prime|minister|police|army|military|island|coast|"
    r"capital|region|province|state|cit|town|north|south|east|west|largest|biggest|main|"
    r"health)\w*\b"
)


def _owns(place: str, before: str, country: str) -> bool:
    """The country, by a name of it in the place, owns or reports the statistic in the words
    before the number: "Brazil's jobless rate fell to", "Bangladesh has logged 41,250 cases",
    "India is home to 3,900 tigers"
    (not "made 112 in Pakistan's first innings")."""
    for part in [country, *place.split(",")]:
        if _place_levels(part.strip()) != (country, None, None):
            continue
        owner = re.compile(
            rf"\b{re.escape(part.strip())}(?:['’]s\s+(?!(?:[a-z-]+\s+){{0,2}}{_NOT_OWNED})[a-z]|"
            r"\s+(?:has|had|have|recorded|logged|reported|registered|confirmed|posted|counts|"
            # "India is home to nearly 3,900 tigers": all the country's
            r"counted|(?:is|was)\s+home\s+to)\b)"
        )
        if owner.search(before):
            return True
    return False


_PARTS = (
    r"(?:districts|provinces|states|regions|counties|cities|towns|municipalities|prefectures|"
    r"boroughs|villages|islands|parishes)"
)
_SEVERAL_PARTS = re.compile(
    r"\b(?:across|in|from|throughout)\s+(?:the\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|several|dozens\s+of|both|"
    r"all(?:\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?)\s+"
    rf"(?:[a-z-]+\s+)?{_PARTS}\b",
    re.IGNORECASE,
)
_ONE_PART = re.compile(
    r"\b(?:in|across|throughout|around)\s+the\s+(?:city|capital|town|district|county|"
    r"municipality|borough|state|province|region)\b(?!\s+(?:of|government|council|legislature))"
    r"|\bthe\s+(?:city|capital|town|district|county|state|province)['’]s\b|"
    r"\b(?:citywide|city-wide|statewide|state-wide)\b|"
    # the part as the body that counts: "the department recorded 1,140 thefts"
    r"\bthe\s+(?:city|town|district|county|state|province|department|region|municipality)\s+"
    r"(?:has\s+|had\s+)?(?:recorded|reported|registered|logged|counted)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _place_levels(place: str) -> Levels:
    return place_levels(place)


def _regions(claims: list[Claim]) -> list[list[Claim]]:
    """Claims that may be about the same place, to be compared together. All of them when
    their places are compatible (Hebei, China, none); else one region per most specific
    place, where a claim that fits several regions is left out (it cannot say which; the
    caller traces it).
    O(claims × places), never claims × claims."""
    levels = {id(c): _levels(c) for c in claims}
    keys = set(levels.values())
    linked = _named_together(claims, levels)

    def fit(a: Levels, b: Levels) -> bool:
        return _compatible(a, b) or frozenset((a, b)) in linked

    if all(fit(a, b) for a in keys for b in keys):
        return [claims]
    specific = sorted(
        (k for k in keys if not any(k != o and fit(k, o) and _finer(o, k) for o in keys)),
        key=lambda k: (k[0] or "", k[1] or "", k[2] or ""),
    )
    fits_of = {key: [k for k in specific if fit(key, k)] for key in keys}
    regions: dict[Levels, list[Claim]] = {k: [] for k in specific}
    for c in claims:
        fits = fits_of[levels[id(c)]]
        if len(fits) == 1:
            regions[fits[0]].append(c)
    return list(regions.values())


def _named_together(claims: list[Claim], levels: dict[int, Levels]) -> set[frozenset[Levels]]:
    """Pairs of places that may be one, because each article's sentence names the other's
    place beside its own, where one of the two is a place the gazetteer does not know (no
    country or province): "68mph at Belmullet, Co Mayo" and "gusts of 145km/h to Belmullet in
    Co Mayo"; "the Penrith weather station" (in Sydney) and "Penrith ... in Sydney's west".
    Code cannot tell whether one holds the other, so it does not part them. A sentence that
    names the other place for another figure, or to set one against it, links nothing; nor
    does a scope ("worldwide", "across Glasgow"). Keys are few: cheap."""
    keys = set(levels.values())
    names = {k: _place_name(k) for k in keys}
    sentences = Counter((c.source, c.quote) for c in claims)
    named: set[tuple[Levels, Levels]] = set()  # (a claim's place, a place its sentence names)
    for c in claims:
        if sentences[(c.source, c.quote)] > 1 or _SET_AGAINST_WORDS.search(c.quote):
            continue  # "4,300 in Braga, against 1,100 in Guimaraes": each place its own
        own = levels[id(c)]
        text = fold(c.quote)
        filed_from = fold(dateline(c.quote))
        for k in keys:
            name = names[k]
            if k == own or not name or not (_unknown_town(k) or _unknown_town(own)):
                continue
            if any(x and x.startswith("(") for x in (*k, *own)):
                continue  # a scope ("worldwide", "across Glasgow") says where, whatever else
            if re.search(rf"\b{re.escape(name)}\b", text):
                named.add((own, k))
                if re.search(rf"\b{re.escape(name)}\b", filed_from) or _named_within(
                    name, names[own], text
                ):
                    # "SILVERSTONE, England, July 5 - ... 146,000 at the Northamptonshire
                    # circuit": filed from the other's place, of a place that may hold it;
                    # "in the hills above Monchique in the Algarve": a town told as in it
                    named.add((k, own))
    return {frozenset(pair) for pair in named if (pair[1], pair[0]) in named}


def _named_within(town: str, place: str | None, text: str) -> bool:
    """The sentence (folded) tells the town as lying in the place: "Monchique in the
    Algarve", "Belmullet, Co Mayo"."""
    if not place:
        return False
    return (
        re.search(rf"\b{re.escape(town)}(?:,\s*|\s+in\s+(?:the\s+)?){re.escape(place)}\b", text)
        is not None
    )


#: Words that set one thing against another: a sentence with them may name a place for it.
_SET_AGAINST_WORDS = re.compile(
    r"\b(?:than|against|compared|while|whereas|versus|vs|unlike|ahead\s+of|behind)\b",
    re.IGNORECASE,
)


def _place_name(levels: Levels) -> str | None:
    """The most specific place the levels name (not a scope: "(whole country)")."""
    named = [x for x in levels if x and not x.startswith("(")]
    return named[-1] if named else None


def _unknown_town(levels: Levels) -> bool:
    """A place the gazetteer knows no country or province of ("Belmullet", "Mace Head")."""
    return levels[0] is None and levels[1] is None and bool(_place_name(levels))


def _compatible(a: Levels, b: Levels) -> bool:
    """`places.compatible`, with one unnamed part of a country ("in the city") a place that
    may be any named part of it, but never the whole country, the world or several parts."""
    if ONE_PART in a and ONE_PART in b:
        return a[0] is None or b[0] is None or a[0] == b[0]
    if ONE_PART in a or ONE_PART in b:
        other = b if ONE_PART in a else a
        if any(scope in other for scope in _NOT_ONE_PART):
            return False
        a, b = _unnamed(a), _unnamed(b)
    return compatible(a, b)


_NOT_ONE_PART = (WHOLE_COUNTRY, WORLD, SEVERAL_PARTS, SEVERAL_COUNTRIES)


def _unnamed(levels: Levels) -> Levels:
    """Levels with an unnamed part of a country left unstated."""
    country, province, town = (None if x == ONE_PART else x for x in levels)
    return country, province, town


def _finer(a: Levels, b: Levels) -> bool:
    """`a` states more than `b` ("Hebei" against "China" or nothing)."""
    return sum(x is not None for x in a) > sum(x is not None for x in b)


#: The words of a window that say when; the rest ("of a national immunisation campaign",
#: "of its campaign") names the event, which the grouping has already matched.
#: Months cut short, as datelines and tables write them, beside a day ("1 Mar", "Sept 14");
#: `month_number` names them in full.
_SHORT = "|".join(["sept"] + [name[:3] for name in MONTH_NAMES if name != "may"])
_SHORT_MONTH = re.compile(
    rf"(?<=\b\d\d )(?:{_SHORT})\b|(?<=\b\d )(?:{_SHORT})\b|\b(?:{_SHORT})(?= \d{{1,2}}\b)"
)


def _in_full(m: re.Match[str]) -> str:
    """The month a short form matched by `_SHORT_MONTH` names, in full ("mar": "march")."""
    return MONTH_NAMES[(month_number(m.group(0)) or 1) - 1]


_WHEN_WORDS = re.compile(
    r"\b(?:\d+|first|last|past|previous|next|second|third|final|since|until|before|after|"
    r"hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|"
    rf"seasons?|winters?|summers?|springs?|autumns?|today|yesterday|morning|evening|{MONTH}|"
    r"monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
)


#: A span of days told by its length: "over three nights of unrest", "across two days". A
#: window of a count; of a measurement ("620 mm of rain over three days") it is read by its
#: period, as before, so "in the past week" and "over seven days" stay one.
_DAY_SPAN = (
    r"(?:over|across|during|in)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:nights|days)"
)
_DAY_SPAN_WORDS = re.compile(_DAY_SPAN, re.IGNORECASE)


#: A span of months: "from June through September", "between June and September".
_MONTH_SPAN = rf"(?:from|between)\s+(?:{MONTH})\s+(?:to|through|until|till|and|-)\s+(?:{MONTH})"


#: A window written as a modifier of the thing counted: "fourth-quarter profit", "annual
#: inflation", "prices rose 0.4% in March from February" (a month on month change).
_WINDOW_WORDS = re.compile(
    # a fiscal quarter named by the month it ends: "the second quarter ended September 30"
    r"\b(?:(?:(?:for|in)\s+the\s+)?(?:first|second|third|fourth)[- ]quarter\s+"
    r"(?:ended|ending|to)\s+(?:\d{1,2}\s+)?(?:march|june|september|december)|"
    r"(?:first|second|third|fourth|final)[- ](?:quarter|half)|q[1-4]|full[- ]year|"
    r"(?:january|april|july|october)\W+(?:(?:to|and|through)\W+)?(?:march|june|september|december)|"
    r"three\s+months\s+(?:to|ended|ending)\s+(?:march|june|september|december)|"
    # (a change on a year earlier, "year on year", "in the year to": _YEAR_ON_YEAR, first)
    r"half[- ]year(?:ly)?|annual(?:ly)?|yearly|monthly|month[- ]on[- ]"
    # a span of months: "from June through September", "between June and September"
    rf"month|on\s+the\s+month|weekly|quarterly|daily|{_MONTH_SPAN}|from\s+(?:{MONTH})|"
    r"for\s+the\s+(?:first|second|third|"
    r"fourth)\s+quarter|(?:for|in)\s+the\s+(?:latest\s+|last\s+|march\s+|june\s+|"
    r"september\s+|december\s+)?quarter|(?:from|compared\s+with|on)\s+(?:the\s+)?"
    rf"previous\s+(?:month|quarter|year|three\s+months)|compared\s+with\s+(?:{MONTH})|"
    # a span of days told by its length: "over three nights of unrest", "across two days"
    rf"{_DAY_SPAN}|"
    # a player's whole career: "his career tally", "in her career"
    r"career)\b",
    re.IGNORECASE,
)


_YEAR_ON_YEAR = re.compile(
    r"\b(?:(?:than|from|on|compared\s+with)\s+a\s+year\s+(?:earlier|ago|before)|"
    r"year[- ]on[- ]year|on\s+the\s+year|"
    r"(?:in|over|during)\s+the\s+(?:year|12\s+months|twelve\s+months)\s+to|"
    r"(?:over|during)\s+(?:12|twelve)\s+months\s+to|"
    # "up 7.8% on the same period last year": a change on a year, not last year's figure
    r"(?:than|from|on|over|compared\s+with)\s+(?:in\s+)?the\s+same\s+(?:period|quarter|months?|"
    r"weeks?|time)\s+(?:(?:last|a|the\s+previous)\s+year|(?:of|in)\s+(?:19|20)\d\d))\b",
    re.IGNORECASE,
)


def _in_a_name(text: str, m: re.Match[str]) -> bool:
    """A capitalised window word next to another capitalised word is part of a name: "the
    Kestrel Daily poll", "the Daily Mail", "Annual Review"."""
    if not m.group(0)[:1].isupper():
        return False
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[: m.start()])
    after = re.match(r"\s+[A-Z]", text[m.end() :])
    return before is not None or after is not None


def _by_window(claims: list[Claim], name: str = "") -> list[list[Claim]]:
    """Claims grouped by counting window, where a window whose words of time contain
    another's is the same window said more fully ("the first quarter" and "the first quarter
    of 2026"; none and none). A figure whose sentence states no window joins the one window
    the others state when its only words of time are the day it was told or that window's
    own ("In October, ..." beside "last month", told in November). Keys are few: grouping
    them is cheap. A reading of a day (a temperature, `_READ_BY_DAY`) is of the day its
    sentence names, where it names one. A rate of inflation is a change on a year whether or
    not its sentence says so ("rose 5.8% year on year", "inflation eased to 4.6%"); its month
    on month change is another window."""
    if name == "sample size" and (
        len({c.period for c in claims if c.period and DATE_SPAN.fullmatch(c.period)}) < 2
    ):
        # a study's sample is no count over a window, whatever years it ran; but two polls
        # told by their fieldwork dates are two polls
        return [claims]
    by_day = name.startswith(_READ_BY_DAY)
    # an event's length names its event by its day, if any: a length whose sentence names
    # no day may be of the one event the others date, whatever other time words it has
    lengths = name.startswith("length of")
    keyed = [(c, _window_key(c)) for c in claims]
    # a price is a level, not a count over a window: a price whose sentence names no window
    # may be the one the others state, whatever edition or start day it names ("entry to
    # next year's race will cost $95" beside "priced at $125" for next year)
    prices = name.startswith("price")
    if name.split(" (")[0] in _CHANGES_ON_A_YEAR:
        keyed = [(c, "" if k in ("year", "annual") else k) for c, k in keyed]
    if by_day:
        keyed = [(c, f"{k} on {c.event_date}".strip() if c.event_date else k) for c, k in keyed]
    groups: list[tuple[set[str], list[Claim]]] = []
    for key in sorted({k for _, k in keyed}, key=len):
        words = set(key.split())
        home = next((g for g in groups if _one_window(g[0], words)), None)
        if home is None:
            groups.append((words, []))
    out: list[list[Claim]] = [g[1] for g in groups]
    for c, key in keyed:
        words = set(key.split())
        index = next(i for i, (w, _) in enumerate(groups) if w == words or _one_window(w, words))
        out[index].append(c)
    stated = [g for (w, _), g in zip(groups, out, strict=True) if w and g]
    # (a window named back from the article's date, "last month" as "may", is before now)
    past = any(w & _BEFORE_NOW for w, g in groups if w and g) or any(
        key and _BEFORE_NOW & set(fold(c.period or "").split()[:1]) for c, key in keyed
    )
    window = next((w for w, g in groups if w and g), set())
    unstated = [
        c
        for c, key in keyed
        if not key
        and (
            ((lengths or prices or _no_time(_without_number(c))) and not past)
            or _times_within(c, window)
        )
    ]
    if unstated and len(stated) == 1:
        # a count whose sentence names no time but the day it was told ("said on Tuesday")
        # is the one window the other articles state
        rest = [c for c, key in keyed if not key and id(c) not in {id(u) for u in unstated}]
        return [stated[0] + unstated] + ([rest] if rest else [])
    return [g for g in out if g]


#: A window before the story's own ("last year", "the previous month"): a count whose
#: sentence names no time is of now, not of it.
_BEFORE_NOW = frozenset(["last", "previous"])


def _one_window(one: set[str], other: set[str]) -> bool:
    """Two windows' words of time name one window: one holds the other's ("the first
    quarter", "the first quarter of 2026"), but for a window before the story's ("last
    year" is not "this year")."""
    if not (one and other and (one <= other or other <= one)):
        return False
    return not (one ^ other) & _BEFORE_NOW


#: Readings of one day, not counts: Sunday's top and Monday's are two readings.
_READ_BY_DAY = ("temperature",)
#: Rates that are a change on a year by definition: "annual" and "year on year" add nothing.
_CHANGES_ON_A_YEAR = frozenset(["inflation"])


def _without_number(c: Claim) -> str:
    """The claim's sentence with its own number blanked: "the disruption lasted 14 hours"
    names no window; its hours are the figure."""
    a, b = number_in_quote(c)
    return c.quote[:a] + " " * (b - a) + c.quote[b:]


def _times_within(c: Claim, window: set[str]) -> bool:
    """The claim's sentence names no time but the words of `window` ("In October" for
    "october") and the day it was told: not a part of it ("on Friday" is not "between Friday
    and Sunday")."""
    told = TOLD_ON.sub(" ", _without_number(c))
    words = {fold(m.group(0)) for m in _TIME_WORDS.finditer(told)}
    if words & set(MONTH_NAMES):
        # "handled 3.9 million in August, its busiest month ever": the month named, and a
        # month as the yardstick of a record, not a second window
        words.discard("month")
    if "since" in window and words and words == window - {"since"} and _BEGAN_IN.search(told):
        # "46 cases in the outbreak that began in early April" is the count "since April"
        return True
    span = _PLAN_SPAN.search(told)
    if span is not None and window & _AHEAD and words == {fold(span.group(2))}:
        # "will fund 500 scholarships over five years" is the plan "over the next five years"
        return window - _AHEAD == {fold(span.group(1)), fold(span.group(2))}
    # ("in February", told in 2027, is "February 2027")
    year = (c.article_date or "")[:4]
    return bool(words) and (words == window or (year in window and words == window - {year}))


#: A span a plan runs over, by its length: "over five years", "over the next three months".
_PLAN_SPAN = re.compile(
    r"\bover\s+(?:the\s+)?(?:next\s+|coming\s+)?(\w+)\s+(years|months|weeks)\b", re.IGNORECASE
)
#: The words that put a span ahead of the story: "the next five years", "the coming decade".
_AHEAD = frozenset(["next", "coming"])


#: A start told as the start of the thing counted in: "the outbreak that began in April".
_BEGAN_IN = re.compile(r"\b(?:began|started|broke\s+out|erupted)\s+in\b", re.IGNORECASE)


def _no_time(sentence: str) -> bool:
    """The sentence puts its count in no time but the day it is told ("the agency said on
    Tuesday"): "arrested 12 people on Saturday" counts a day's arrests."""
    return not _TIME_WORDS.search(TOLD_ON.sub(" ", sentence))


_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
#: Words that put a count in some time: a sentence without them states no window.
_TIME_WORDS = re.compile(
    rf"\b(?:{_DAYS}|mornings?|afternoons?|evenings?|nights?|overnight|hours?|"
    rf"{MONTH}|(?:19|20)\d\d|weeks?|weekly|months?|monthly|quarters?|quarterly|years?|yearly|"
    r"annual\w*|seasons?|decades?|since|so\s+far|to\s+date|until|through|fortnight|"
    r"period|days)\b",
    re.IGNORECASE,
)


#: The quarters by their months: "the January-to-March quarter" is the first quarter.
_QUARTER_MONTHS = [
    (
        r"january\W+(?:(?:to|and|through)\W+)?march|three months (?:to|ended|ending) march",
        "first quarter",
    ),
    (
        r"april\W+(?:(?:to|and|through)\W+)?june|three months (?:to|ended|ending) june",
        "second quarter",
    ),
    (
        r"july\W+(?:(?:to|and|through)\W+)?september|three months (?:to|ended|ending) september",
        "third quarter",
    ),
    (
        r"october\W+(?:(?:to|and|through)\W+)?december|three months (?:to|ended|ending) december",
        "fourth quarter",
    ),
    # the halves of a year: "between January and June" is "the first half"
    (r"january\W+(?:(?:to|and|through)\W+)?june|six months (?:to|ended|ending) june", "first half"),
    (
        r"july\W+(?:(?:to|and|through)\W+)?december|six months (?:to|ended|ending) december",
        "second half",
    ),
]


#: A span of months as `_window_word` reads it (folded, the quarters named already).
_MONTHS_SPANNED = re.compile(
    rf"(?:from|between) ({'|'.join(MONTH_NAMES)}) (?:(?:to|through|until|till|and) )?"
    rf"({'|'.join(MONTH_NAMES)})"
)


def _window_word(written: str) -> str:
    """One name for the windows news writes several ways: "annual", "year on year" and "in
    the year to" are a year; "monthly" and "from February" a month."""
    w = fold(written).replace("-", " ")
    # "the second quarter ended september 30" is the three months to September
    w = re.sub(
        r"^.*quarter (?:ended|ending|to) (?:\d+ )?(march|june|september|december).*$",
        r"three months to \1",
        w,
    )
    for months, quarter in _QUARTER_MONTHS:
        w = re.sub(months, quarter, w)
    span = _MONTHS_SPANNED.fullmatch(w)
    if span is not None:
        return f"{span.group(1)} to {span.group(2)}"  # one span, however it is joined
    if re.search(
        r"annual|yearly|year on year|on the year|year to|full year|a year (?:earlier|ago|before)|"
        r"(?:12|twelve) months (?:to|ended|ending|through)",
        w,
    ):
        return "year"
    ordinal = re.search(r"\b(?:first|second|third|fourth|final) (?:quarter|half)\b", w)
    if ordinal is not None and not re.search(r"previous (?:quarter|three months)", w):
        return ordinal.group(0)  # "for the first quarter" is "first-quarter"'s window
    if re.search(r"previous (?:quarter|three months)|(?:for|in) the (?:\w+ )?quarter", w):
        return "quarter"
    if re.search(r"monthly|month on month|on the month|previous month|^from |^compared with ", w):
        return "month"
    span = re.search(r"(?:past |last |first )?\S+ (?:nights|days)$", w)
    if span is not None:
        return span.group(0)  # "over three nights", "across three nights": one span
    return {"weekly": "week", "daily": "day", "quarterly": "quarter"}.get(w, w)


def _window_key(c: Claim) -> str:
    """The counting window by its words of time, folded ("in the first week of a national
    campaign" and "during the first week of its campaign" are one window); "" when the period
    is none, or only dates the event."""
    a, b = number_in_quote(c)
    if c.unit == EVENT_LENGTH_UNIT:
        # a strike "on Monday" and one "next week" are two strikes: the day names the event;
        # "Tuesday's six-hour outage", told on Wednesday, is Tuesday's
        # (the day anchored to its article's date: "yesterday" told on Wednesday and "on
        # Tuesday" are one day)
        owned = _DAYS_OWN.search(_near_number(c, 60))
        if owned is not None:
            return _owned_day(owned, c)
        if c.period and not _ended_on(c.quote, c.period):
            told = TOLD_ON.search(c.quote)
            if told is not None and told.group("day").lower() in c.period.lower():
                # "said on Friday that Thursday's outage lasted about four hours": the day it
                # was told is not the event's; a day owning the event anywhere is
                owner = _DAYS_OWN.search(c.quote)
                return _owned_day(owner, c) if owner is not None else ""
            return _length_day(c.period, c)
    if c.unit in (SCORE_UNIT, CLOCK_UNIT):
        # a final score is of the whole match (a moment's score is no result): "struck twice
        # in the first half as Lions secured a 2-0 victory" names no window of the result;
        # a time taken is of its race ("clocking 2:06:14 to claim the first major victory of
        # his career": the career is the victory's, not a window of the time)
        return _window_of(c.period, c.period_anchor, "")
    # (a frequency that names a report is blanked in the whole sentence first: "in its
    # monthly estimates" names no window however near the number "monthly" stands)
    # and so does an event's length told with its verb ("will close for 12 months for repairs
    # costing £12.5m": the closure's length, not a window of the cost)
    # (with when it starts: "for 12 months from January")
    lengths = [m for m in DONE_FOR.finditer(c.quote) if not m.start() <= a < m.end()]
    quote = _blank(_LENGTH_FROM, c.quote, lambda m: not m.start() <= a < m.end())
    near = _near_number(c, 60, _blank(_VAGUE_LENGTH, _blank(_NOT_A_WINDOW, quote)))
    near = _THE_EVENT_S_DAYS.sub(lambda m: m.group(1) + " " * len(m.group(2)), near)
    yoy = _YEAR_ON_YEAR.search(c.quote) if c.period else None
    if yoy is not None and fold(c.period or "") in fold(yoy.group(0)):
        # "last year" read from "on the same period last year": a year's change, of the
        # quarter the sentence names if it names one
        return _quarter_named(near) or "year"
    per = _PER_PERIOD_AFTER.match(c.quote[b:])
    if per is not None:
        # "€65 million annually": a rate's period (in its measure, `measure`), not a window
        cut = b - max(0, a - 60)
        near = near[:cut] + " " * per.end() + near[cut + per.end() :]
    period = c.period
    if period and any(fold(period) in fold(m.group(0)) for m in lengths):
        period = None  # "to close for a year for £12.5m repairs": the closure's length
    if period and _VAGUE_LENGTH.fullmatch(period.strip()):
        period = None  # "shutting the main road for several hours": no window of the count
    if period and _is_a_term(c, period):
        # "jailed for five years for stealing 412 head of cattle": the term, not a window of
        # the count
        period = None
        near = _blank(_TERM_GIVEN, near)
    span = YEAR_SPAN.search(period or "")
    if span is not None:
        # "for the period 2027 to 2029" is one span of years, not a part of every window
        # naming 2027
        return f"{span.group(1)}-{span.group(2)}"
    if _NOW_IN_ALL.match(c.quote[b:]):
        # "Nine climbers have now turned back, after Friday's storm": all so far, not the
        # day's
        return "so far"
    if c.unit is not None:
        near = _blank(_DAY_SPAN_WORDS, near)
    near = _blank(_FROM_A_MONTH, near, lambda m: _month_ahead(m.group(1), c.article_date))
    key = _window_of(period, c.period_anchor, near)
    if key.split()[:1] == ["since"] and _IN_A_STATE.search(c.quote):
        # "40,000 households have been without water since Monday": when the state began,
        # not a window; the count is of those in it now
        return ""
    day_first = _DAY_FIRST.fullmatch(key)
    if day_first is not None:
        key = f"since {day_first['month']} {day_first['day']}"  # "since 2 January"
    first_days = _MONTH_S_FIRST_DAYS.fullmatch(key)
    if first_days is not None:
        key = f"since {first_days['month']}"  # "since March 2": since the start of March
    if key in _SINCE_THE_YEAR_BEGAN:
        return "year"  # "since January", "since the start of the year": so far this year
    full_year = _FULL_YEAR_OF.search(near) if key == "year" else None
    named_year = (full_year.group(1) or full_year.group(2)) if full_year else None
    if named_year is not None and named_year != (c.article_date or "")[:4]:
        key = named_year  # "full-year figures for 2026", told in 2027: 2026
    if c.article_date and key in ("last year", "last month", "next year"):
        # "last year" in an article of 2027 is 2026; "last month" in one of November is
        # October; "next year" in one of 2026 is 2027: named as the other article names it
        return _named_by_date(key, c.article_date)
    # "in 2026" in an article of 2026 is "this year": one window, however it is named
    if c.article_date and key == "" and _only_the_year(c, c.article_date[:4]):
        return "year"  # "issue 5,400 permits under the scheme for 2028", further off
    return "year" if c.article_date and key == c.article_date[:4] else key


#: A full year named by its number: "full-year figures for 2026", "its 2026 full-year
#: profit" (the year, not "this year" of the article's date).
_FULL_YEAR_OF = re.compile(
    r"\b(?:(20\d\d)\s+full[- ]year|full[- ]year\s+(?:[a-z]+\s+){0,3}?(?:for|of|in)\s+(20\d\d))\b",
    re.IGNORECASE,
)
#: A count told as all to now by "have now" and a participle: "Nine climbers have
#: now turned back", "11 people have now died".
_NOW_IN_ALL = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,2}(?:have|has)\s+now\s+(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b",
    re.IGNORECASE,
)


#: A start told day first: "since 2 January" (keyed as "since january 2").
_DAY_FIRST = re.compile(r"since (?P<day>\d{1,2}) (?P<month>[a-z]+)")
#: A month's first days as a start: "since March 2", "since 3 January" (as a count so far is
#: told), keyed as the month: "since march", as "since March" and "since the start of March"
#: are.
_MONTH_S_FIRST_DAYS = re.compile(rf"since (?P<month>{MONTH}) [123]")
#: The year so far by its start: "since January", "since the start of the year" (folded).
_SINCE_THE_YEAR_BEGAN = frozenset(["since january", "since year"])


def _named_by_date(key: str, article_date: str) -> str:
    """The year "last year" or "next year" names, or the month "last month" does, by the
    article's date."""
    year, month = int(article_date[:4]), int(article_date[5:7])
    if key == "last year":
        return str(year - 1)
    if key == "next year":
        return str(year + 1)
    return MONTH_NAMES[(month - 2) % 12]


#: A sentence's term, given with its length: "jailed for five years and six months",
#: "banned from driving for three years"; or a stoppage's: "went on strike for 24 hours",
#: "walked out for two days" (how long those counted stopped, not a window of the count).
_TERM_GIVEN = re.compile(
    r"\b(?:jailed|sentenced|imprisoned|banned|suspended|disqualified|locked\s+up|"
    r"(?:went|go|going|be|are|were|was)\s+on\s+strike|walk(?:ed|ing)?\s+out|"
    r"stop(?:ped|ping)?\s+work|down(?:ed|ing)?\s+tools)\b"
    r"(?:\s+[a-z]+){0,3}?\s+for\s+(?:up\s+to\s+)?[\w-]+\s+(?:years?|months?|weeks?|days?|hours?)"
    r"(?:\s+and\s+[\w-]+\s+(?:months?|weeks?|days?))?",
    re.IGNORECASE,
)


#: A frequency that names a record, a report or a move, not the figure's window: "a monthly
#: record", "the monthly report of the regulator", "a third consecutive monthly fall", "in
#: its monthly estimates", "the daily briefing", "its annual survey" (but an annual report or
#: annual figures are of a year: "annual figures show 310 deaths").
_NOT_A_WINDOW = re.compile(
    r"\b(?:(?:monthly|weekly|daily)\s+(?:record|report|figures|data|survey|bulletin|release|"
    r"statistics|update|estimate|briefing|poll|meeting|fall|rise|drop|increase|decline|gain)|"
    r"(?:annual|yearly)\s+(?:survey|analysis|analyses|poll|census|count|study|review|bulletin|"
    r"estimate|meeting|conference))s?\b",
    re.IGNORECASE,
)
#: A whole event told by its length: "over the three days of the bank holiday weekend" is
#: the weekend, not a window within it (not "the first three days of the festival": a part).
_THE_EVENT_S_DAYS = re.compile(
    r"\b((?:over|during|across|throughout|in)\s+(?:all\s+)?)(the\s+(?:two|three|four|five|"
    r"six|seven|eight|nine|ten|\d+)\s+(?:days|nights|weeks)\s+of\s+)(?=(?:the|this|its|their)\b)",
    re.IGNORECASE,
)
#: How long something lasted, told too loosely to bound a count: "shutting the main road for
#: several hours", "for days", "for decades" (not "for three days": a span of its own).
_VAGUE_LENGTH = re.compile(
    r"\bfor\s+(?:(?:several|a\s+few|many|some)\s+)?(?:hours|days|weeks|months|years|decades|"
    r"centuries)\b",
    re.IGNORECASE,
)
#: "from April": the month a change takes effect when it is still ahead of the article, not
#: the month a change is measured from ("rose 0.4% from March").
_FROM_A_MONTH = re.compile(
    rf"\bfrom\s+({MONTH})\b",
    re.IGNORECASE,
)
#: An event's length told with its verb, with when it starts: "close for 12 months from
#: January" (`_window_key`).
_LENGTH_FROM = re.compile(rf"{DONE_FOR.pattern}(?: {_FROM_A_MONTH.pattern})?", DONE_FOR.flags)


def _month_ahead(month: str, article_date: str | None) -> bool:
    """The month comes after the article's own month (of its year): still ahead."""
    if not article_date or len(article_date) < 7 or not article_date[5:7].isdigit():
        return False
    return MONTH_NAMES.index(month.lower()) + 1 > int(article_date[5:7])


def _blank(
    pattern: re.Pattern[str], text: str, keep: Callable[[re.Match[str]], bool] | None = None
) -> str:
    """`text` with each match of `pattern` (for which `keep` holds) blanked, its length kept."""
    return pattern.sub(
        lambda m: " " * len(m.group(0)) if keep is None or keep(m) else m.group(0), text
    )


def _is_a_term(c: Claim, period: str) -> bool:
    """The period is the length of a term the sentence gives, and the claim's number is not
    in it."""
    a = number_in_quote(c)[0]
    return any(
        fold(period) in fold(m.group(0)) and not (m.start() <= a < m.end())
        for m in _TERM_GIVEN.finditer(c.quote)
    )


def _only_the_year(c: Claim, year: str) -> bool:
    """The only time the claim's sentence names, but the day it is told, is the article's own
    year."""
    times = _TIME_WORDS.findall(TOLD_ON.sub(" ", _without_number(c)))
    return bool(times) and all(t == year for t in times)


def _owned_day(owned: re.Match[str], c: Claim) -> str:
    """The day `_DAYS_OWN` found ("Tuesday's outage") as a length's window."""
    day = owned.group(1).lower()
    return _length_day(day if day in ("yesterday", "today") else f"on {day}", c)


def _length_day(period: str, c: Claim) -> str:
    """An event's day as a length's window (`_window_key`): the date it names, where its
    article's date anchors it, else its words."""
    day = anchor_day(period, c.article_date)
    return f"on {day}" if day else fold(period)


def _ended_on(quote: str, period: str) -> bool:
    """The period is the day a stoppage ended, not its own: "returned to work on Monday after
    a strike that lasted 23 days", "a nine-day strike ended on Sunday"."""
    return re.search(_STOPPAGE_ENDED + re.escape(period), quote, re.IGNORECASE) is not None


#: The words that end a stoppage, before the day it ended (`_ended_on`).
_STOPPAGE_ENDED = (
    r"\b(?:ended|ends|ending|finished|came\s+to\s+an\s+end|called\s+off|lifted|resumed|"
    r"resuming|reopening|reopened|returned\s+to\s+work|went\s+back\s+to\s+work|back\s+at\s+work)\s+"
    r"(?:[\w.:-]+\s+){0,3}?"
)
#: A day owning an event: "Tuesday's outage", "Monday's strike".
_DAYS_OWN = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:['’]s\b|"
    # "its Saturday morning flight departed nine hours late": the flight's day
    r"\s+(?:morning|afternoon|evening|night)(?:['’]s)?\s+(?!on\b|at\b|in\b|and\b)[a-z])",
    re.IGNORECASE,
)
#: A financial year by its two years: "for 2026-27", "in 2026/27", "for 2026 to 2027",
#: "during 2026-2027" (written with "to", the two years must follow each other: "for 2026 to
#: 2030" is a plan's span, `_window_of`).
_FINANCIAL_YEAR = re.compile(
    r"\b(?:in|for|during|over)\s+(?:the\s+)?((?:19|20)\d\d)\s?(?:[/–-]|\s+to\s+)\s?"
    r"(?:(?:19|20)(?=\d\d\b))?(\d\d)\b"
)
_FISCAL_NAMED = re.compile(r"\b(?:fiscal(?:\s+year)?\s+|FY\s?'?)((?:20)?\d\d)\b(?![/–-]\d)")


#: A window named by its place in the year: "second quarter", "first half" (`_window_word`).
_ORDINAL_WINDOW = re.compile(r"(?:first|second|third|fourth|final) (?:quarter|half)$")


def _quarter_named(near: str) -> str | None:
    """The quarter or half a change on a year is of, where the words near its number name
    one: "grew 2.6% year on year in the second quarter", "up 7.8% in the April-to-June
    quarter on the same period last year". The year before is only the change's base
    (`_basis`), the quarter its window, however the sentence orders them."""
    for m in _WINDOW_WORDS.finditer(near):
        word = _window_word(m.group(0))
        if _ORDINAL_WINDOW.match(word) and not _in_a_name(near, m):
            return word
    return None


@lru_cache(maxsize=65536)
def _window_of(period: str | None, anchor: str | None, near: str) -> str:
    # a financial year named by its two years ("in 2026/27", "the 2026-27 financial year") is
    # that year, whatever else the sentence dates
    fiscal = _FINANCIAL_YEAR.search(near)
    to = fiscal is not None and " to " in fiscal.group(0)  # "2026 to 2027", never "2026 to 2030"
    if fiscal is not None and (not to or (int(fiscal.group(1)) + 1) % 100 == int(fiscal.group(2))):
        return f"{fiscal.group(1)}/{fiscal.group(2)}"
    # "fiscal 2026", "FY2026": a financial year is named by the year it ends in ("fiscal
    # 2026, the year that ended in March" is 2025/26)
    named = _FISCAL_NAMED.search(near)
    if named is not None:
        end = int(named.group(1)) if len(named.group(1)) == 4 else 2000 + int(named.group(1))
        return f"{end - 1}/{end % 100:02d}"
    # the number's own; a change on a year earlier names the window whatever else is said
    # ("2.3% higher in the June quarter than a year earlier" is a year's growth)
    written = _YEAR_ON_YEAR.search(near) or next(
        (m for m in _WINDOW_WORDS.finditer(near) if not _in_a_name(near, m)), None
    )
    # "from January to March this year": the months, of this year
    this_year = (
        fold(period or "") == "this year"
        and written is not None
        and written.re is not _YEAR_ON_YEAR
    )
    if not is_window(period) or this_year:
        if written is not None and written.re is _YEAR_ON_YEAR:
            return _quarter_named(near) or "year"
        return _window_word(written.group(0)) if written else ""
    text = fold(" ".join(p for p in (period or "", anchor or "") if p))
    # a month cut short beside its day: "since 1 Mar" is "since 1 march"
    text = _SHORT_MONTH.sub(_in_full, text)
    for months, quarter in _QUARTER_MONTHS:
        text = re.sub(months, quarter, text)
    # one length under two names: "in the past 12 months" is "in the past year"; one horizon
    # ("within five years", "within the next five years")
    text = _ONE_LENGTH.sub(lambda m: _LENGTHS[m.group(0)], text)
    text = re.sub(r"\b(?:the )?(?:up)?coming\b", "next", text)  # "the coming year" is the next
    text = re.sub(r"\bwithin (?:the )?next\b", "within", text)
    return " ".join(m.group(0) for m in _WHEN_WORDS.finditer(text)) or text


#: A length of time under its other name (folded): twelve months are a year, seven days a
#: week, 24 hours a day.
_LENGTHS = {
    "12 months": "year",
    "twelve months": "year",
    "52 weeks": "year",
    "7 days": "week",
    "seven days": "week",
    "24 hours": "day",
}
_ONE_LENGTH = re.compile(r"\b(?:" + "|".join(_LENGTHS) + r")\b")


#: A year a figure is measured against or counted from, not the year it belongs to: "for the
#: first time since 1998", "the highest since 2008", "more than in 2019", "killed since April
#: 2018" (a window's start: the window is compared, not the year), "a wait that stretched back
#: to 1987"; or the year a series or a thing began: "the lowest since the survey began in
#: 2005", "the most since records were first kept in 1910", "since the war began in 2011".
_YARDSTICK_YEAR = re.compile(
    # (a season or part of the year: "since the autumn of 2022", "than at the end of 2019")
    r"\b(?:since|than(?:\s+(?:in|at))?|back\s+to)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?:[A-Za-z]+\s+)?(?:of\s+)?(?:\d{1,2}\s+)?((?:19|20)\d\d)\b|"
    # the base of a change, its year bare: "a rise of 6.1 per cent on 2025", "up 4% over 2024"
    r"\b(?:rise|increase|fall|drop|decline|growth|gain|up|down|higher|lower)\b(?:[^.;]|\.(?=\d)){0,30}?"
    r"\b(?:on|over|from|compared\s+(?:with|to)|versus|vs\.?)\s+((?:19|20)\d\d)\b(?!\s+(?:to|and)\b)|"
    # (or after it: "in the twelve months after it reopened in 2025"; a month before the year
    # is not read: "reopened in March 2025" stays background)
    rf"\b(?:since|after)\s+(?:[\w'’-]+\s+){{0,6}}?{SERIES_STARTS}\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+in\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: After the number, another year's figure it is set against, named without its number:
#: "stood at 38.6%, well above the figure at the same time in 2022". (Before the number the
#: year may name the window of a change: "Compared with the first quarter of 2025, output
#: was 2.1% higher".)
_A_CHANGE_AFTER = re.compile(r"\s*(?:higher|lower|more|less|up|down|above|below)\b", re.I)
_SET_AGAINST_YEAR = re.compile(
    r"\b(?:above|below|compared\s+(?:with|to)|against|ahead\s+of|behind|short\s+of)\s+"
    r"(?:[a-z]+\s+){1,6}?(?:in|of)\s+(?:the\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


#: A year that says when a thing was made, not when the figure happened: "a 1921 painting
#: fetched £3.9m", "the 1967 Ferrari sold for", "its 2019 models", "the cathedral's 1934 organ".
_MADE_IN_YEAR = re.compile(
    r"\b(?:(?i:a|an|the|its|his|her|their)|[A-Z][\w-]*['’]s)\s+(?:(?:19|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+)?"
    r"(?:painting|canvas|portrait|sculpture|drawing|print|photograph|manuscript|letter|novel|"
    r"book|album|film|song|recording|guitar|violin|piano|watch|car|model|vehicle|motorcycle|"
    r"bike|aircraft|plane|jet|ship|yacht|vintage|bottle|coin|stamp|building|house|home|"
    r"mansion|villa|law|act|statute|treaty|constitution|organ|bell|clock|locomotive|tram|"
    r"carriage|engine|instrument|fresco|mural|tapestry|statue|monument|bridge|church|"
    r"cathedral|chapel|theatre|cinema|stadium|tower|lighthouse|mill|hit|single|number[\s-]one|"
    r"musical|opera|play|sitcom|series|poem|symphony|video\s+game)s?\b"
)


#: A time on the 24-hour clock, which agency copy writes as four digits: "by 1900 on Sun",
#: "at 2100 GMT", "from 0600 hrs" (no year: a time is followed by its zone or its day).
_CLOCK_TIME = re.compile(
    r"\b(?:at|by|from|until|till|before|after)\s+(?:[01]\d|2[0-3])[0-5]\d\b"
    r"(?=\s*(?:hrs?|hours|h|GMT|UTC|BST|CET|CEST|local)\b|\s+on\s+[A-Z]|\s+(?:today|tonight|"
    r"yesterday)\b)"
)


def _own_year(c: Claim) -> int | None:
    """The year a figure's own window names in digits: "in 2025", "in 2025-26" (its last
    year); None when the window names no year ("last year" is often a change's base: "down 18%
    on last year at 41,000"), or another year of the sentence stands nearer the number ("fell
    14% in 2026 compared with 2025, when 172 people were killed": 2025 dates the 172)."""
    period = _YEAR_SPAN.sub(_span_end, c.period or "")
    named = list(_YEAR.finditer(period))
    if len(named) != 1:
        return None
    year = int(named[0].group(1))
    # "in 2025" read from "in 2025-26": the span, by its last year
    span = next((m for m in _YEAR_SPAN.finditer(c.quote) if m.group(1) == str(year)), None)
    ended = _YEAR_SPAN.sub(_span_end, span.group(0)).strip() if span else ""
    year = int(ended) if ended.isdigit() else year
    at = number_in_quote(c)[0]
    told = c.quote.find(c.period or "")
    near = min(abs(told - at), abs(told + len(c.period or "") - at)) if told >= 0 else 0
    if any(
        int(m.group(1)) != year and min(abs(m.start() - at), abs(m.end() - at)) < near
        for m in _YEAR.finditer(c.quote)
    ):
        return None
    return year


def _years(c: Claim) -> list[int]:
    """The years a figure's sentence names, but for those it is only measured against, those
    that say when a thing was made ("a 1921 painting") and those of another, earlier value
    ("750, up from 600 in 2015": 2015 is the 600's year, not the 750's)."""
    text = _without_number(c)
    text = _blank(_YARDSTICK_YEAR, text)
    text = _blank(_MADE_IN_YEAR, text)
    text = _blank(_CLOCK_TIME, text)
    at, end = number_in_quote(c)
    # a year of one of the figure's parts told after it: "performed 4,000 operations in her
    # career, including the first valve repair in Scotland in 2006"
    part = INCLUDING_AFTER.search(text, end)
    if part is not None:
        text = text[: part.start()] + _blank(_YEAR, text[part.start() :])
    a_change = _A_CHANGE_AFTER.match(c.quote[end:]) is not None
    if not a_change:
        # (a change's own comparison names its base: "2.4% higher than in the same quarter
        # of 2025" is a change over a year)
        text = text[:at] + _SET_AGAINST_YEAR.sub(lambda m: _set_against(m, c.quote), text[at:])
    # a season or financial year ("the winter of 2026-27", "in 2025/26") is its last year's
    text = _YEAR_SPAN.sub(_span_end, text)
    years = [
        int(m.group(1))
        for m in _YEAR.finditer(text)
        if not earlier_value_before(text, m.start())
        and not in_a_clause_below(c.quote, at, m.start())
        # (nor a year of a person's own story: "Ana Diaz, who founded the firm in 2016, told
        # her 2.3 million followers")
        and not in_a_persons_clause(c.quote, at, m.start())
        # (nor the year of what a judgment told today is about: "jailed for six years over
        # the March 2025 crash" is this story's term, not one of 2025)
        and not offence_year(c.quote, at, m.start())
    ]
    if c.article_date and not a_change:
        # "uptake was 76% the year before", "a year earlier, 41 were counted": the year
        # before the article's (not a change's base: "3% higher than the year before"; nor
        # another value's: "78%, up from 76% the year before" dates the 76% alone)
        years += [
            int(c.article_date[:4]) - 1
            for m in _YEAR_BEFORE.finditer(text)
            if not earlier_value_before(text, m.start())
            and not _COMPARED_BEFORE.search(text[: m.start()])
        ]
    if c.article_date:
        # "two years ago, gauges logged more than 700 litres": the year that many back (told
        # before the number: after it, the years back may date another thing the sentence
        # names, "83 whales stranded, an echo of the stranding six years ago")
        for m in _YEARS_AGO.finditer(text, 0, at):
            back = int(parse_quantity(m.group("n")).value or 0) if m.group("n") else 1
            years.append(int(c.article_date[:4]) - back * (1 if m.group("y") else 10))
    return years


#: A span of two years, a season's or a financial year's: "2026-27", "2025/26", "2024-2025".
_YEAR_SPAN = re.compile(r"\b(1[89]\d\d|20\d\d)\s*[-–/]\s*(\d\d(?:\d\d)?)\b")


def _span_end(m: re.Match[str]) -> str:
    """A span of years (`_YEAR_SPAN`) written as its last year, as wide as the span was
    ("2026-27" -> "2027   "); a span whose end is not one or two years after its start is
    no span and stays as written ("2026-19", "2019-2026")."""
    start, end = m.group(1), m.group(2)
    last = start[:2] + end if len(end) == 2 else end
    if not int(start) < int(last) <= int(start) + 2:
        return m.group(0)
    return last.ljust(len(m.group(0)))


#: A jab given against a disease: "vaccinated 74% of pupils against HPV in the 2025-26 school
#: year" sets nothing against a year.
_VACCINATED = re.compile(r"\b(?:vaccin|immuni[sz]|inoculat|jabb?)\w*", re.IGNORECASE)


def _set_against(m: re.Match[str], sentence: str) -> str:
    """A year another value is set against (`_SET_AGAINST_YEAR`), blanked; kept where its
    "against" names a disease a jab protects from."""
    if m.group(0).lower().startswith("against") and _VACCINATED.search(sentence):
        return m.group(0)
    return " " * len(m.group(0))


#: The year before the one a story reports, told without its number ("the year before", "a
#: year earlier"; not a change's base: "climbed 11.2% from a year earlier", "up on the
#: previous year", "than the year before": `_COMPARED_BEFORE`); and "last year", the year
#: before the article's (an era, so "last year" told in January 2027 meets "in 2026"; its
#: figure is no longer set against the same count "so far this year" as two windows).
_YEAR_BEFORE = re.compile(
    r"\b(?:the\s+(?:year|season)\s+before|a\s+year\s+(?:earlier|before)|last\s+year\b(?!['’])|"
    r"the\s+(?:previous|prior|preceding)\s+(?:year|season))\b",
    re.IGNORECASE,
)

#: A comparison whose base the year before is: "than in the same quarter a year earlier".
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|from|compared|on|over|with|to|against|versus|vs)\b[^.;,]{0,40}$", re.IGNORECASE
)

#: Years back from the article's: "two years ago", "a decade ago", "three decades ago" (not a
#: yardstick: "the highest since two years ago", "up from a year ago"; nor "a year ago", which
#: is a change's base more often than a time).
_YEARS_AGO = re.compile(
    r"(?<!since\s)(?<!than\s)(?<!from\s)(?<!with\s)\b(?:(?P<n>two|three|four|five|six|seven|"
    r"eight|nine|ten|\d{1,2})\s+(?:(?P<y>years)|decades)|a\s+decade)\s+ago\b",
    re.IGNORECASE,
)


_DATE_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DATE_DMY = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")


def article_date(brief: Brief) -> str | None:
    """The article's date as ISO `YYYY-MM-DD`: its publication date where its page or record
    gives one, else the date it states for itself, when code can read one."""
    published = brief.provenance.published
    if published and re.match(r"\d{4}-\d{2}-\d{2}", published):
        return published[:10]
    if brief.date is None:
        return None
    text = brief.date.quote
    for pattern, order in ((_DATE_MDY, "mdy"), (_DATE_DMY, "dmy")):
        m = pattern.search(text)
        if m:
            month_name, day = (m[1], m[2]) if order == "mdy" else (m[2], m[1])
            month = month_number(month_name)
            try:
                return date(int(m[3]), month, int(day)).isoformat() if month else None
            except ValueError:
                return None
    return None


_CLAIM_FIELDS = set(Claim.model_fields) - {"source", "article_date", "outlet", "event_date"}


def claim(source: str, f: Figure, dated: str | None = None, outlet: str | None = None) -> Claim:
    """A figure as evidence: every Claim field but `source`, `article_date`, `outlet` and
    `event_date` (its relative time anchored to the article's date) is a Figure field."""
    return Claim(
        source=source,
        article_date=dated,
        outlet=outlet,
        event_date=anchor_day(f.period, dated),
        **f.model_dump(include=_CLAIM_FIELDS),
    )


def _low(c: Claim) -> float:
    return in_base_unit(c.low, c.unit) or 0.0


def _high(c: Claim) -> float | None:
    return in_base_unit(c.high, c.unit)


def _step(c: Claim) -> float:
    """One step of the last significant digit of an exact number that may be rounded, in
    base units: 100,000 for "600,000", 1 for "7%", 0.1 for "6.4"; 0 for a count under
    SMALL_EXACT, which is counted, not rounded."""
    if c.qualifier != "exact" or c.value is None:
        return 0.0
    if (c.unit is None and c.value < SMALL_EXACT) or c.unit == SCORE_UNIT:
        return 0.0  # (a score "27-20" is two counts written as one number: never rounded)
    value = abs(c.value)
    if value.is_integer():
        digits = f"{value:.0f}"
        step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    else:
        decimals = len(f"{value:.6f}".rstrip("0").split(".")[1])
        step = 10.0**-decimals
    if c.unit == "°F":
        return step * 5 / 9  # a difference of degrees, without the scale's offset
    return in_base_unit(step, c.unit) or 0.0


def _rounding_explains(lo: Claim, hi: Claim) -> bool:
    """`lo` is below `hi`; the gap is one rounding: the rounder of the two (its last
    significant digit coarser than the other's) is within half a step of it, the most
    rounding to that digit moves a number (a whole step beside a hedged number), and the two
    are under ROUNDING_RATIO apart ("600,000" and "640,000"; "7%" and "7.3%"; "about 95
    million" and "97 million"; not "10,000" and "6,000", nor "6.2" and "6.4", nor "90%" and
    "98%": 98 rounds to 100)."""
    below, above = _high(lo), _low(hi)
    if below is None or below <= 0 or above / below > ROUNDING_RATIO:
        return False
    step_lo, step_hi = _step(lo), _step(hi)
    step = max(step_lo, step_hi) if step_lo != step_hi else 0.0
    # (a hedged number, "about 95 million", already reaches a step of its last digit: the
    # other may be a step off it, as "about" writers round to fives)
    exact = lo.qualifier == hi.qualifier == "exact"
    return above - below <= (step / 2 if exact else step)


def _edge(c: Claim, which: int) -> str:
    value = (c.low, c.high)[which]
    return format_number(None if value is None else round(value, 3))


def _at_most(c: Claim) -> str:
    return f"at most {_edge(c, 1)}"


def _interval(c: Claim) -> str:
    unit = f" {c.unit}" if c.unit else ""
    return f"[{_edge(c, 0)}, {_edge(c, 1)}]{unit}"


def _period_text(c: Claim) -> str:
    if not c.period:
        return "no stated period"
    return f"'{c.period}'" + (f" (then = {c.period_anchor})" if c.period_anchor else "")


def _bounded(claims: list[Claim]) -> list[Claim]:
    # Vague plurals ("hundreds of thousands") are set aside before (rule "vague"); a stated
    # range ("between 30 and 50") is compared.
    return [c for c in claims if c.low is not None or c.high is not None]


def _extreme_pair(claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """Two claims from different articles that cannot both hold, the furthest apart: the
    lowest upper bound against the highest lower bound of another article, and the highest
    lower bound against the lowest upper bound of another article (O(n), never all pairs)."""
    bounded = _bounded(claims)
    capped = [c for c in bounded if _high(c) is not None]
    if len(bounded) < 2 or not capped:
        return None
    lowest = min(capped, key=lambda c: _high(c) or 0.0)
    highest = max(bounded, key=_low)
    candidates = []
    others = [c for c in bounded if c.source != lowest.source]
    if others:
        candidates.append((lowest, max(others, key=_low)))
    others = [c for c in capped if c.source != highest.source]
    if others:
        candidates.append((min(others, key=lambda c: _high(c) or 0.0), highest))
    clashing = [(lo, hi) for lo, hi in candidates if _low(hi) > (_high(lo) or 0.0)]
    if not clashing:
        return None
    return max(clashing, key=lambda p: _low(p[1]) / max(_high(p[0]) or 0.0, 1e-9))


#: Candidate pairs tried per group before giving up (each try is O(claims of two articles)).
PAIR_TRIES = 50


def _clashing_pairs(claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Pairs of claims from different articles that cannot both hold, closest first, where,
    for counts, neither article gives a number agreeing with the other's: an article that
    also states the other's count ("40 killed", and "3 of them children") agrees with it,
    and its other numbers count something else. A measurement an article gives twice ("80
    m", after "earlier reports of 40 m") is a correction: still set against the other's.
    Candidates are neighbours in value order (O(n log n));
    the closest clash is the likeliest to be one quantity told two ways."""
    bounded = sorted(_bounded(claims), key=lambda c: (_low(c), _high(c) or float("inf")))
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in bounded:
        by_source[c.source].append(c)
    candidates: list[tuple[float, Claim, Claim]] = []
    last_of: dict[str, Claim] = {}  # the highest-capped claim seen so far of each source
    for c in bounded:
        for source, prev in last_of.items():
            high = _high(prev)
            if source != c.source and high is not None and _low(c) > high:
                candidates.append((_low(c) / max(high, 1e-9), prev, c))
        current = last_of.get(c.source)
        if current is None or (_high(c) or float("inf")) >= (_high(current) or float("inf")):
            last_of[c.source] = c
        if len(last_of) > PAIR_TRIES:  # many articles: keep the closest sources only
            del last_of[min(last_of, key=lambda s: _high(last_of[s]) or 0.0)]
    out = []
    for _, lo, hi in heapq.nsmallest(PAIR_TRIES, candidates, key=lambda t: t[0]):
        if lo.unit not in UNIT_BASE:  # a measurement given twice is a correction, not a part
            # (an open bound, "above 44C", "more than 30", states no number it agrees with)
            if any(_agrees(lo, o) for o in by_source[hi.source]):
                continue  # hi's article also gives a number agreeing with lo
            if any(_agrees(hi, o) for o in by_source[lo.source]):
                continue
        out.append(_in_one_unit(lo, hi, by_source))
    return out


def _in_one_unit(lo: Claim, hi: Claim, by_source: dict[str, list[Claim]]) -> tuple[Claim, Claim]:
    """The pair told in one unit where an article gives its value in both: "46.1C (115.0F)"
    against "44.2C" is shown as 46.1C against 44.2C. The swapped-in claim is the same
    article's value in the other unit (equal within the conversion's rounding, 1%), and the
    clash must still hold with it."""
    if lo.unit == hi.unit:
        return lo, hi
    for c in by_source[lo.source]:
        if c.unit == hi.unit and _restated(c, lo) and (_high(c) or 0.0) < _low(hi):
            return c, hi
    for c in by_source[hi.source]:
        if c.unit == lo.unit and _restated(c, hi) and _low(c) > (_high(lo) or 0.0):
            return lo, c
    return lo, hi


def _restated(c: Claim, other: Claim) -> bool:
    """One value told in two units: the intervals, in base units, meet within 1%."""
    high_c, high_o = _high(c), _high(other)
    if high_c is None or high_o is None:
        return False
    slack = 0.01 * max(abs(high_c), abs(high_o))
    return _low(c) <= high_o + slack and _low(other) <= high_c + slack


def _agrees(c: Claim, other: Claim) -> bool:
    """`other`, of the other article, states a number of c's kind that c's value may be.
    An open bound ("at least 20 pupils fell ill", "temperatures above 44C") agrees only as
    the same doing: "above 44C" across a region says nothing of the record a station set."""
    if not (_overlap(c, other) and _same_kind(c, other)):
        return False
    if other.qualifier not in ("at_least", "at_most"):
        return True
    verbs = {_SAME_VERB.get(v, v) for v in (c.verb, other.verb) if v}
    return len(verbs) < 2


def _same_kind(x: Claim, y: Claim) -> bool:
    """The two claims may count one kind of thing: one names none, or a person in general,
    or both name one head noun ("41 attackers" agree with no count of "soldiers")."""
    heads = [_singular(c.counted.split()[-1].lower()) for c in (x, y) if c.counted]
    return len(heads) < 2 or heads[0] == heads[1] or bool(_GENERIC & set(heads))


def _value_conflict(name: str, place: str | None, pair: tuple[Claim, Claim]) -> Conflict:
    lowest, highest = pair
    ratio = _low(highest) / max(_high(lowest) or 0.0, 1e-9)
    # Small exact counts are not rounded: "five" against "six" is as clear as 40 against 80.
    small = all(c.qualifier == "exact" and (c.value or 0) < SMALL_EXACT for c in pair)
    severity: Severity = "high" if ratio >= CLEAR_RATIO or small else "medium"
    where = f" in {place}" if place else ""
    if lowest.unit in (SCORE_UNIT, CLOCK_UNIT):  # results are exact: no ratio explains them
        return Conflict(
            kind="value",
            severity="high",
            measure=name,
            place=place,
            explanation=(
                f"Both give the {name}{where} ({_period_text(lowest)}): '{lowest.number}' and "
                f"'{highest.number}' cannot both be it."
            ),
            claims=[lowest, highest],
        )
    how_far = (
        f"{ratio:.2f} times apart, beyond rounding"
        if ratio >= CLEAR_RATIO
        else "two exact small numbers: not rounding"
        if small
        else f"only {ratio:.2f} times apart: perhaps rounding"
    )
    return Conflict(
        kind="value",
        severity=severity,
        measure=name,
        place=place,
        explanation=(
            f"Both count {name}{where} ({_period_text(lowest)}), but '{lowest.number}' allows "
            f"{_at_most(lowest)}{_unit(lowest)} while '{highest.number}' "
            f"needs at least {_edge(highest, 0)}{_unit(highest)}: the intervals "
            f"{_interval(lowest)} and {_interval(highest)} do not overlap ({how_far})."
        ),
        claims=[lowest, highest],
    )


def _unit(c: Claim) -> str:
    return f" {c.unit}" if c.unit else ""


#: Words of a window that runs to now: "so far", "to date", "since" a start.
_TO_NOW = frozenset("since so far to date yet now".split())


#: Windows that run from the start of this year to now: "this year" (folded to "year"),
#: "since January", "since the start of the year". Told of one count, "so far" is one of them.
_YEAR_TO_NOW = frozenset(
    ("year", "since january", "since the start of the year", "since the beginning of the year")
)


def _runs_to_now(key: str) -> bool:
    """A window key naming no start of its own: "so far", "to date", "since" (a start
    with no date), the year to now, or this season ("season"), which a start may name:
    "18 deaths this season" and "18 deaths since October" are one count."""
    return set(key.split()) <= _TO_NOW or key in _YEAR_TO_NOW or key == "season"


def _two_windows(windows: dict[str, Claim]) -> list[Claim]:
    """Of one count's windows (folded keys), a claim of each when two articles' windows
    cannot be one (`_one_window`: "quarterly" only names "the second quarter" less
    closely); [] when every two may be one."""
    keys = list(windows)
    for i, one in enumerate(keys):
        for other in keys[i + 1 :]:
            if (
                windows[one].source != windows[other].source
                and not _one_window(set(one.split()), set(other.split()))
                and not _months_of_the_year(one, other)
                and not _months_of_the_year(other, one)
            ):
                return list(windows.values())
    return []


_MONTH_NAMES = frozenset(MONTH_NAMES) | frozenset("to and between from until through".split())


def _months_of_the_year(months: str, year: str) -> bool:
    """A span of months ("january to august") and a year ("2024", "year"): the months lie in
    the year (its number is the measure's), so one count for both can hold."""
    return set(months.split()) <= _MONTH_NAMES and (year == "year" or year.isdigit())


#: A window that runs from a start to now: "since then", "since 2011", "in the past week",
#: "over the last year", "so far", "to date".
_SPAN_TO_NOW = re.compile(
    r"^(?:since\b|(?:in|over|during)\s+the\s+(?:past|last)\b|so\s+far\b|to\s+date\b)",
    re.IGNORECASE,
)
#: "over the last year" is "in the past year".
_THE_LAST = re.compile(r"^(?:in|over|during)\s+the\s+last\b")


def _windows_to_now(claims: list[Claim]) -> int:
    """How many different windows that run to now the claims count over ("in the past year"
    and "over the last year" are one); 0 where a claim's window does not run to now."""
    if not all(_SPAN_TO_NOW.match(c.period or "") for c in claims):
        return 0
    # ("since then" twice is two windows where it points back to two starts)
    told = {
        (_THE_LAST.sub("in the past", (c.period or "").lower()), c.period_anchor) for c in claims
    }
    return len(told)


def _period_conflicts(
    name: str, place: str | None, claims: list[Claim]
) -> tuple[list[Conflict], list[Conflict]]:
    """The same stated count given for different counting windows by different articles:
    flags where both windows run from a start to now ("killed since then", anchored to two
    different starts; "in the past week" and "since 2011"), which cannot both hold; worth a
    look where a window is a day, a month or a quarter ("rose 4% in the third quarter", "in
    the first half"), since the same value over two such windows is more often one count
    whose window belongs to another clause ("set their budgets this week" of "four
    councils").
    Both must state a window: "12 killed" and "12 killed since Monday" may be one count.
    A change on a year ("up 4% from a year earlier") names the base of the change, not a
    window: it is set against no window. An event's length is no count over a window: "the
    first day of a three-day strike" told on Monday and "a three-day strike that ended on
    Wednesday" are one length (or two events of one length), never a clash."""
    by_value: dict[tuple[float, str | None], list[tuple[str, Claim]]] = defaultdict(list)
    for c in claims:
        if c.unit == EVENT_LENGTH_UNIT:
            continue
        key = _window_key(c) if c.value is not None else ""
        if key == "year" and c.unit == "%" and _YEAR_ON_YEAR.search(c.quote):
            # "rose 4% from a year earlier": the base of a change, not a window; the same
            # change "in the third quarter" may be the one on a year
            continue
        if c.value is not None and key:
            by_value[(c.value, c.qualifier)].append((key, c))
    conflicts: list[Conflict] = []
    looks: list[Conflict] = []
    where = f" in {place}" if place else ""
    for (value, _), keys in sorted(by_value.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        windows: dict[str, Claim] = {}
        # a start with no date ("since the start of the episode", folded to "since") runs
        # to now like "so far"; only a named start is one
        starts = {k for k, _ in keys if k.split()[0] == "since" and not _runs_to_now(k)}
        for key, c in keys:
            # "since the start of the season" and "so far": one count to now, twice named
            # (two starts named, "since March 2021" and "since then, for months", are two)
            to_now = _runs_to_now(key) or (key in starts and len(starts) == 1)
            windows.setdefault("to now" if to_now else key, c)
        picked = _two_windows(windows)
        if not picked:
            continue
        listed = "; ".join(f"{c.source}: {_period_text(c)}" for c in picked)
        windows_to_now = _windows_to_now(picked)
        if windows_to_now == 1:
            continue  # one window in two wordings
        to_now = windows_to_now > 1
        (conflicts if to_now else looks).append(
            Conflict(
                kind="period",
                severity="medium" if to_now else "low",
                measure=name,
                place=place,
                explanation=(
                    f"The same count of {name}{where} ('{picked[0].number}', "
                    f"{format_number(value)}) is given for different counting windows: "
                    f"{listed}. "
                    + (
                        "At most one window can be right."
                        if to_now
                        else "A window may belong to another part of its sentence, and one "
                        "value can hold over two such windows: worth a look, not a flag."
                    )
                ),
                claims=picked,
            )
        )
    return conflicts, looks


def _day(c: Claim) -> str:
    """The day a claim counts to: the day its sentence names, else its article's. A count
    told by its ordinal ("their 14th win") counts to the event the article reports, which
    one article dates and another may not: its article's day, so two reports of one event
    meet on one day."""
    if c.unit == ORDINAL_UNIT:
        return c.article_date or ""
    told = _told_day(c)
    if _IN_A_STATE.search(c.quote) and _NOW_IN_A_STATE.search(c.quote):
        # "18,000 homes remain without water after a pipe burst on Monday": those in the
        # state now, on the day it is told ("said on Tuesday"), else the article's (Monday
        # is when the state began)
        return told or c.article_date or c.event_date or ""
    # "14 died on Wednesday, the collector said on Thursday": the count as it stood when told
    return (
        max(d for d in (c.event_date, told) if d) if told else c.event_date or c.article_date or ""
    )


def _told_day(c: Claim) -> str | None:
    """The day the claim's sentence is told ("said on Thursday", "its weekly update on
    Thursday"), anchored to its article's date; None if it names none."""
    told = TOLD_ON.search(c.quote)
    if told is None:
        return None
    day = told.group("day").lower()
    return anchor_day(
        day if day in ("yesterday", "today", "tonight") else f"on {day}", c.article_date
    )


#: A state told as now: "are without", "remain", "have been without".
_NOW_IN_A_STATE = re.compile(r"\b(?:are|is|remains?|(?:have|has)\s+been)\b", re.IGNORECASE)


def _risen_within_the_day(lower: Claim, higher: Claim) -> bool:
    """Two counts of one day that can be one count moving: the lower stamped with an hour it
    stood at ("by 11am"), the higher with a later hour or told as the day's whole ("a total
    of 22 over the course of Saturday"). A higher count with no hour may be from any hour.
    A count of those in a state ("without power") falls as they leave it: the lower may be
    the later."""
    early, late = stamped_hour(lower.quote), stamped_hour(higher.quote)
    if _IN_A_STATE.search(lower.quote) and _apart(
        hour_span(lower.quote, loose=True), hour_span(higher.quote, loose=True)
    ):
        return True  # 3,100 homes without power at 9am, 1,240 at 14:00
    if early is None:
        return False
    return late > early if late is not None else _DAYS_WHOLE.search(higher.quote) is not None


#: A count told as a whole day's: "a total of", "over the course of Saturday", "in all".
_DAYS_WHOLE = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|over\s+the\s+course\s+of|"
    r"throughout\s+the\s+day|during\s+the\s+day|by\s+the\s+end\s+of\s+the\s+day|all\s+day)\b",
    re.IGNORECASE,
)


#: A count of those in a state, which falls as they leave it: "were without electricity",
#: "remain missing", "still in relief camps", "down from a peak of".
_IN_A_STATE = re.compile(
    r"\b(?:(?:still|remain\w*|left)\s+(?:[a-z]+\s+){0,2}?(?:without|missing|stranded|"
    r"displaced|trapped|closed|shut|cut\s+off|homeless|unaccounted|offline|in\s+(?:hospital|"
    r"(?:relief\s+|evacuation\s+)?(?:shelters?|camps?|centres?)))|down\s+from|"
    r"without\s+(?:power|electricity|water|running\s+water|heat|heating|internet|phone)|"
    r"(?:no|lost)\s+(?:power|electricity|water\s+supply))\b",
    re.IGNORECASE,
)


def _tally(name: str, place: str | None, claims: list[Claim]) -> tuple[Tally, list[Conflict]]:
    """A moving count across articles, in sequence; flags where it cannot be a rise: a later
    article's count below an earlier one's floor, or two articles of one day that differ
    (dated to the day, code cannot order them)."""
    dated = all(c.article_date for c in claims)
    # the day a sentence names ("yesterday"), else its article's date (read once a claim)
    days = {id(c): _day(c) for c in claims}
    ordered = sorted(
        claims, key=lambda c: (days[id(c)], _low(c), c.source) if dated else (_low(c),)
    )
    tally = Tally(
        measure=name, place=place, ordered_by="article date" if dated else "value", claims=ordered
    )
    conflicts: list[Conflict] = []
    by_date: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.article_date:
            by_date[days[id(c)]].append(c)
    for day, same_day in sorted(by_date.items()):
        pair = _extreme_pair(same_day)
        if pair is not None and _risen_within_the_day(*pair):
            continue  # "by 11am, nine", and 22 over the day: the count rose; the tally shows it
        if pair is not None:
            conflict = _value_conflict(name, place, pair)
            conflicts.append(
                conflict.model_copy(
                    update={
                        "explanation": f"A count that moves, but both articles are dated {day}: "
                        + conflict.explanation
                    }
                )
            )
    # a count of those in a state ("still without power", "remain missing") falls as people
    # leave it: a later, lower count is the state ending, not a tally going back; and a rate
    # or share ("inflation rose to 3.7%") falls as often as it rises
    rates = any(c.unit == "%" for c in claims)
    if dated and not rates and not any(_IN_A_STATE.search(c.quote) for c in claims):
        for i, later in enumerate(ordered):
            earlier = [c for c in ordered[:i] if days[id(c)] < days[id(later)]]
            floor = max(earlier, key=_low, default=None)
            high = _high(later)
            if floor is not None and high is not None and high < _low(floor):
                conflicts.append(
                    Conflict(
                        kind="value",
                        severity="high",
                        measure=name,
                        place=place,
                        explanation=(
                            f"A tally of {name} cannot fall below what was already counted: "
                            f"'{floor.number}' ({days[id(floor)]}) needs at least "
                            f"{format_number(floor.low)}, but the later '{later.number}' "
                            f"({days[id(later)]}) allows at most {format_number(later.high)}."
                        ),
                        claims=[floor, later],
                    )
                )
                break
    return tally, conflicts


Judge = Callable[[Claim, Claim], tuple[bool, str] | None]


@dataclass
class Comparison:
    """What comparing a corpus's figures found."""

    groups: list[FigureGroup] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    worth_a_look: list[Conflict] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)
    #: claims (by id) paired across words (`pairing`): their nouns differ by construction
    paired: set[frozenset[int]] = field(default_factory=set)

    def set_apart(self, rule: str, name: str, a: Claim, b: Claim) -> None:
        """Record that `rule` kept `a` and `b` (of different articles) from a comparison."""
        lo, hi = sorted((a, b), key=_low)
        self.set_aside.append(
            SetAside(rule=rule, reason=SET_ASIDE_RULES[rule], measure=name, claims=[lo, hi])
        )


_VAGUE_WORDS = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|billions)\b", re.I)


#: Measures of a named holder: a result's sides, a share's or seats' party or candidate.
_RESULT_OF = re.compile(
    rf"^(score|time|tally|(?:[\w-]+ )?share|{'|'.join(sorted(HELD_NOUNS))}) of (.+?)"
    r"((?: \(first round\))?(?: \(two-party\))?)$"
)


def _one_name_a_side(measures: dict[int, Measure]) -> None:
    """The sides of results under one name across articles: a short form ("Rovers") takes
    the one longer name of the corpus that holds all its words ("Alderton Rovers"); where
    two longer names would fit, it keeps its own (it cannot say which)."""
    names: set[str] = set()
    found: dict[int, tuple[str, list[str], str]] = {}
    for key, m in measures.items():
        hit = _RESULT_OF.match(m.name)
        if hit is not None and m.comparable:
            sides = hit.group(2).split(" v ")
            found[key] = (hit.group(1), sides, hit.group(3) or "")
            names.update(sides)
    if not found:
        return
    words = {n: set(n.split()) for n in names}
    canonical = {}
    for n in names:
        longer = {o for o in names if o != n and words[n] < words[o]}
        canonical[n] = longer.pop() if len(longer) == 1 else n
    for key, (what, sides, rounds) in found.items():
        named = " v ".join(sorted({canonical[x] for x in sides}))
        m = measures[key]
        measures[key] = Measure(f"{what} of {named}{rounds}", m.comparable, m.plain)
    _one_side_named(measures)


#: A count named by what its people underwent: "people (rescue)", "people (save)".
_DOING = re.compile(r"^([a-z][a-z ]*) \(([a-z]+)\)$")


#: Verbs a court story tells its accused by, as one doing: "a 34-year-old woman has been
#: charged" and "Liam Osei, aged 23, has been remanded" bring one person to court.
_ACCUSED_VERBS = frozenset(
    """charge accuse arrest appear remand jail sentence convict plead detain imprison bail
    fine prosecute acquit nab""".split()
)


def _named_in(holder: str, quote: str) -> bool:
    """Whether an age's holder is a name its sentence writes with a capital ("riddell" in
    "Shauna Riddell, aged 29"), not a noun ("woman")."""
    word = holder.split(" (")[0].split()[-1:]
    return bool(word) and any(
        fold(w) == word[0] and w[:1].isupper() for w in re.findall(r"[\w'’-]+", quote)
    )


def _ages_by_doing(
    measures: dict[int, Measure], claims_by_brief: list[list[tuple[Figure, Claim]]]
) -> None:
    """An accused's age held by a person's noun ("a 34-year-old woman has been jailed") is
    the age of the one accused the other articles name ("Shauna Riddell, aged 29, was
    jailed"; charged, remanded, jailed are one doing, `_ACCUSED_VERBS`), where its own
    article holds an accused's age by no other noun and names none. Two accused named, or
    two nouns, leave it alone; so does any other doing, whose people a story may name several
    of ("a 34-year-old man died" may be any of the dead)."""
    named: list[set[str]] = []  # each article's accused's ages by name
    unnamed: list[dict[str, list[Claim]]] = []  # and by a person's noun, with their claims
    for pairs in claims_by_brief:
        own_named: set[str] = set()
        own_unnamed: dict[str, list[Claim]] = defaultdict(list)
        for _, c in pairs:
            m = measures[id(c)]
            if not (m.comparable and m.name.startswith("age of ")) or c.verb not in _ACCUSED_VERBS:
                continue
            holder = m.name[len("age of ") :]
            if _named_in(holder, c.quote):
                own_named.add(m.name)
            elif is_person_noun(holder):
                own_unnamed[m.name].append(c)
        named.append(own_named)
        unnamed.append(own_unnamed)
    for i, holders in enumerate(unnamed):
        if len(holders) != 1 or named[i]:
            continue
        others = {n for j, by in enumerate(named) if j != i for n in by}
        if len(others) != 1:
            continue
        name = others.pop()
        for c in next(iter(holders.values())):
            measures[id(c)] = Measure(name, True, measures[id(c)].plain)


def _people_unsaid(
    measures: dict[int, Measure], claims_by_brief: list[list[tuple[Figure, Claim]]]
) -> None:
    """A count named by its verb alone ("31 were rescued", "Rescued: 63") is of the people
    another article counts under that verb ("48 people were rescued"), where one does and
    its own article does not (there "54 people were treated ... eight were treated for
    burns" makes the eight a part)."""
    said = [
        {measures[id(c)].name for _, c in pairs if measures[id(c)].name.startswith("people (")}
        for pairs in claims_by_brief
    ]
    briefs_saying = Counter(name for own in said for name in own)
    for own, pairs in zip(said, claims_by_brief, strict=True):
        for _, c in pairs:
            m = measures[id(c)]
            named = "people " + m.name
            if m.plain and _DOING.match(named) and briefs_saying[named] and named not in own:
                measures[id(c)] = Measure(named, m.comparable, m.plain)


def _near_doings(measures: dict[int, Measure]) -> None:
    """Counts of one noun under two verbs of one sense ("rescued 86 people", "saved 41
    people"; WordNet's first senses, `senses.near`) are one measure: each such name takes
    the first, alphabetically, of the verbs near its own."""
    verbs: dict[str, set[str]] = defaultdict(set)
    for m in measures.values():
        hit = _DOING.match(m.name)
        if hit is not None and m.plain:
            verbs[hit.group(1)].add(hit.group(2))
    renamed: dict[tuple[str, str], str] = {}
    for noun, done in verbs.items():
        for verb in done:
            near = sorted(v for v in done if senses.near(stem(v), stem(verb)))
            if near[0] != verb:
                renamed[(noun, verb)] = near[0]
    for key, m in measures.items():
        hit = _DOING.match(m.name)
        if hit is not None and m.plain and (hit.group(1), hit.group(2)) in renamed:
            name = f"{hit.group(1)} ({renamed[(hit.group(1), hit.group(2))]})"
            measures[key] = Measure(name, m.comparable, m.plain)


#: Words of asking and answering, and of the share itself: no part of what a finding says.
_NOT_SAID = frozenset(
    """the a an of in on at for to and or by from with than over under since who whom were was
    is are be been being has have had it its their his her they he she this that these those
    which as after before will would could should may might not but also more most about
    around roughly nearly almost fewer less some up down into out while when where what there
    then just only other another such all any each every both per cent percent said says say
    saying told tell telling think thinks thought believe believes feel feels report reported
    reports reporting found find finds show shows showed survey surveys surveyed poll polls
    polled polling study studies respondent respondents responding responded answered asked
    questioned replied replies according published released carried conducted took part
    taking interviewed people one two three four five six seven eight nine ten half third
    thirds quarter quarters fifth fifths within aged annual annually year years month months
    week weeks day days season seasons past previous current latest""".split()
)
#: Where the words of a finding end: the clause's end, where its telling begins, or where
#: another number begins another ("41% said drugs were easy to get, and 29% tested positive").
_FINDING_ENDS = re.compile(
    r"[;:.]|\d[\d.,]*\s*(?:%|per\s*cent|percent)|\b(?:one|two|three|four|five|six|seven|"
    r"eight|nine)\s+in\s+[a-z]+|,\s+(?:and|but|while|whereas)\b|"
    r",\s+(?:according|(?:a|the)\s+(?:survey|poll|study)|"
    r"(?:the\s+)?[a-z]+\s+(?:said|says|found|showed|shows|reported))|\baccording\s+to\b|"
    r"\s[-–—]\s",
    re.IGNORECASE,
)


def _what_a_finding_says(c: Claim) -> dict[str, str]:
    """The stems of what a share of those asked did or said ("61% had not received any
    compensation": receiv, compens), read from the words after its number to the clause's
    end, without those of whom it is a share ("of flood-hit households"), of asking and
    telling, and the commonest words."""
    _, b = number_in_quote(c)
    rest = c.quote[b:]
    # an appositive share opens with a comma: "Just over a third of households, 34 per
    # cent, now keep a kit"
    rest = re.sub(r"^\s*,[^,]{0,40},", " ", rest) if rest.lstrip().startswith(",") else rest
    end = _FINDING_ENDS.search(rest)
    words = re.findall(r"[a-z]+", (rest[: end.start()] if end else rest).lower())
    whom = counted_stems(c)
    out: dict[str, str] = {}
    for w in words:
        if w not in _NOT_SAID and len(w) > 2 and stem(w) not in whom:
            out.setdefault(stem(w), w)
    return out  # each stem with the word it was read from


#: Verbs of voting: a share of voters that did them is a vote.
_VOTING_VERBS = frozenset("vote back support choose pick cast elect favour favor prefer".split())
#: A candidate's or a party's standing in a poll ("has 41% support"): a reading of a race,
#: told apart by its holder, not a finding of those asked.
_POLL_STANDINGS = frozenset("support backing approval vote share lead rating standing".split())


def _one_finding(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two findings' words (stems) say one thing: they share two words, a near word counting
    as one ("back strike action", "support strike action"), or all of the fewer words of one
    ("obese", "obese in England")."""
    shared = len(x & y) + len(senses.matched(x - y, y - x))
    return shared >= min(2, len(x), len(y))


def _findings_apart(
    measures: dict[int, Measure], claims: list[Claim]
) -> list[tuple[str, Claim, Claim]]:
    """Shares of those a survey, poll or study asked ("27% of prison officers say they were
    assaulted", "44% had visited a museum") are named by what they found as well as by whom:
    shares of one group that say different things are different findings, never compared;
    two articles' shares whose findings are one (`_one_finding`: "assaulted by an inmate",
    "being assaulted by an inmate") are one finding. A group is asked when one sentence of
    the corpus names a survey, poll or study of it; a share whose words say nothing keeps
    its name. Returns, for the trace, one pair of different articles for each two findings
    of one group so kept apart (`different-findings`)."""
    said: dict[int, frozenset[str]] = {}
    written: dict[str, str] = {}

    def share_of_a_group(c: Claim) -> bool:
        m = measures[id(c)]
        base = m.name.split(" (")[0]
        if c.unit != "%" or not m.plain or " of " in m.name:
            return False
        if base == "vote":
            # "62% of voters said the cost of living mattered most": what voters said, not a
            # vote ("54% of voters backed the deal" is one)
            return (c.counted or "").endswith("voter") and c.verb not in _VOTING_VERBS
        return base not in _POLL_STANDINGS and base not in _CATEGORIES

    # the groups some survey asked: their shares are findings, told with the survey or not
    # ("the state's inspector has found")
    shares = [c for c in claims if share_of_a_group(c)]
    asked = {measures[id(c)].name for c in shares if _A_FINDING.search(c.quote)}
    for c in shares:
        if measures[id(c)].name in asked:
            words = _what_a_finding_says(c)
            if words:
                said[id(c)] = frozenset(words)
                for k, w in words.items():
                    written.setdefault(k, w)
    if not said:
        return []
    by_id = {id(c): c for c in claims}
    joined: _Joined[int] = _Joined()
    keys = sorted(said, key=lambda k: (by_id[k].source, by_id[k].number_span))
    of_group: dict[str, list[int]] = defaultdict(list)  # (pairs within a group only)
    for key in keys:
        of_group[measures[key].name].append(key)
    for group in of_group.values():
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                if _one_finding(said[x], said[y]):
                    joined.join(x, y)
    clusters: dict[int, list[int]] = defaultdict(list)
    for key in keys:
        clusters[joined.root(key)].append(key)
    findings: dict[str, list[list[int]]] = defaultdict(list)  # a group's findings
    for members in clusters.values():
        whom = measures[members[0]].name
        common = Counter(w for k in members for w in said[k])
        # (most shared first, ties by the stem: a set's order changes from run to run)
        ranked = sorted(common.items(), key=lambda wn: (-wn[1], wn[0]))
        shared = [w for w, n in ranked if n > 1] or sorted(said[members[0]])
        label = " ".join(sorted(written[w] for w in shared[:2]))
        findings[whom].append(members)
        for key in members:
            m = measures[key]
            measures[key] = Measure(f"{m.name} (saying {label})", m.comparable, m.plain)
    return [
        pair
        for whom, told in sorted(findings.items())
        for pair in _one_pair_each(whom, [[by_id[k] for k in one] for one in told])
    ]


def _one_pair_each(name: str, kept: list[list[Claim]]) -> list[tuple[str, Claim, Claim]]:
    """For the trace of figures kept apart under one name (two people, two findings): one
    pair of different articles for each two of `kept`, where they have one."""
    apart: list[tuple[str, Claim, Claim]] = []
    for i, one in enumerate(kept):
        for other in kept[i + 1 :]:
            pair = next(((a, b) for a in one for b in other if a.source != b.source), None)
            if pair is not None:
                apart.append((name, *pair))
    return apart


def _one_side_named(measures: dict[int, Measure]) -> None:
    """A final score whose sentence names one side only ("seals 2-1 win for Rovers") is of
    the one match of the corpus whose two sides hold that name ("Ballinasloe Rovers v Corrib
    Celtic"); where the corpus has no such match, or two, it stays uncompared."""
    matches = {
        m.name[len("score of ") :]
        for m in measures.values()
        if m.comparable and m.name.startswith("score of ") and " v " in m.name
    }
    for key, m in measures.items():
        side = m.name[len("score of ") :] if m.name.startswith("score of ") else ""
        if m.comparable or not side or side == "None" or " v " in side:
            continue
        words = set(side.split())
        fits = {x for x in matches if any(words <= set(s.split()) for s in x.split(" v "))}
        if len(fits) == 1:
            measures[key] = Measure(f"score of {fits.pop()}", True, m.plain)


_TWO_NAMES = re.compile(r"\b([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+)")
#: The first name an age's owner carries where its article names two of one surname:
#: "holm (lena)" (`figures._one_of_namesakes`).
_FIRST_NAME_TOLD = re.compile(r"\s+\(([a-z][\w'’-]*)\)$")


def _two_of_one_surname(
    measures: dict[int, Measure], claims: list[Claim]
) -> list[tuple[str, Claim, Claim]]:
    """Ages under one surname given with two different first names ("Marco Ferlini, 34",
    "Luca Ferlini, 29": brothers) are two people's: each age takes its first name, and an
    age with none ("Ferlini, 34") is compared with neither. So are prison terms and fines
    whose sentences name their holder ("Marco Ferlini was jailed for", "Luca Ferlini was").
    Returns, for the trace, one pair of different articles for each two people so kept apart
    (`different-people`)."""
    by_id = {id(c): c for c in claims}
    given: dict[str, dict[int, str | None]] = defaultdict(dict)
    for c in claims:
        m = measures[id(c)]
        surname = None
        if m.name.startswith("age of ") and m.comparable:
            surname = m.name[len("age of ") :]
        elif m.name.split(" (")[0] in ("term", "penalty"):
            # and a prison term or a fine its sentence gives one named person ("Marco
            # Vitale, 38, was jailed for six years"; "Luca Vitale … four years")
            surname = _holder(c)
        if surname is not None:
            told = _FIRST_NAME_TOLD.search(c.counted or "") if m.name.startswith("age") else None
            written = [told.group(1)] if told else []
            written += [
                fold(x.group(1))
                for x in _TWO_NAMES.finditer(c.quote)
                if fold(x.group(2)) == surname and fold(x.group(1)) not in NOT_FIRST_NAMES
            ]
            given[m.name][id(c)] = written[0] if written else None
    apart: list[tuple[str, Claim, Claim]] = []
    for name, firsts in given.items():
        if len({f for f in firsts.values() if f}) < 2:
            continue
        people: dict[str | None, list[Claim]] = defaultdict(list)
        for key, first in firsts.items():
            who = f"{name} ({first})" if first else f"{name} (first name unknown)"
            measures[key] = Measure(who, True)
            people[first].append(by_id[key])
        apart += _one_pair_each(name, list(people.values()))
    return apart


_WHOLE_OF_BEFORE = re.compile(r"\b(?:\d+|of)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)


def _held_by_name(measures: dict[int, Measure], claims: list[Claim]) -> None:
    """A count of seats, votes or a player's points whose holder the parse missed ("…and
    eight runs in all", "taking 53.2% of the vote") takes the one holder of that measure the
    corpus names whose name its sentence holds ("Kovacic", "the Hawks")."""
    holders: dict[str, set[str]] = defaultdict(set)
    for m in measures.values():
        hit = _RESULT_OF.match(m.name)
        if hit is not None and hit.group(1) not in ("score", "time"):
            holders[hit.group(1)].add(hit.group(2))
    if not holders:
        return
    for c in claims:
        m = measures[id(c)]
        kind = f"{m.name} share" if c.unit == "%" and m.name in _OF_THE_VOTE else m.name
        if kind not in holders or not m.plain:
            continue
        a, b = number_in_quote(c)
        before, after = c.quote[max(0, a - 20) : a], c.quote[b:]
        if _WHOLE_OF_BEFORE.search(before) or after.startswith("-"):
            continue  # "14 of 20 seats", "a 120-seat chamber": the whole, held by no one
        words = set(fold(c.quote).split())
        named = {h for h in holders[kind] if h.split()[-1] in words}
        if len(named) == 1:
            first = kind.endswith("share") and _FIRST_ROUND.search(c.quote)
            rounds = " (first round)" if first else ""
            measures[id(c)] = Measure(f"{kind} of {named.pop()}{rounds}", True, plain=True)


def _unstated_dimensions(measures: dict[int, Measure]) -> None:
    """A measurement whose dimension no word states ("a 1,240-metre bridge") takes the one
    the other articles state for the same thing ("the bridge will be 860 metres long"), when
    they state only one."""
    stated: dict[str, set[str]] = defaultdict(set)
    for m in measures.values():
        dim, _, what = m.name.partition(" of ")
        if what and dim not in ("size", "age", "part"):
            stated[what].add(m.name)
    for key, m in measures.items():
        dim, _, what = m.name.partition(" of ")
        if dim == "size" and len(stated.get(what, ())) == 1:
            (named,) = stated[what]
            measures[key] = Measure(named, m.comparable, m.plain)


#: The value a change started from: "rose to 5.8% from 5.4%", "up from 30", "down from".
_PREVIOUS_VALUE = re.compile(
    r"(?:\bto\s+[^,;]{0,25}\d[^,;]{0,40}|\b(?:up|down|rising|falling|unchanged))\s+from\s+"
    r"(?:a\s+|an\s+)?$",
    re.IGNORECASE,
)
#: A year the figure's clause reaches, by, in or until it: "by 2028", "by the end of 2027",
#: "until March 2029".
_BY_YEAR = re.compile(
    r"\b(?:by|in|until)\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
)


#: A figure a clause after it tells as forecast: "the 2.5 per cent the Treasury had
#: forecast", "the 40,000 that organisers had expected", "the £2bn it had projected".
_FORECAST_AFTER = re.compile(
    r"^(?:\s*(?:%|per\s*cent|percent))?\s+(?:that\s+|which\s+)?(?:the\s+|its\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z]+\s+)?(?:it|they|he|she)?\s*"
    r"(?:had\s+)?(?:forecast|predicted|projected|expected|targeted|budgeted|pencilled\s+in)\b"
    r"(?!\s+(?:to|that)\b)"
)


def _outlook(c: Claim, latest: int | None) -> str | None:
    """A claim's outlook (Figure.outlook); a figure for a year later than the story's is
    expected too ("sales of €4bn by 2028" in a story of 2026: a target)."""
    if c.outlook is not None:
        return c.outlook
    after = c.quote[number_in_quote(c)[1] :]
    if _FORECAST_AFTER.match(after):
        return "expected"  # "than the 2.5 per cent the Treasury had forecast"
    later = [int(y) for y in _BY_YEAR.findall(after)]
    return "expected" if latest is not None and any(y > latest for y in later) else None


def _excluded_by(c: Claim, m: Measure, in_progress: bool) -> str | None:
    """The rule that keeps a claim out of its group's comparison, if any. `in_progress`: the
    claim's sentence says a count is still in progress (`_PARTIAL_COUNT`)."""
    if m.name.startswith("part of"):
        return "part-of-count"
    if m.name == "base of a rate":
        return "rate-base"
    if not m.comparable:
        return "label-only"
    if c.outlook == "possible":
        return "forecast"  # "could reach 300": a possibility states no value to contradict
    before = c.quote[: number_in_quote(c)[0]]
    if _refuted(before):
        return "refuted"
    after = c.quote[number_in_quote(c)[1] :]
    if _PREVIOUS_VALUE.search(before) or (role(c) == "from" and _limit_or_amount("", c) != "limit"):
        # "up from 30", "more than double the 8,200 hectares recorded on Monday", "compared
        # with an average for the month of 48mm": the value the figure is set against (a
        # limit, "above the legal limit of 30", is compared with limits: its own rule)
        return "previous-value"
    if c.unit is None and _one_moment(before, after):
        return "one-moment"
    if c.unit is None and _STREAK_AFTER.match(after):
        return "streak"
    if c.unit is None and m.name.split(" (")[0] in _STANDING_HEADS and _STANDINGS.search(c.quote):
        return "standing"
    if c.qualifier == "range" and c.value is None and _VAGUE_WORDS.search(c.number):
        return "vague"
    if in_progress:
        return "partial-count"
    return None


def _refuted(before: str) -> bool:
    """The number stands in a claim its own sentence denies or marks as wrong, before the
    sentence gives its own figure: "denied a claim by the agent that the deal was worth €50
    million", "dismissed rumours of 12 overdoses", "a false report that 40 had died", "an
    earlier version of this article said 31" (not the 13 after "the correct figure is")."""
    ends = [m.end() for m in _REFUTING.finditer(before)]
    return bool(ends) and _OWN_FIGURE_AFTER.search(before, ends[-1]) is None


#: Words that deny a claim or mark it as wrong, the claimed number after them.
_REFUTING = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|disput(?:es|ed|ing)|"
    r"debunk(?:s|ed|ing)?|refut(?:es|ed|ing)|contradict(?:s|ed|ing)?)\s+(?:(?:a|an|the|his|her|"
    r"their|its|online|social[- ]media|[\w.'’-]+['’]s?)\s+){0,4}(?:claims?|reports?|rumou?rs?|"
    r"suggestions?|assertions?|posts?|figures?|estimates?)\b|"
    r"\b(?:false(?:ly)?|wrongly|incorrectly|mistakenly|erroneously)\s+(?:claim|said|report|stat|"
    r"suggest|post|put)\w*\b|"
    r"\b(?:false|bogus|fake|unfounded|untrue|baseless|inaccurate)\s+(?:claims?|reports?|"
    r"rumou?rs?|figures?|posts?)\b|"
    r"\ban\s+earlier\s+version\s+of\s+this\s+(?:article|story|report)\s+(?:said|stated|"
    r"reported|gave|misstated|incorrectly)\b",
    re.IGNORECASE,
)
#: Where a sentence that denied a claim gives its own figure: "..., saying the toll was 12",
#: "; the correct figure is 13", "but said 450 jobs would go".
_OWN_FIGURE_AFTER = re.compile(
    r"[;:]|\s[–—-]\s|,\s+(?:saying|adding|and\s+said|but)\b|\bbut\b|"
    r"\b(?:correct|actual|true|real|right|official)\s+(?:figure|number|total|toll|count)\b|"
    r"\binstead\b",
    re.IGNORECASE,
)


#: A count still in progress: "with 40% of ballots counted", "with 12 of 30 districts
#: reporting", "early results", "partial returns".
_PARTIAL_COUNT = re.compile(
    r"\b(?:with|after)\s+(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+)?"
    r"(?:\w+\s+)?(?:[\d.,]+\s*(?:%|per\s*cent|percent)|[\d,]+\s+of\s+[\d,]+|half|a\s+third|"
    r"two[- ]thirds|a\s+quarter|three[- ]quarters)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,2}"
    r"(?:votes?|ballots?|precincts?|polling\s+stations?|districts?|constituencies|areas?|wards?|"
    r"counties|municipalities|provinces|regions|states|"
    # "after 60% of ballots had been counted"
    r"returns)\s+(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?(?:counted|reported|reporting|in|"
    r"tallied|processed|declared)\b"
    # (not "the provisional result": a full count not yet certified)
    # "provisional results from 71 per cent of polling stations", "results from 40 of 47"
    r"|\bresults?\s+from\s+(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"(?:[\d.,]+\s*(?:%|per\s*cent|percent)|[\d,]+\s+of\s+(?:the\s+)?[\d,]+)"
    r"|\b(?:partial|early|preliminary|initial|incomplete)\s+"
    r"(?:official\s+)?(?:results?|counts?|returns|tall(?:y|ies))\b"
    # "with results declared in 14 of the 21 areas", "after results had been declared in 15 of
    # the state's 20 areas", "results from the remaining seven areas"
    r"|\b(?:with|after)\s+(?:the\s+)?results?\s+(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?"
    r"(?:declared|in|counted|reported|announced)\s+(?:in|from|for)\s+"
    r"[\w,]+\s+of\s+(?:the\s+)?[\w,]+\b|\bresults\s+from\s+the\s+remaining\b|"
    r"\bstill\s+being\s+counted\b|\bcounting\s+(?:is|was)\s+(?:still\s+)?(?:under\s*way|"
    r"continuing|ongoing|in\s+progress)\b",
    re.IGNORECASE,
)


#: A count told as all but finished: "with nearly all ballots counted", "with almost every
#: polling station reporting". What is left cannot move a share by the points two reports
#: differ by: no count in progress. (A share counted, "with 99% of ballots counted", stays
#: a count in progress.)
_NEARLY_ALL_COUNTED = re.compile(
    r"\b(?:with|after)\s+(?:almost|nearly|virtually|practically|all\s+but)\s+(?:all|every)\s+"
    r"(?:of\s+)?(?:the\s+)?(?:\w+\s+)?"
    r"(?:votes?|ballots?|precincts?|polling\s+stations?|districts?|constituencies|returns)\b",
    re.IGNORECASE,
)


def _counted_votes(name: str) -> bool:
    """A measure of votes or seats won, which a count still in progress leaves open."""
    return name.split()[0] in ("vote", "votes", "seat", "seats") or name.startswith("vote share")


def _one_moment(before: str, after: str) -> bool:
    """A count of a moment or of one instance of a kind: "five outs away from", "within
    four outs of", "a two-run homer" (not "a 20-vote majority", the event's own margin)."""
    if _DISTANCE_AFTER.match(after) or _WITHIN_BEFORE.search(before):
        return True
    instance = _INSTANCE_AFTER.match(after) if _AN_INSTANCE_BEFORE.search(before) else None
    if instance is None or instance.group(2).lower() in _MARGINS:
        return False
    # the size of the one facility reported ("a 450-bed hospital"), but not of a part of it
    # ("a 20-bed intensive care unit": one of its units)
    return instance.group(1).lower() not in _CAPACITY or bool(_A_PART_OF_IT.match(after))


#: A competitor's place in a championship: "19 points clear in the title race", "leads the
#: drivers' standings by 25 points". It changes with every race or game, so two articles of
#: one day can give it before and after one.
_STANDINGS = re.compile(
    r"\b(?:championship|title\s+(?:race|lead|fight|battle)|standings|league\s+table|leaderboard|"
    r"points\s+table|"
    r"(?:drivers|constructors|riders)['’]?\s+(?:title|standings|championship)|overall\s+lead|"
    # a league's table: "eight points clear at the top", "top of the table"
    r"clear\s+at\s+the\s+top|(?:top|bottom|foot)\s+of\s+the\s+(?:table|league|division|"
    r"standings|ladder))\b",
    re.IGNORECASE,
)
_STANDING_HEADS = frozenset(["point", "lead", "gap", "advantage", "margin"])
#: A run of wins or games: "three straight games", "four consecutive wins", "five in a row".
_STREAK_AFTER = re.compile(
    r"^\s+(?:(?:straight|consecutive|successive)\b|in\s+a\s+row\b|\w+\s+in\s+a\s+row\b)", re.I
)
#: "five outs away from", "two wins from the title": how far from an outcome at a moment.
_DISTANCE_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+){1,2}(?:away\s+from|short\s+of)\b"
    # "six laps later", "two laps from the end", "three laps to go": a distance in the event
    r"|^\s+[a-z]+\s+(?:later|earlier|from\s+the\s+(?:end|finish|start)|to\s+go)\b",
    re.I,
)
#: "within four outs of the Series", "within 10 votes of a majority".
_WITHIN_BEFORE = re.compile(r"\bwithin\s+$", re.IGNORECASE)
#: "a two-run homer": one instance of a kind an article may hold several of.
_AN_INSTANCE_BEFORE = re.compile(r"\b(?:a|an|another)\s+$", re.IGNORECASE)
_INSTANCE_AFTER = re.compile(r"^-([a-z]+)\s+([a-z]+)")
#: A part of a facility, sized by what it holds: "a 20-bed intensive care unit".
_A_PART_OF_IT = re.compile(
    r"^-[a-z]+\s+(?:[\w'’-]+\s+){0,3}?(?:unit|ward|wing|block|department|annex|annexe|"
    r"extension|section|stand|terrace|room)s?\b",
    re.IGNORECASE,
)
#: What a facility holds, by which news sizes the one facility it reports: "a 450-bed
#: hospital", "a 500-seat theatre", "a 40-storey tower" (not an instance among several).
_CAPACITY = frozenset(
    "bed seat room storey story floor berth classroom cell lane megawatt acre hectare "
    # a group's size: "a 40-strong team"
    "strong".split()
)
#: Heads that make such a figure the event's own margin, not an instance: "a 20-vote
#: majority", "a three-goal lead".
_MARGINS = frozenset("majority lead margin deficit gap advantage win victory defeat".split())


class _Extremes:
    """A pool's claims furthest up (highest lower bounds) and down (lowest upper bounds), two
    articles each way, so that the claim of another article furthest from any claim is found
    in O(1) after one pass (set-aside traces stay linear in a group's size)."""

    def __init__(self, pool: list[Claim]) -> None:
        self.up = _two_sources(sorted(pool, key=_low, reverse=True)[:64])
        capped = [c for c in pool if _high(c) is not None]
        self.down = _two_sources(sorted(capped, key=lambda c: _high(c) or 0.0)[:64])

    def clash(self, c: Claim) -> Claim | None:
        """The claim of another article furthest from `c` that `c` cannot share a value with."""
        found = [o for o in (*self.up, *self.down) if o.source != c.source and not _overlap(c, o)]
        return max(found, key=lambda o: abs(_low(o) - _low(c)), default=None)


def _two_sources(ranked: list[Claim]) -> list[Claim]:
    """The first two claims of `ranked` from two different articles."""
    picked: list[Claim] = []
    for c in ranked:
        if all(c.source != p.source for p in picked):
            picked.append(c)
        if len(picked) == 2:
            break
    return picked


def _before_now(c: Claim) -> bool:
    """The claim's window is before the story's: "last year", "in May last year", or a year
    before its article's ("in 2025" in a story of 2026)."""
    key = _window_key(c)
    if set(key.split()) & _BEFORE_NOW:
        return True
    return key.isdigit() and bool(c.article_date) and int(key) < int((c.article_date or "")[:4])


def _several_values(name: str, claims: list[Claim]) -> dict[str, set[str | None]]:
    """Sources whose own claims of a plainly named measure cannot all hold: the article uses
    the measure for several things ("two runs" in the third, "eight runs" in all). A change
    and a level ("rose 12,000 to 1.41 million") are two things the article names as such.
    (A margin beside a reading, "a crowd of 48,312" and "almost 9,000 higher than the
    average", still counts: read apart, two polls' leads of two articles met as one, "a
    five-point lead" before the news and "an 11-point lead after the final debate".)"""
    by_source: dict[tuple[str, str | None, frozenset[str]], list[Claim]] = defaultdict(list)
    changes = {id(c): _change_or_level(name, c) for c in claims}
    for c in claims:
        by_source[(c.source, changes[id(c)], _rate_of_whom(c))].append(c)
    # each source with the places where its values clash (None: it places none of them)
    out: dict[str, set[str | None]] = defaultdict(set)
    for (source, *_), all_own in by_source.items():
        # a value of a window before the story's is its past, not another value of now
        # ("5.3% in May" beside "5.6% last year")
        own = [c for c in all_own if not _before_now(c)]
        # two places an article names are two things ("79 patients at Shannon", "512 across
        # Ireland"); a figure it places nowhere may be of either
        places: set[str | None] = {c.place for c in own if c.place} or {None}
        for place in places:
            here = [c for c in own if c.place in (place, None)]
            highs = [h for h in (_high(c) for c in here) if h is not None]
            if len(here) > 1 and highs and max(_low(c) for c in here) > min(highs):
                out[source].add(place)
    return out


def _siblings_agreed(
    name: str, claims: list[Claim], several: dict[str, set[str | None]]
) -> tuple[set[str], set[int]]:
    """Of the articles that give one measure several values (`several`, read from `claims`),
    those whose values, less the ones another article gives too, no longer clash: two of a
    kind, one of them agreed ("Dunmore council voted for a 4.99% rise" and "in Kelburn,
    councillors agreed a 2.99% increase" against "Kelburn ... a council tax increase of 7.5%"
    and "next door, Dunmore council agreed a 4.99% rise"). The agreed value is common ground
    and is set aside in every article (`several-values`); what is left of each is compared.
    Only where what is left is one value: "4.99%, 2.99% and 1.5%" against "4.99%" leaves two;
    and only among values of one kind: "rose by 620 to 4,870" is a change and its level (two
    changes to one level are paired by their anchor, `_anchored_flags`); and not where a count
    or sum left is as large as the agreed ones together ("1.2 million doses" beside "310,000
    in the northern region": a total and a part, not two of a kind).
    Returns the articles freed and the claims (by id) of the agreed values."""
    keys: dict[tuple[str, float], set[str]] = defaultdict(set)
    for c in claims:
        if c.value is not None:
            keys[_value_key(c)].add(c.source)
    freed: set[str] = set()
    shared: set[int] = set()
    for source in several:
        own = [c for c in claims if c.source == source and not _before_now(c)]
        if len({_change_or_level(name, c) for c in own}) > 1:
            continue
        common = [c for c in own if c.value is not None and keys[_value_key(c)] - {source}]
        left = [c for c in own if all(c is not d for d in common)]
        if not common or len({_value_key(c) for c in left}) != 1:
            continue
        if (left[0].unit is None or _is_money(left[0].unit)) and _low(left[0]) >= sum(
            _low(c) for c in common
        ):
            continue  # "1.2 million doses" beside "310,000 in the north": a total and a part
        freed.add(source)
        agreed = {_value_key(c) for c in common}
        shared.update(id(c) for c in claims if c.value is not None and _value_key(c) in agreed)
    return freed, shared


def _among_several(c: Claim, several: dict[str, set[str | None]]) -> bool:
    """The claim is one of its article's several values: of a place where they clash, or
    placed nowhere (it may be of that place). A round-up's other places stay comparable
    ("2.2% in Germany, 1.9% in Italy ... 3.1% in Spain": several for Germany, one for Spain)."""
    places = several.get(c.source)
    return places is not None and (None in places or c.place is None or c.place in places)


def _totals_of_told_parts(
    claims: list[Claim], group: list[Claim], several: Collection[str], everything: list[Claim]
) -> tuple[set[int], set[int]]:
    """Of the articles that give one measure several values (`several`, read from `claims`,
    the group's plainly named ones), the claims (by id) that are a total the article breaks
    into parts the other articles also tell, and the other articles' claims in the `group`
    that give those parts. A total: its largest value is at least the sum of its others
    ("48,312, including some 3,000 in the away end"; "1.8 million doses ... 640,000 of them
    in Mindanao"); each of the others agrees with a figure of another article, whatever that
    calls it; and whatever else the other articles give under the measure is above every
    part, so it can be only the total. The parts are then common ground, and the totals
    are compared. A part no other article tells may be the part the other article's number
    is of, so such an article stays set aside."""
    totals: set[int] = set()
    parts_told: set[int] = set()
    for source in sorted(several):
        own = [c for c in claims if c.source == source and not _before_now(c)]
        if any(c.value is None or _high(c) is None for c in own):
            continue
        total = max(own, key=_low)
        parts = [c for c in own if not _overlap(c, total)]
        if not parts or sum(_high(c) or 0.0 for c in parts) > _low(total):
            continue
        others = [c for c in everything if c.source != source and c.value is not None]
        if not all(
            any(dimension_of(p) == dimension_of(o) and accounts_for(p, o) for o in others)
            for p in parts
        ):
            continue
        told = {
            id(o) for o in group if o.source != source and any(accounts_for(p, o) for p in parts)
        }
        rivals = [o for o in group if o.source != source and id(o) not in told]
        largest_part = max(_high(p) or 0.0 for p in parts)
        if rivals and all(_low(o) > largest_part for o in rivals):
            totals.update(id(c) for c in own if _overlap(c, total))
            parts_told.update(told)
    return totals, parts_told


#: Words of a rate's noun that name the rate itself, not a part of the population it is
#: of: "consumer price inflation", "the annual inflation rate" are the headline rate.
_HEADLINE_RATE_WORDS = frozenset(
    "consumer price prices index cpi growth annual headline overall national official year-on-year "
    "twelve-month 12-month seasonally adjusted".split()
    # the economy's own names: "GDP growth", "economic growth", "gross domestic product"
    + "gdp economic economy gross domestic product".split()
)


#: A day's lowest reading: "a minimum of", "the minimum temperature was", "an overnight low of".
_MINIMUM_BEFORE = re.compile(
    r"\b(?:minimum|min\.|(?:overnight\s+|night-time\s+)?low|lowest)\b(?:\s+temperatures?)?"
    r"[^.;:\d]{0,30}$",
    re.IGNORECASE,
)


def _headline_rate(name: str) -> str | None:
    """For the measure of a part's rate ("inflation (food)"), the headline rate's measure;
    for a temperature of the water ("temperature of sea"), the air's."""
    base, _, part = name.partition(" (")
    if name.startswith("temperature of "):
        return "temperature"  # the water's beside the air's: a variant, traced as one
    return base if part and base in _CHANGES_ON_A_YEAR else None


def _rate_of_whom(c: Claim | Figure) -> frozenset[str]:
    """For a rate or share, the words of its noun that name a part of what it is of ("food
    inflation", "youth unemployment"): an article giving "inflation" at 17.6% and "food
    inflation" at 26.4% gives two rates, not one rate two ways. The words naming its place
    or the headline rate itself do not count. Empty for anything but a percentage."""
    if c.unit != "%" or not c.counted:
        return frozenset()
    return frozenset(_part_words(_what_not_how(c.counted.lower()) or "", c.place))


def _part_words(noun: str, place: str | None) -> list[str]:
    """The words before a rate's head noun that name a part of what it is of ("youth
    unemployment", "food inflation"), not its place or the rate itself ("the national
    unemployment rate", "Polish inflation", "the annual rate": the whole's)."""
    return [
        w
        for w in _modifiers(noun, place)
        if w not in _HEADLINE_RATE_WORDS
        and not is_demonym(w)  # "Polish inflation" is inflation, in Poland
        and country_of(w) is None
    ]


def _of_part(name: str, whom: frozenset[str]) -> str:
    """A rate's measure with the part it is of (`_rate_of_whom`): "inflation (food)"."""
    return f"{name} ({' '.join(sorted(whom))})" if whom else name


def _shared_unit_named(
    claims_by_brief: list[list[tuple[Figure, Claim]]],
) -> list[list[tuple[Figure, Claim]]]:
    """A figure in a unit name several units share is in the one of them its own article
    names ("reached 120.2 degrees Fahrenheit ... the record is 125.6 degrees"), else in the one
    another article of the corpus names: "6.4 billion francs" in the "4.6 billion Swiss
    francs" (CHF), "32.7 degrees" in the "33.9C" of another (Celsius). Where neither names
    one alone, the name stays (equal only to itself)."""

    def one_named(named: set[str]) -> dict[str, str]:
        return {
            bare: next(iter(units & named))
            for bare, units in SHARED_UNIT_NAMES.items()
            if bare in named and len(units & named) == 1
        }

    corpus = one_named({c.unit for pairs in claims_by_brief for _, c in pairs if c.unit})
    return [
        _read_as([pairs], "unit", corpus | one_named({c.unit for _, c in pairs if c.unit}))[0]
        for pairs in claims_by_brief
    ]


def _read_as(
    claims_by_brief: list[list[tuple[Figure, Claim]]], field: str, read: dict[str, str]
) -> list[list[tuple[Figure, Claim]]]:
    """The claims with `field` (a unit, a place) read as `read` says where it has an entry;
    the others as they were."""
    if not read:
        return claims_by_brief

    def reread(c: Claim) -> Claim:
        value = getattr(c, field)
        return c.model_copy(update={field: read[value]}) if value in read else c

    return [[(f, reread(c)) for f, c in pairs] for pairs in claims_by_brief]


def _towns_named_in_full(
    claims_by_brief: list[list[tuple[Figure, Claim]]],
) -> list[list[tuple[Figure, Claim]]]:
    """A town named alone ("Hamilton") is the one another article of the corpus names with
    its region ("Hamilton, Ontario"), not whatever else the name may be (Bermuda's capital);
    where the corpus names it with two regions, or none, it stays as named."""
    full: dict[str, set[str]] = defaultdict(set)
    for pairs in claims_by_brief:
        for _, c in pairs:
            if c.place and "," in c.place:
                full[c.place.split(",")[0].strip()].add(c.place)
    read = {town: next(iter(places)) for town, places in full.items() if len(places) == 1}
    return _read_as(claims_by_brief, "place", read)


def compare_figures(briefs: list[Brief], judge: Judge | None = None) -> Comparison:
    """Group figures by what they count and flag what cannot all be true (module doc).
    Every pair a rule keeps from a comparison is recorded in `set_aside` with the rule."""
    buckets: dict[tuple[str, str | None, int | None, bool], list[Claim]] = defaultdict(list)
    measures: dict[int, Measure] = {}  # id() of a claim -> its measure
    claims_by_brief = []
    for brief in briefs:
        dated = article_date(brief)
        outlet = brief.provenance.outlet
        claims_by_brief.append(
            [(f, claim(brief.provenance.source, f, dated, outlet)) for f in brief.figures]
        )
    claims_by_brief = _towns_named_in_full(_shared_unit_named(claims_by_brief))
    # The latest year any article states, its own date included: a figure of an earlier
    # year is background ("a cyclone in 2007 killed 3,200", in a story dated 2026).
    # (each claim's years read once: a year may ask the sentence's parse, `_years`)
    years_of = {id(c): _years(c) for pairs in claims_by_brief for _, c in pairs}
    years = [y for ys in years_of.values() for y in ys]
    story_years = [int(d[:4]) for b in briefs if (d := article_date(b))]
    years += story_years
    story_year = max(story_years, default=None)  # a later year is the future
    # the story's own year where its articles are dated: a later year is the future, not
    # the present that makes earlier years background
    latest = story_year if story_year is not None else max(years, default=None)
    for pairs in claims_by_brief:
        for f, c in pairs:
            measures[id(c)] = measure(f)
            if measures[id(c)].name == MINIMUM_TERM and c.qualifier == "at_least":
                # "must serve at least 17 years before he can apply for release": the least
                # he serves is the minimum term, exactly 17 years
                c.high, c.qualifier = c.value, "exact"
    repeats = {id(c) for pairs in claims_by_brief for c in _headline_repeats(pairs)}
    _named_by_the_headline(measures, claims_by_brief, repeats)
    # the one pollster an article names, for its figures whose sentence names none ("The
    # poll of 2,040 adults was carried out online")
    polled = {id(c): _pollster(c) for pairs in claims_by_brief for _, c in pairs}
    pollsters = _article_pollsters(claims_by_brief, polled)
    _polls_read_as_polls(measures, claims_by_brief, pollsters)
    _unstated_dimensions(measures)
    everything = [c for pairs in claims_by_brief for _, c in pairs]
    _held_by_name(measures, everything)
    _one_name_a_side(measures)
    _people_unsaid(measures, claims_by_brief)
    _ages_by_doing(measures, claims_by_brief)
    _near_doings(measures)
    findings = _findings_apart(measures, everything)
    two_people = _two_of_one_surname(measures, everything)
    paired = _pair_other_words(measures, claims_by_brief, repeats)
    # claims whose sentence says a count is still in progress; their articles' votes too
    in_progress = {
        id(c)
        for pairs in claims_by_brief
        for _, c in pairs
        if _PARTIAL_COUNT.search(c.quote) and not _NEARLY_ALL_COUNTED.search(c.quote)
    }
    counting = {c.source for pairs in claims_by_brief for _, c in pairs if id(c) in in_progress}
    set_from_one_day = _set_from_one_day(claims_by_brief, measures)
    for pairs in claims_by_brief:
        for _, c in pairs:
            m = measures[id(c)]
            earlier = [y for y in years_of[id(c)] if latest is not None and y < latest]
            # (a study's sample is its size whatever years it was followed over: "followed
            # 4,800 participants from 2014 to 2024")
            era = min(earlier) if earlier and m.name != "sample size" else None
            # forecasts, plans and pledges are compared with each other, not with reports
            # a budget's sum is decided now, however it is worded ("will spend", "set aside")
            # and so is the minimum term a judge sets ("told he will serve a minimum of 22
            # years")
            ahead = _outlook(c, story_year) == "expected" and not m.name.startswith(
                ("budget", MINIMUM_TERM)
            )
            # a change by a share that a vote decided is decided now: "council tax will rise
            # by 4.99% from April after councillors voted through the budget"
            ahead = ahead and not (c.unit == "%" and _DECIDED.search(c.quote) is not None)
            # and so is a price set from a day that another article's price of that measure
            # is set from too: "the fee will rise to $530 on 1 June" and "will pay $630 from
            # 1 June" (not "analysts expect fares to rise to $3", nor against a price now)
            ahead = ahead and id(c) not in set_from_one_day
            buckets[(m.name, dimension(c.unit), era, ahead)].append(c)
    out = Comparison(paired={frozenset((i, id(p.partner))) for i, p in paired.items()})
    for name, a, b in two_people:
        out.set_apart("different-people", name, a, b)
    for name, a, b in findings:
        out.set_apart("different-findings", name, a, b)
    for (name, dim, era, ahead), claims in sorted(
        buckets.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2] or 0, kv[0][3])
    ):
        label = name if era is None else f"{name} ({era})"
        label += " (forecast or pledge)" if ahead else ""
        kept: list[Claim] = []
        excluded: list[tuple[str, Claim]] = []
        for c in claims:
            rule = (
                "headline-repeat"
                if id(c) in repeats
                else _excluded_by(c, measures[id(c)], id(c) in in_progress)
            )
            if rule is None and c.source in counting and _counted_votes(measures[id(c)].name):
                rule = "partial-count"  # another sentence says the count is not finished
            if rule is None:
                kept.append(c)
            else:
                excluded.append((rule, c))
        plain = [c for c in kept if measures[id(c)].plain]
        several = _several_values(name, plain)
        if several:
            totals, parts = _totals_of_told_parts(plain, kept, several, everything)
            freed, shared = _siblings_agreed(name, plain, several)
            aside = {
                id(c)
                for c in kept
                if (
                    measures[id(c)].plain
                    and _among_several(c, several)
                    and id(c) not in totals
                    and c.source not in freed
                )
                or id(c) in parts
                or id(c) in shared
            }
            excluded += [("several-values", c) for c in kept if id(c) in aside]
            kept = [c for c in kept if id(c) not in aside]
        regions = _regions(claims)
        one = len(regions) == 1
        place = next((c.place for c in claims if c.place), None) if one else None
        out.groups.append(FigureGroup(measure=label, place=place, claims=claims))
        whole = name.removeprefix("part of ")
        pool = buckets.get((whole, dim, era, ahead), []) if whole != name else kept or claims
        _trace_excluded(whole if whole != name else label, excluded, pool, out)
        headline = _headline_rate(name)
        if headline is not None:
            # "food inflation" beside "inflation": a variant of the statistic, traced as one
            rate = buckets.get((headline, dim, era, ahead), [])
            _trace_pairs("different-variants", label, claims, rate, out)
        rule = _traced_qualifier(name)
        if rule is None and name.rpartition(" (")[2].rstrip(")") in _TRACED_VARIANTS:
            rule = "different-variants"  # "vote (threshold)" beside "vote"
        if rule is not None:
            unqualified = name.rpartition(" (")[0]
            # "£61m before a 30% discount", "a total of €1.1bn" for five firms, beside the
            # plain sum: two figures, traced
            _trace_pairs(rule, label, claims, buckets.get((unqualified, dim, era, ahead), []), out)
        if era is not None:
            base = buckets.get((name, dim, None, ahead), [])
            _trace_pairs("background-year", label, claims, base, out)
            # and the figures of a later year before the story's ("in 2024" / "last year")
            later = [
                c
                for (n, d, e, a), cs in buckets.items()
                if (n, d, a) == (name, dim, ahead) and e is not None and e > era
                for c in cs
            ]
            _trace_pairs("background-year", label, claims, later, out)
        if ahead:
            _trace_pairs("forecast", label, claims, buckets.get((name, dim, era, False), []), out)
            kept = _one_source_each(label, kept, out, _forecaster)
        if dim == "%" or name in ("sample size", "margin of error"):
            kept = _one_source_each(
                label, kept, out, lambda c: polled[id(c)] or pollsters.get(c.source)
            )
        for variant in _by_variant(label, kept, out):
            if len({c.source for c in variant}) < 2:
                continue
            regions = _regions(variant)
            placed = {id(c) for region in regions for c in region}
            # a figure whose place may be either of two others' ("France" beside "the Var"
            # and "Draguignan") is compared with neither: its trace says so
            unplaced = [c for c in variant if id(c) not in placed]
            _trace_pairs("different-places", label, unplaced, variant, out)
            first_region = _Extremes(regions[0]) if len(regions) > 1 else None
            for i, region in enumerate(regions):
                shown = next((c.place for c in region if c.place), None)
                _compare(label, shown, region, out)
                if i and first_region is not None:
                    _trace_pairs("different-places", label, region, first_region, out)
    _anchored_flags(claims_by_brief, measures, repeats, out)
    _both_given(claims_by_brief, out)
    _told_beside(claims_by_brief, out)
    _told_elsewhere(claims_by_brief, measures, out)
    _sum_of_parts(claims_by_brief, out)
    _sum_of_two(claims_by_brief, measures, out)
    out.conflicts = _one_flag_a_vote(out.conflicts)
    out.worth_a_look = _one_flag_a_vote(out.worth_a_look)
    for conflict in out.conflicts + out.worth_a_look:
        notes = [paired[id(c)].note() for c in conflict.claims if id(c) in paired]
        if notes:
            conflict.explanation += " Paired across words: " + "; ".join(notes) + "."
    if judge is not None:
        out.conflicts = [_judged(c, judge) for c in out.conflicts]
    return out


#: A day a price takes effect from: "from 1 April", "on 1 June", "starting next month".
_TAKES_EFFECT = re.compile(
    r"\b(?:from|on|starting|effective|as\s+of)\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+\d{1,2}\b|next\s+(?:week|month|year|season))"
)
#: Words of a forecast or a guess, which make a price from a day no decision: "analysts
#: expect", "could rise", "is likely to".
_GUESSED = re.compile(
    r"\b(?:expect\w*|forecast\w*|predict\w*|likely|unlikely|project(?:s|ed|ion)|estimat\w*|"
    r"could|might|(?-i:may)|analysts?|economists?|warn\w*|fear\w*|speculat\w*)\b",
    re.IGNORECASE,
)


def _effective_day(c: Claim) -> str | None:
    """The day a price takes effect, folded ("1 june"), where its sentence tells it as set
    from that day with no word of a forecast or a guess."""
    day = _TAKES_EFFECT.search(c.quote)
    if day is None or _GUESSED.search(c.quote) is not None or not _is_money(c.unit):
        return None
    words = re.findall(r"[a-z]+|\d+", day.group().lower())[1:]
    return " ".join(sorted(w for w in words if w not in ("of", "the", "st", "nd", "rd", "th")))


def _set_from_one_day(
    claims_by_brief: list[list[tuple[Figure, Claim]]], measures: dict[int, Measure]
) -> set[int]:
    """The price claims (by id) set from a day (`_effective_day`) that another article's
    price of the same measure is set from too: two accounts of one decision, compared
    whatever their tense."""
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    keys: dict[int, tuple[str, str]] = {}
    for pairs in claims_by_brief:
        for _, c in pairs:
            name = measures[id(c)].name
            day = _effective_day(c) if name.startswith("price") else None
            if day is not None:
                keys[id(c)] = (name, day)
                sources[(name, day)].add(c.source)
    return {k for k, key in keys.items() if len(sources[key]) > 1}


#: Words of a decision taken: a change it sets is no forecast.
_DECIDED = re.compile(
    r"\b(?:approved|voted|agreed|decided|signed\s+off|passed|backed)\b",
    re.IGNORECASE,
)


#: Measures code names by category: two of them are two things, never paired by words.
_CATEGORIES = frozenset(
    [name for name, _ in MEASURES]
    + list(_VERB_CATEGORY.values())
    + list(_NOUN_CATEGORY.values())
    + """temperature magnitude term penalty price inflation turnout job hospitalised
    population margin""".split()
    + [
        "killed or injured",
        "sample size",
        "margin of error",
        "box-office takings",
        "money taken",
        "speed limit",
        "area burned",
        "injured (seriously)",
        "price per share",
        "share price (market)",
        "price (including debt)",
        "price (including premium)",
        "interest rate",
        "poll share",
    ]
)


#: What a figure paired by an anchor is, by its role: "killed (change)".
_ROLE_NAMES = {"from": " (earlier value)", "change": " (change)", "level": ""}


def _anchored_flags(
    claims_by_brief: list[list[tuple[Figure, Claim]]],
    measures: dict[int, Measure],
    repeats: set[int],
    out: Comparison,
) -> None:
    """Flags between figures two sentences of a change give beside one shared figure
    (`anchors`): "fell by 410 to 3,640" and "fell by 140 to 3,640" are one quantity, whatever
    each counts it by and whatever rule kept the two apart in their groups (the earlier
    value a change started from, a label code could not name). Places and windows still
    part them, with their trace; a pair already flagged is flagged once, and a headline's
    figure its body repeats is the body's."""
    claims = [c for pairs in claims_by_brief for _, c in pairs if id(c) not in repeats]
    # (a pair only worth a look, "a count that moves", is flagged here: the shared figure
    # says the two changes are of one quantity at one moment)
    flagged = {frozenset(map(id, f.claims)) for f in out.conflicts}
    for found in anchored(claims, _values_agree):
        x, y = sorted((found.one, found.other), key=_low)
        key = frozenset((id(x), id(y)))
        if key in flagged:
            continue
        named = next((measures[id(c)] for c in (x, y) if measures[id(c)].comparable), None)
        name = (named or measures[id(x)]).name + _ROLE_NAMES[found.role]
        # a shared figure of three significant digits ("47.9%", "3,640") says more than the
        # places each sentence names ("in the city", "queues in Petrzalka"); a rounder one not
        if len(_regions([x, y])) > 1 and min(digits(found.anchor), digits(x), digits(y)) < 3:
            out.set_apart("different-places", name, x, y)
            continue
        if not same_years(x, y) or _two_moments(x, y):
            out.set_apart("different-windows", name, x, y)
            continue
        conflict = _value_conflict(name, x.place or y.place, (x, y))
        conflict.explanation += f" Paired by a shared figure: {found.note()}."
        out.set_aside = [s for s in out.set_aside if frozenset(map(id, s.claims)) != key]
        out.worth_a_look = [w for w in out.worth_a_look if frozenset(map(id, w.claims)) != key]
        out.conflicts.append(conflict)
        flagged.add(key)


def _one_flag_a_vote(conflicts: list[Conflict]) -> list[Conflict]:
    """A vote told as its two counts ("voted by 34 to 17", "29 to 22 in favour") is one
    result: where the votes for and the votes against of the same two sentences both
    disagree, they are one flag (the votes for, with the votes against in its explanation),
    not two."""

    def sentences(c: Conflict) -> frozenset[tuple[str, str]]:
        return frozenset((x.source, x.quote) for x in c.claims)

    against = {
        sentences(c): c
        for c in conflicts
        if c.kind == "value" and (c.measure or "").startswith("votes against")
    }
    merged: set[int] = set()
    for c in conflicts:
        if c.kind != "value" or not (c.measure or "").startswith("votes for"):
            continue
        other = against.get(sentences(c))
        if (
            other is not None
            and (other.measure or "")[len("votes against") :]
            == (c.measure or "")[len("votes for") :]
        ):
            told = " / ".join(f"'{x.number}'" for x in other.claims)
            c.explanation += f" The votes against of the same two sentences differ too: {told}."
            merged.add(id(other))
    return [c for c in conflicts if id(c) not in merged]


def _both_given(claims_by_brief: list[list[tuple[Figure, Claim]]], out: Comparison) -> None:
    """Set aside a flag between two articles each of which also gives the other's number
    ("added 27 stores, taking its total to 412" and "now has 412 stores after opening 27"):
    the two agree on both numbers, so the flag pairs two different things."""
    given: dict[str, set[tuple[str, float]]] = defaultdict(set)
    for pairs in claims_by_brief:
        for _, c in pairs:
            if c.value is not None:
                given[c.source].add(_value_key(c))

    def aside(x: Claim, y: Claim) -> tuple[Claim, Claim] | None:
        # two numbers (a count given twice over two windows is another matter)
        two = _value_key(x) != _value_key(y)
        return (
            (x, y)
            if two and _value_key(x) in given[y.source] and _value_key(y) in given[x.source]
            else None
        )

    _set_aside_pairs("both-given", aside, out)


#: A second number of a sentence that is a part of the first ("55 people, 40 of them
#: children"; "including 40 children"): a part may equal another article's count by chance.
_PART_BETWEEN = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which)\b")
_PART_AFTER = re.compile(r"^\s+(?:of\s+(?:them|whom|which|those|these)|were|was)\b")


def _told_beside(claims_by_brief: list[list[tuple[Figure, Claim]]], out: Comparison) -> None:
    """Set aside a flag where one figure's own sentence also gives the other article's number
    as a second figure ("opened to $31.5m, second only to Iron Meridian, which took $48.2m";
    "a £2.4bn offer, topping the £2.1bn bid made by Kestrel"): the sentence sets the two
    numbers side by side as two things, and agrees with the other article on its number. Not
    where that second figure is a part of the first ("55 people died, 40 of them children";
    "including 40 children"): a part may equal the other article's count by chance; nor where
    it is told as a forecast and the first as a fact ("took $19.6m, short of the $27.4m its
    studio had forecast"): the other article may have taken the forecast for the result."""
    by_sentence: dict[tuple[str, int, int], list[Claim]] = defaultdict(list)
    for pairs in claims_by_brief:
        for _, c in pairs:
            if c.value is not None:
                by_sentence[(c.source, c.span[0], c.span[1])].append(c)

    def beside(own: Claim, other: Claim) -> bool:
        key = _value_key(other)
        if key == _value_key(own):
            return False
        at = number_in_quote(own)
        for d in by_sentence[(own.source, own.span[0], own.span[1])]:
            if d is own or _value_key(d) != key or d.outlook != own.outlook:
                continue  # "took $19.6m, short of the $27.4m forecast": a forecast, not a rival
            there = number_in_quote(d)
            first, second = sorted((at, there))
            if _PART_BETWEEN.search(own.quote[first[1] : second[0]]):
                continue
            if there > at and _PART_AFTER.match(own.quote[there[1] :]):
                continue
            return True
        return False

    def aside(x: Claim, y: Claim) -> tuple[Claim, Claim] | None:
        return (x, y) if beside(x, y) or beside(y, x) else None

    _set_aside_pairs("told-beside", aside, out)


def _kin(z: Claim, x: Claim, y: Claim, measures: dict[int, Measure]) -> bool:
    """A third figure `z` counts what `x` or `y` counts: it has their measure, or their noun,
    or no noun of its own ("counted 125", "holds 125 of the animals", "which sold 84,000")."""
    name = measures[id(z)].name
    # (the flag's own claims by the names they were measured under, where they were)
    names = {measures[id(c)].name for c in (x, y) if id(c) in measures}
    counted = {c.counted for c in (x, y) if c.counted}
    if z.counted is not None:
        return name in names or z.counted in counted
    return name in names or name.startswith("(") or " (part" in name


#: Words that tell a number as one given before and since replaced: "earlier reports said
#: the well was 40 metres deep", "initially put the toll at 31".
_SUPERSEDED = re.compile(
    r"\b(?:earlier|initial|first|previous|original|preliminary)\s+(?:reports?|estimates?|"
    r"figures?|counts?|tolls?|accounts?)\b|\b(?:initially|originally|earlier|first)\s+"
    r"(?:said|reported|put|gave|estimated)\b",
    re.IGNORECASE,
)
#: Qualifiers that make a number a bound ("up to 140mm", "at least 40"), not a value.
_BOUNDS = frozenset(["at_least", "at_most"])


def _told_elsewhere(
    claims_by_brief: list[list[tuple[Figure, Claim]]],
    measures: dict[int, Measure],
    out: Comparison,
) -> None:
    """Set aside a flag where the other article also gives this figure's number, in another
    sentence, of the same kind ("selling 84,000 copies" against "57,000 copies" in an article
    that adds "it was beaten by Glass Harbour, which sold 84,000"; "187mm of rain" against
    "96mm" where the other adds "a gauge at Honister Pass measured 187mm"): the other article
    agrees on this number and gives its own for a second thing. The repeat must count what
    the flag counts, or be of a unit, or name no noun (`_kin`), and be told as the same kind
    of figure (a forecast or a bound, "up to 140mm", repeats no fact; nor does a number the
    article marks as wrong or replaced, "an earlier version of this article said 31",
    "earlier reports said the well was 40 metres deep"). Not a part ("40
    of them children"), nor a count of another thing that shares the number ("12
    ambulances")."""
    own_values: dict[str, list[Claim]] = defaultdict(list)
    for pairs in claims_by_brief:
        for _, c in pairs:
            if c.value is not None:
                own_values[c.source].append(c)

    def repeated(own: Claim, other: Claim) -> bool:
        key = _value_key(own)
        if key == _value_key(other):
            return False
        for z in own_values[other.source]:
            if z is other or _value_key(z) != key or z.outlook != own.outlook:
                continue
            before = z.quote[: number_in_quote(z)[0]]
            if _refuted(before) or _SUPERSEDED.search(before):
                continue  # "an earlier version said 31", "earlier reports said": not its own
            if _BOUNDS & {z.qualifier, own.qualifier} and z.qualifier != own.qualifier:
                continue  # "warned of up to 140mm" is a bound, not the 140mm that fell
            if measures[id(z)].name.startswith("part"):
                continue
            if dimension_of(z) not in ("", "%") or _kin(z, own, other, measures):
                return True
        return False

    def aside(x: Claim, y: Claim) -> tuple[Claim, Claim] | None:
        return (x, y) if repeated(x, y) or repeated(y, x) else None

    _set_aside_pairs("told-elsewhere", aside, out)


#: The least whole a sum of two parts is read in: "12 killed" and "14 killed" beside "2
#: hospitals" is no sum.
SUM_OF_TWO_LEAST = 10
#: Words of a sentence that give its figure for several things together: "together",
#: "combined", "between them", "the two", "both", "two mobile games".
_TOGETHER = re.compile(
    r"\b(?:together|combined|between\s+them|in\s+all|in\s+total|altogether|jointly|both|"
    r"the\s+(?:two|three)|(?:two|three|four)\s+(?:[a-z-]+\s+){0,2}[a-z]+s)\b",
    re.IGNORECASE,
)


def _sum_of_two(
    claims_by_brief: list[list[tuple[Figure, Claim]]],
    measures: dict[int, Measure],
    out: Comparison,
) -> None:
    """Set aside a flag where the larger figure's sentence gives it for several things
    together and it is exactly the smaller plus a third figure of the two articles that
    counts the same thing ("214 black rhinos" at one conservancy, "the neighbouring one
    counted 125", against "339 black rhinos" in "the two conservancies together"; "3.6
    million downloads" and "1.5 million" of a second game against "two mobile games ... 5.1
    million times"): a whole and one of its parts. The third figure names what the smaller
    or larger counts, or names nothing ("counted 125", "holds 125 of the animals"). Not a
    sum of unrelated figures ("12 killed" and "2 hospitals" against "14 killed"), nor a sum
    the larger's sentence does not tell ("a 72-hour walkout" and "a 48-hour stoppage"
    against "a five-day strike")."""
    everything = [c for pairs in claims_by_brief for _, c in pairs if c.value is not None]
    by_dimension: dict[str, list[Claim]] = defaultdict(list)
    for c in everything:
        by_dimension[dimension_of(c)].append(c)

    def aside(x: Claim, y: Claim) -> tuple[Claim, Claim] | None:
        if dimension_of(x) != dimension_of(y) or x.value is None or y.value is None:
            return None
        part, whole = sorted((x, y), key=lambda c: on_one_scale(c, c.value or 0.0))
        low = on_one_scale(part, part.value or 0.0)
        high = on_one_scale(whole, whole.value or 0.0)
        if high < SUM_OF_TWO_LEAST or low <= 0:
            return None
        a, b = number_in_quote(whole)
        if not _TOGETHER.search(whole.quote[:a] + " . " + whole.quote[b:]):
            return None
        for z in by_dimension[dimension_of(x)]:
            value = on_one_scale(z, z.value or 0.0)
            if z is part or z is whole or value <= 0 or z.source not in (x.source, y.source):
                continue
            if z.source == whole.source and z.span == whole.span:
                continue  # "the two quakes together killed 14": the parties' count, no part
            summed = abs(low + value - high) <= 1e-6 * high
            if summed and abs(value - low) > 1e-6 * high and _kin(z, part, whole, measures):
                return (part, whole)
        return None

    _set_aside_pairs("sum-of-two", aside, out)


def _sum_of_parts(claims_by_brief: list[list[tuple[Figure, Claim]]], out: Comparison) -> None:
    """Set aside a flag between two sums where the larger is the smaller plus another sum of
    its currency, the two listed as parts in one sentence of an article ("a £45,000 fine and
    £7,500 in costs" against "ordered to pay £52,500"; "£340m for the shares and £120m of
    debt" against "£460m including debt"): a total and one of its parts. Not two sums set
    side by side otherwise ("€2.4 million, three times the €800,000 first alleged"), nor
    counts: "12 killed" and "15 dead" with "3 missing" still disagree."""
    by_sentence: dict[tuple[str, tuple[int, int]], list[Claim]] = defaultdict(list)
    for pairs in claims_by_brief:
        for _, c in pairs:
            if c.value is not None and _is_money(c.unit):
                by_sentence[(c.source, (c.span[0], c.span[1]))].append(c)
    listed: set[tuple[tuple[str, float], tuple[str, float]]] = set()
    for sums in by_sentence.values():
        for x, y in permutations(sums, 2):
            between = x.quote[number_in_quote(x)[1] : number_in_quote(y)[0]]
            if _LISTED_PARTS.search(between):
                listed |= {(_value_key(x), _value_key(y)), (_value_key(y), _value_key(x))}

    def aside(x: Claim, y: Claim) -> tuple[Claim, Claim] | None:
        if not (_is_money(x.unit) and _is_money(y.unit)):
            return None
        part, whole = sorted((x, y), key=lambda c: c.value or 0.0)
        (unit, low), (_, high) = _value_key(part), _value_key(whole)
        return (part, whole) if (_value_key(part), (unit, round(high - low, 6))) in listed else None

    _set_aside_pairs("sum-of-parts", aside, out)


def _set_aside_pairs(
    rule: str, aside: Callable[[Claim, Claim], tuple[Claim, Claim] | None], out: Comparison
) -> None:
    """Move each flag of two claims from two articles that `aside` finds to be two things
    (it gives the pair in the order to record) from the flags to the set-aside pairs."""
    kept = []
    for conflict in out.conflicts:
        x, y = conflict.claims[0], conflict.claims[-1]
        pair = aside(x, y) if len(conflict.claims) == 2 and x.source != y.source else None
        if pair is not None:
            out.set_apart(rule, conflict.measure or "", *pair)
        else:
            kept.append(conflict)
    out.conflicts = kept


#: Words that list one sum after another as parts: "a £45,000 fine and £7,500 in costs",
#: "£340m for the shares plus £120m of debt".
_LISTED_PARTS = re.compile(
    r"^[^.;]{0,80}?\b(?:and|plus|as\s+well\s+as|along\s+with|together\s+with)\b[^.;]{0,40}$"
)


def _value_key(c: Claim) -> tuple[str, float]:
    """A claim's number as its dimension and its value on that dimension's one scale."""
    return dimension_of(c), round(on_one_scale(c, c.value or 0.0), 6)


def _by_variant(name: str, claims: list[Claim], out: Comparison) -> list[list[Claim]]:
    """The claims of one measure split by the variant of the statistic each names next to its
    number ("a pre-tax profit of", "a net profit of"; `pairing.variant_words`), each compared
    only with its own; the pairs across two named variants are set aside with their trace.
    A figure that names no variant is compared with all: "the average" in one sentence and
    "the price" in another may be one statistic."""
    named: dict[frozenset[str], list[Claim]] = defaultdict(list)
    plain: list[Claim] = []
    held = name.split(" (")[0] in _HELD_BY_A_PERSON
    stay = name in _STAY_LENGTHS
    kinds = _two_sided(name, claims)
    yearly = name.split(" (")[0] in _CHANGES_ON_A_YEAR
    for c in claims:
        on = _basis(name, c)
        who = _holder(c) if held else None
        if stay:
            # "Teller served 12 years", "Marsh, who served 31 years": the stay's subject
            who = named_subject_at(c.quote, number_in_quote(c)[0])
        who = who or (_part_in_a_crime(c) if name.split(" (")[0] == "term" else None)
        words = variant_words(c) | stage_words(c) | ({on} if on else set())
        if name.startswith("price"):
            words |= _price_tiers(c) | _price_end(c)
        if yearly:
            words -= {"headline"}  # "headline inflation" is the plain rate; "core" is not
        words |= {f"of {who}"} if who else set()
        office = _office_held(c.counted or "") if name == _TENURE else None
        words |= {office} if office else set()
        words |= kinds.get(id(c), set())
        (named[words] if words else plain).append(c)
    # a figure whose sentence names no holder may be any holder's of the same kind ("a
    # trader was fined" and "Ouma Baraka was fined"): it joins each holder's group
    # (and a stay whose post is not named may be in any post: "as mayor", "as governor"; a
    # price naming fewer tiers, of any tier that names more: "adult" of "standard adult")
    # (a key of held words alone is plain but for them: it joins any key that names them)
    holders_of = {
        k: [
            k2
            for k2 in named
            if k2 > k
            and (all(w.startswith(_HELD) for w in k2 - k) or all(w.startswith(_HELD) for w in k))
        ]
        for k in named
    }
    # (each joins the keys that name the most: "adult" joins "standard adult", not a key
    # that itself joins another)
    joined = {k: list(v) for k, v in named.items() if not holders_of[k]}
    for k, holders in holders_of.items():
        for k2 in holders:
            if k2 in joined:
                joined[k2] += named[k]
    named = defaultdict(list, joined)
    # one end of a price's range ("from €49", "the dearest seats") is no price of a tier:
    # a price naming no variant is not compared with it
    ends = [k for k in named if k & _PRICE_ENDS]
    for k in ends:
        _trace_pairs("different-variants", name, named[k], plain, out)
    if len(named) < 2 and not (ends and plain):
        return [claims]
    keys = sorted(named, key=sorted)
    for i, one in enumerate(keys):
        for other in keys[i + 1 :]:
            differ = one ^ other
            # (two holders named, not one named and one not: then the post tells them apart)
            whose = [{w for w in k if w.startswith("of ")} for k in (one, other)]
            people = all(whose) and whose[0] != whose[1]
            rule = "different-people" if people else "different-variants"
            rule = next((r for r, sides, _ in _SPLITS if differ & set(sides)), rule)
            _trace_pairs(rule, name, named[one], named[other], out)
    alone = plain and all(k & _PRICE_ENDS for k in keys)  # (else plain joins the others)
    return [named[k] + ([] if k & _PRICE_ENDS else plain) for k in keys] + (
        [plain] if alone else []
    )


#: Verbs of a count a body holds, not of a doing: "represents 18,000 dockers", "has 212 shops",
#: "employs 3,400 teachers", "operates 140 aircraft".
_STANDING_VERBS = frozenset(
    "have own operate run employ represent include cover comprise contain house serve boast "
    "number hold".split()
)
#: Verbs that give a count's level whether it is held or done ("is based", "rose to 45,000",
#: "totals 42,000"): neither side of the split.
_LEVEL_VERBS = frozenset(
    "be base locate remain stand total reach rise grow fall climb increase decrease drop swell "
    "top exceed count list register stay carry measure weigh".split()
    # the verbs of saying a count: "reported 25 million users", "confirmed nine patients"
    + "report confirm record announce say estimate put give show tally log post declare state "
    "disclose reveal cite quote publish update".split()
)
#: A standing verb's own words right before the number: the count is what the body holds
#: ("has 212 shops"), not the one doing ("1.9 million customers had their data taken").
_HOLDS_BEFORE = re.compile(
    r"\b(?:has|have|had|having|owns?|owned|operat\w*|runs?|running|employ\w*|represent\w*|"
    r"includ\w*|cover\w*|compris\w*|contain\w*|hous\w*|serv\w*|boast\w*|number\w*|"
    r"holds?|holding)"
    r"(?:\s+[\w'-]+){0,3}\s+$",
    re.IGNORECASE,
)
#: A window that spans time ("in 2025", "last year", "over the summer"), not a day's report.
_OVER_A_SPAN = re.compile(r"(?:in|during|for|over|last|this|since|throughout|across)\b", re.I)

#: A span told right after the counted noun: "had 165,000 visitors across the four days",
#: "had 40 arrests over the weekend" (not "has 212 shops across the country": a place).
_SPAN_AFTER = re.compile(
    r"^\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:across|over|during|throughout|in)\s+(?:the\s+|its\s+|"
    r"their\s+|our\s+|that\s+)?(?:\w+\s+)?"  # "the four days", "the whole weekend"
    r"(?:days?|nights?|weeks?|weekend|months?|year|season|summer|winter|festival|tournament)\b",
    re.IGNORECASE,
)


def _standing_or_done(name: str, c: Claim) -> str | None:
    """For a count named by its noun, whether its verb gives what a body holds ("has 212
    shops": standing) or a doing ("closed 48 shops", "11,000 dockers joined": done). A
    standing total and a count of a doing can both hold; two of either kind are compared,
    and a count without a verb is compared with both."""
    measured = c.unit is not None and dimension(c.unit) != "volume"  # a volume can be held
    if measured or c.verb is None or name.split(" (")[0] in _CATEGORIES:
        return None
    if c.verb in _STANDING_VERBS:
        at, end = number_in_quote(c)
        if (c.period and _OVER_A_SPAN.match(c.period)) or _SPAN_AFTER.match(c.quote[end:]):
            return None  # "had 2.9 million visitors in 2025": a count over a span, a flow
        said = _HOLDS_BEFORE.search(c.quote[max(0, at - 40) : at])
        return "standing" if said else None
    return None if c.verb in _LEVEL_VERBS else "done"


#: An amount added to one already told: "another 300 residents", "a further €12 million",
#: "an additional 20 nurses", "300 more residents" (not "300 more than").
_ADDED_BEFORE = re.compile(
    rf"\b(?:another|a\s+further|an?\s+additional|an\s+extra)\s+{_ABOUT}\s*$", re.IGNORECASE
)
_ADDED_AFTER = re.compile(
    r"^\s+(?:more\s+(?!than\b)[a-z]|"
    # "32 new cases on Tuesday": the day's addition to an outbreak's count
    r"new\s+(?:(?:suspected|confirmed|probable)\s+)?(?:[a-z]+\s+)?(?:cases?|infections?|deaths?|"
    r"admissions?|hospitali[sz]ations?|fatalities)\b)",
    re.IGNORECASE,
)


def _added_or_whole(name: str, c: Claim) -> str | None:
    """Whether a figure is an amount added to one already told ("another 300 residents were
    evacuated", "32 new cases") or not: an addition is compared only with additions."""
    a, b = number_in_quote(c)
    added = _ADDED_BEFORE.search(c.quote[max(0, a - 40) : a]) or _ADDED_AFTER.match(c.quote[b:])
    return "added" if added else "whole"


#: A limit set on an amount, not the amount: "the legal limit of 30 pupils", "a cap of 500
#: people", "capped at £86,000", "a 500-person limit", "up to a maximum of 12 passengers"
#: (not "recorded a maximum of 46.8C": a reading); a capacity, "capacity for 12 million
#: passengers a year", "designed to handle 40,000 fans".
_LIMIT_OF_BEFORE = re.compile(
    rf"\b(?:(?:limit|cap|ceiling|quota|threshold|capacity)\s+(?:of|at|is|was|set\s+at)|"
    rf"capacity\s+for|(?:designed|built)\s+to\s+(?:handle|hold|carry|seat|accommodate)|"
    rf"(?:limited|capped|restricted)\s+to|capped\s+at|up\s+to\s+a\s+maximum\s+of|"
    # the most a law allows: "the law provides for fines of up to", "punishable by up to",
    # "carries a maximum penalty of"
    rf"(?:fines?|penalt(?:y|ies))\s+of\s+up\s+to|punishable\s+by\s+(?:a\s+\w+\s+of\s+)?up\s+to|"
    rf"maximum\s+(?:fine|penalty)\s+of)\s+{_ABOUT}\s*$",
    re.IGNORECASE,
)
_LIMIT_OF_AFTER = re.compile(
    r"^(?:-|\s+)(?:[a-z]+[\s-])?(?:limit|cap|ceiling|quota)\b", re.IGNORECASE
)


def _limit_or_amount(name: str, c: Claim) -> str | None:
    """Whether a figure is a limit set on an amount ("the legal limit of 30 pupils") or an
    amount: a limit is compared only with limits."""
    a, b = number_in_quote(c)
    # (the hedge the number phrase holds is read with the words before it: "fines of" + "up
    # to KSh 20 million")
    hedge = _UP_TO.match(c.quote, a)
    before = c.quote[max(0, a - 50) : hedge.end() if hedge else a]
    limit = _LIMIT_OF_BEFORE.search(before) or _LIMIT_OF_AFTER.match(c.quote[b : b + 30])
    return "limit" if limit else "amount"


_UP_TO = re.compile(r"up\s+to\s+", re.IGNORECASE)


#: A change of a count or sum, not its level: "fell by 12,000", "rose 400,000", "up £14
#: million", "an increase of 320" (not "rose to 84": the level it reached).
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:r[oi]se[ns]?|rising|f[ae]ll(?:s|en|ing)?|increas\w*|decreas\w*|dropp?\w*|"
    r"gr[oe]w[ns]?|growing|climb\w*|jump\w*|declin\w*|slipp?\w*|surg\w*|soar\w*|"
    r"shr[aiu]nk\w*|went\s+(?:up|down)|(?:(?:is|was|are|were|been)\s+|,\s*)(?:up|down))"
    # (a plunge only "by" a sum: "plunged 260,000 homes into darkness" is no change)
    r"(?:\s+by)?|plung\w*\s+by|(?:increase|rise|fall|drop|decline|"
    rf"decrease|jump|reduction)\s+of)\s+{_ABOUT}\s*$",
    re.IGNORECASE,
)


#: A per cent that is a part of a whole: "27% of the victims", "three in ten prisoners",
#: "more than a quarter of", "made up 14 per cent of".
_SHARE_AFTER = re.compile(r"^\s+of\b", re.IGNORECASE)
_SHARE_WORDS = re.compile(
    r"\b(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
    r"fifty|(?:a\s+)?hundred|(?:a\s+)?thousand)\b|\b(?:quarter|third|half|fifth)s?\b",
    re.IGNORECASE,
)


def _change_or_level(name: str, c: Claim) -> str | None:
    """Whether a count or sum is a change ("unemployment fell by 12,000") or a level ("stood
    at 1.41 million"): a change is compared only with changes. A per cent in a count's
    group is a change ("deaths rose to 241, up 6 per cent") or a part of the count ("a
    quarter of the victims"), which is on the level's side; else either."""
    a, b = number_in_quote(c)
    changed = bool(_CHANGE_BEFORE.search(c.quote[max(0, a - 40) : a])) or (
        "seat" in name and bool(_SEATS_CHANGED.search(c.quote[max(0, a - 40) : a]))
    )
    if c.unit == "%":
        if changed:
            return "change"
        part = _SHARE_AFTER.match(c.quote[b:]) or _SHARE_WORDS.search(c.number)
        return "level" if part else None
    if c.unit is not None and not _is_money(c.unit):
        return None  # a reading's change is read by its own rules
    return "change" if changed else "level"


#: Seats a party gained or lost: a change of its seats, not how many it holds ("gained a
#: dozen seats" beside "won 48 seats").
_SEATS_CHANGED = re.compile(
    rf"\b(?:gain(?:s|ed|ing)?|los(?:t|es|ing)|pick(?:s|ed|ing)?\s+up)\s+{_ABOUT}\s*$",
    re.IGNORECASE,
)


#: A margin: how far one value stands from another, not a value: "11 points above the
#: relegation zone", "three behind the leaders", "0.5 degrees below the record", "20,000 votes
#: ahead of", "3 points higher than in 2022".
_GAP_AFTER = re.compile(
    r"^\s*(?:(?:percentage\s+)?points?|degrees?(?:\s+(?:celsius|fahrenheit))?|places?|seats?|"
    r"goals?|votes?|runs?|strokes?|shots?|lengths?|games?|wins?|minutes?|seconds?|per\s*cent|"
    # (not a compound: "2,400 below-market flats", "a 5% above-inflation rise")
    r"%|C|F)?\s*(?:(?:above|below|behind)(?![-–])|ahead\s+of|clear\s+of|short\s+of|adrift\s+of|"
    r"(?:more|fewer|less|higher|lower|warmer|colder|faster|slower)\s+than"
    # (not "sales of $3bn more than doubled": the figure is the subject of a multiple)
    r"(?!\s+(?:doubl|tripl|quadrupl|halv|twice|half\b|three\s+times|four\s+times)))\b"
    r"|^[\s-]*(?:percentage[\s-]+)?points?[\s-]+(?:lead|gap|deficit|advantage)\b",
    re.IGNORECASE,
)
#: A lead told before its number: "leads Labour by 8 points", "a lead of 3 points", "cut the
#: gap to 15 points" (not "a deficit of" or "a gap of": a trade gap is a sum of its own).
_GAP_BEFORE = re.compile(
    r"\b(?:lead(?:s|ing)?|led|ahead|behind|trail(?:s|ed|ing)?)\b[^.;,]{0,30}?\bby\s+"
    r"(?:just\s+|only\s+)?$|\b(?:lead|advantage)\s+of\s+(?:just\s+|only\s+)?$"
    r"|\b(?:gap|lead|advantage|margin)\s+(?:to|at)\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)


def _margin_or_reading(name: str, c: Claim) -> str:
    """Whether a figure is a margin between two values ("11 points above the relegation
    zone") or a reading of one ("41 points"): a margin is compared only with margins."""
    if dimension(c.unit) in ("length", "area", "volume"):
        return "reading"  # "orbits 1,200 km above the Earth": a place, not a margin
    if name == "margin":
        return "margin"  # a winning margin however told: "ahead by", "a majority of"
    a, b = number_in_quote(c)
    gap = _GAP_AFTER.match(c.quote[b:]) or _GAP_BEFORE.search(c.quote[max(0, a - 60) : a])
    if gap and _is_money(c.unit) and gap.group(0).endswith("than"):
        return "reading"  # "cost $40m more than planned" and "overran by $35m": one overrun
    return "margin" if gap else "reading"


#: A count within a group the sentence names: "deaths among cyclists rose to 241", "241
#: deaths among cyclists", "among the dead were 12 children".
_AMONG = re.compile(r"\bamong\s+(?:the\s+)?[a-z]", re.IGNORECASE)
#: Whose ages an age band ("aged 15 to 24", "over 75", `quantities.age_bands`) bounds: a
#: part of a population ("people aged 65 and over", "adults over 65"), not a whole
#: described by its members' ages ("a 60-strong choir of singers aged 12 to 18").
_POPULATION_BEFORE = re.compile(
    r"\b(?:people|persons|adults|children|residents|those|patients|men|women|pupils|students|"
    r"workers|voters|drivers|unemployed|jobseekers|respondents|users)\s+$",
    re.IGNORECASE,
)
#: An age band written as a noun: "18- to 49-year-olds"; a band of `age_bands` that is one,
#: "the over-65s", "under-25s".
_YEAR_OLDS = re.compile(r"\b\d+-?\s*(?:to|-|–)\s*\d+-year-olds\b", re.IGNORECASE)
_BAND_AS_NOUN = re.compile(r"(?:over|under)[\s-]?\d", re.IGNORECASE)


def _age_bracket(quote: str, a: int, b: int) -> bool:
    """The number's clause names a part of a population by an age band: "Some 52,000 people
    aged 16 to 24", "41% of adults over 65", "8,300 under-25s", "18- to 49-year-olds"."""
    end = b + len(_clause_after(quote, b))
    for start, stop in age_bands(quote):
        if stop <= max(0, a - 40) or start >= end:
            continue
        band = quote[start:stop]
        if _BAND_AS_NOUN.match(band) or _POPULATION_BEFORE.search(quote[:start]):
            return True
        if _POPULATION_BEFORE.search(band.split()[0] + " "):
            return True  # "people over 75": the band holds its people
    return _YEAR_OLDS.search(quote[max(0, a - 40) : end]) is not None


#: A rate "among" the whole it is of: "support among voters", "among British adults", a
#: ballot's electorate ("54% of the vote among party members").
_AMONG_WHOLE = re.compile(
    r"\bamong\s+(?:all\s+)?(?:the\s+)?(?:[\d.,]+\s+(?:(?:million|thousand|billion)\s+)?)?"
    r"(?:(?:registered|eligible|likely|adult|party|union|club|society)\s+)?"
    r"(?:(?P<who>[A-Z][a-z]+)\s+)?(?:voters|adults|people|population|residents|public|"
    r"electorate|workforce|respondents|households|citizens|members|shareholders)\b"
)


def _subgroup_or_all(name: str, c: Claim) -> str | None:
    """Whether a count or a rate is of a group the sentence names by "among", by an age band
    or by a threshold of time ("waiting more than a year", "delayed by over three hours"), or
    of all: a group's count is a part of the whole, and its rate another rate ("unemployment
    among under-25s"), which both can hold. A rate among the whole it is of ("among voters",
    "among British adults") is of all."""
    if PART_NAMED in name:
        return "subgroup"  # "killed (part: child)": every claim of it is a part, in each article
    if c.unit is not None and not _is_money(c.unit) and c.unit != "%":
        return None
    a, b = number_in_quote(c)
    before = c.quote[max(0, a - 60) : a]
    near = before + " " + c.quote[b : b + 30]
    if _age_bracket(c.quote, a, b):
        return "subgroup"  # "of people aged 65 and over", "unemployed people aged 15 to 24"
    if _PAST_A_THRESHOLD.search(before + " " + _clause_after(c.quote, b)):
        return "subgroup"  # "186,000 had been waiting more than a year": past a threshold
    if c.unit is None and _A_GROUPS_PART_AFTER.match(c.quote[b:]):
        return "subgroup"  # "90,000 uninsured adults"
    if not _AMONG.search(near):
        return "all"
    whole = _AMONG_WHOLE.search(_near_number(c, 60))
    if c.unit == "%" and whole and (whole["who"] is None or is_demonym(whole["who"])):
        return "all"
    return "subgroup"


#: A count of those in a state that only some of a group are in: a part of the group ("About
#: 90,000 uninsured Illinois adults" of "1.1 million adults in Illinois"; not "1.1 million of
#: them", which the other article may count as the same part, nor "undocumented nationals"
#: deported, who are all there are).
_A_GROUPS_PART_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:uninsured|unvaccinated|unemployed|jobless)\b"
)
#: Those past a threshold of time, a part of all: "waiting more than a year", "patients
#: waiting over 52 weeks", "flights delayed by more than three hours".
#: ("over" only after a verb of waiting: "tracked over 11 years" is a span, all of them)
_PAST_A_THRESHOLD = re.compile(
    r"\b[a-z]+(?:ing|ed)\s+(?:by\s+|for\s+)?(?:(?:more|longer)\s+than|at\s+least|"
    r"in\s+excess\s+of|beyond)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|eighteen|\d+)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b"
    r"|\b(?:wait|delay|stuck|stranded|held|detain)\w*\s+(?:by\s+|for\s+)?over\s+(?:a|an|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twelve|eighteen|\d+)\s+(?:years?|months?|weeks?|"
    r"days?|hours?|minutes?)\b",
    re.IGNORECASE,
)


#: What happens as a rule, not in this event: "postal ballots usually add about 1 point",
#: "a typical season sees 40 storms", "crossings normally take 90 minutes".
_HABITUAL = re.compile(
    r"\b(?:usually|typically|normally|generally|traditionally|ordinarily|customarily|"
    r"tends?\s+to|on\s+a\s+typical|in\s+a\s+typical|a\s+typical|in\s+a\s+normal|"
    r"in\s+most\s+years|each\s+year|every\s+year)\b",
    re.IGNORECASE,
)


def _usual_or_event(name: str, c: Claim) -> str:
    """Whether a figure tells what happens as a rule ("usually add about 1 point") or what
    happened in the event: a rule is compared only with rules."""
    a, b = number_in_quote(c)
    clause = re.split(r"[;:]|,\s+(?:but|while|and)\s+", c.quote[max(0, a - 80) : a])[-1]
    return "usual" if _HABITUAL.search(clause + " " + c.quote[b : b + 40]) else "event"


#: Verbs by which a part of a company or project changes hands ("take" is also a vote's).
_STAKE_VERBS = frozenset("buy acquire purchase sell divest".split())
#: A company, or a part of one, a share is of, right after it: "of the lithium project", "of
#: its shares", "of Redgum" (not "of their food").
_OF_A_WHOLE = re.compile(
    r"\s+of\s+(?:[A-Z]|(?:the\s+|its\s+|their\s+|his\s+|her\s+)(?:[\w-]+\s+){0,3}?(?:project|"
    r"company|business|firm|group|mine|shares|unit|venture|operator|bank|club|airline|"
    r"subsidiary|equity|capital|stake|holding)s?\b)"
)
#: Verbs of a share held, with a company named by its noun after them ("owns 24 per cent of
#: the company"; not "controls 30% of Spain's exports", nor "holds 40% of the market").
_HOLD_VERBS = frozenset("own hold control".split())
_OF_A_FIRM = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|your)\s+(?:[\w-]+\s+){0,2}?(?:company|business|"
    r"firm|group|shares|venture|operator|bank|club|airline|subsidiary|equity|startup|start-up)\b"
)
#: A part of a company bought or sold: "a 51 per cent stake", "a controlling stake".
_STAKE = re.compile(r"\bstakes?\b", re.IGNORECASE)
#: A stake that is the whole company: "a 100 per cent stake", "its entire stake".
_ALL_OF_IT = re.compile(
    r"\b100\s*(?:%|per\s*cent)\s+(?:stake|of)\b|\b(?:entire|full|whole)\s+(?:stake|equity)\b", re.I
)
#: What a whole company is valued at: "values the group at R4 billion", "a valuation of".
_VALUED = re.compile(r"\b(?:valu(?:es|ed|ing)\s+(?:[\w'’-]+\s+){0,5}at|valuation)\b", re.I)


def _stake_or_whole(name: str, c: Claim) -> str | None:
    """Whether a price is paid for a stake ("acquire a 51 per cent stake for 2.04 billion
    rand") or for, or values, the whole ("values the trucking group at R4 billion")."""
    if not name.startswith("price") or not _is_money(c.unit):
        return None
    if _VALUED.search(c.quote) or _ALL_OF_IT.search(c.quote):
        return "company"
    return "stake" if _STAKE.search(c.quote) else "company"


#: A holding told after a purchase: "lifted its holding in Eólica to 22 per cent", "taking
#: its stake to 30%", "now owns 22%"; and a share bought: "has bought 15% of", "acquired a
#: 15% stake".
_HOLDING_TO = re.compile(
    r"\b(?:(?:lift|rais|increas|tak|bring|boost)\w*\s+(?:its|their|his|her|the)\s+(?:\w+\s+)?"
    r"(?:holding|stake|shareholding)\b[^.;]{0,40}?\bto|(?:now\s+)?(?:holds?|owns?)|"
    r"(?:holding|stake|shareholding)\s+of)\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_BOUGHT = frozenset("buy acquire purchase snap pick".split())


def _bought_or_held(name: str, c: Claim) -> str | None:
    """Whether a share of a company is the part bought ("has bought 15% of the developer")
    or the holding after it ("lifted its holding to 22 per cent"): both can hold."""
    if c.unit != "%":
        return None
    a, _ = number_in_quote(c)
    if _HOLDING_TO.search(c.quote[max(0, a - 80) : a]):
        return "held"
    return "bought" if c.verb in _BOUGHT else None


#: Verbs of things destroyed and of things damaged: "destroyed 340 homes", "flattened",
#: against "520 houses were damaged"; "damaged or destroyed" counts both: the wider side.
_DESTROY_VERBS = frozenset("destroy flatten raze level gut obliterate demolish wreck".split())
_DAMAGE_VERBS = frozenset(["damage"])
_BOTH_HARMS = re.compile(r"\b(?:damaged|destroyed)\s+or\s+(?:damaged|destroyed)\b", re.I)
#: Damage told by its noun, or a thing destroyed only in part, after the count: "8,400 houses
#: had partial damage", "sustained minor damage", "were partly destroyed".
_DAMAGE_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:(?:had|has|have|suffered|sustained|took|received|reported)\s+"
    r"(?:[a-z]+\s+){0,2}damage\b|(?:partially|partly)\s+destroyed\b)",
    re.IGNORECASE,
)


def _destroyed_or_damaged(name: str, c: Claim) -> str | None:
    """Whether a count of things is of things destroyed or of things damaged (or of both:
    "damaged or destroyed", which a count of those destroyed is a part of)."""
    if c.unit is not None:
        return None
    if _BOTH_HARMS.search(c.quote) or _DAMAGE_AFTER.match(c.quote[number_in_quote(c)[1] :]):
        return "damaged"
    if c.verb in _DESTROY_VERBS:
        return "destroyed"
    return "damaged" if c.verb in _DAMAGE_VERBS else None


#: Verbs of a count of things asked for (applications, claims, bids, proposals) and of
#: those decided on: "received 1,900 applications", "approved 260 of them".
_ASK_VERBS = frozenset("apply submit file lodge receive request seek enter register".split())
_DECIDE_VERBS = frozenset(
    "approve grant accept reject refuse award admit deny decline select shortlist".split()
)


def _asked_or_decided(name: str, c: Claim) -> str | None:
    """Whether a count is of things asked for ("submitted 1,931 proposals", "lodged 4,200
    claims") or of those decided on ("approved 262", "granted asylum to 3,100"): the
    decided are some of the asked."""
    if c.unit is not None:
        return None
    if c.verb in _ASK_VERBS:
        return "asked"
    return "decided" if c.verb in _DECIDE_VERBS else None


#: Doings that befall one kind of thing and cannot be one count: trains "delayed" and
#: "cancelled", jobs "created" and "cut", shops "opened" and "closed" (each pair by the
#: verbs' lemmas; a phrasal verb by the one it stands for, "called off": cancel).
_OPPOSED_DOINGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "delay": (frozenset(["delay"]), frozenset("cancel scrap axe".split())),
    "create": (
        frozenset("create add hire recruit generate".split()),
        frozenset("cut shed lose axe eliminate slash".split()),
    ),
    "open": (frozenset("open launch".split()), frozenset(["close", "shut"])),
}


def _opposed(kind: str) -> Callable[[str, Claim], str | None]:
    """The side of a count by its doing, of the pair of doings `kind` names
    (`_OPPOSED_DOINGS`): its first or its second, else None (either)."""
    one, other = _OPPOSED_DOINGS[kind]

    def side(name: str, c: Claim) -> str | None:
        if c.unit is not None:
            return None
        verb = c.verb if c.verb in one | other else _doing_by_noun(c) or c.verb
        return f"{kind}:1" if verb in one else f"{kind}:2" if verb in other else None

    return side


#: A doing told by its noun before the count: "forced the cancellation of 312 flights", "the
#: creation of 500 jobs", "the closure of 48 branches" (the noun and the verb it stands for).
_DOING_NOUNS = {
    "cancellation": "cancel",
    "delay": "delay",
    "creation": "create",
    "addition": "add",
    "loss": "lose",
    "elimination": "eliminate",
    "opening": "open",
    "launch": "launch",
    "closure": "close",
    "closing": "close",
}
_DOING_NOUN_BEFORE = re.compile(
    rf"\b(?P<noun>{'|'.join(_DOING_NOUNS)})s?\s+of\s+(?:{_ABOUT}\s*)?$", re.IGNORECASE
)


#: Counts whose own noun names the doing: "640 redundancies" and "1,200 layoffs" are jobs cut,
#: whatever the verb ("has made 640 redundancies").
_DOING_COUNTED = {"redundancy": "cut", "layoff": "cut"}


def _doing_by_noun(c: Claim) -> str | None:
    """The verb a doing's noun stands for: right before the count (`_DOING_NOUNS`) or as what
    it counts (`_DOING_COUNTED`)."""
    a, _ = number_in_quote(c)
    m = _DOING_NOUN_BEFORE.search(c.quote[max(0, a - 40) : a])
    if m is not None:
        return _DOING_NOUNS[m["noun"].lower()]
    head = (c.counted or "").split()[-1:]
    return _DOING_COUNTED.get(head[0]) if head else None


#: Two kinds of one measure that can both hold, by the rule that tells them apart: its two
#: sides (names no other split uses), and which side a figure is on (None: either). The
#: split is made only where both sides are given; the pairs across it are set aside under
#: the rule.
_SPLITS: list[tuple[str, tuple[str, str], Callable[[str, Claim], str | None]]] = [
    ("standing-total", ("standing", "done"), _standing_or_done),
    ("increment", ("added", "whole"), _added_or_whole),
    ("limit", ("limit", "amount"), _limit_or_amount),
    ("change-and-level", ("change", "level"), _change_or_level),
    ("margin", ("margin", "reading"), _margin_or_reading),
    ("subgroup", ("subgroup", "all"), _subgroup_or_all),
    ("habitual", ("usual", "event"), _usual_or_event),
    ("stake-and-whole", ("stake", "company"), _stake_or_whole),
    ("bought-and-held", ("bought", "held"), _bought_or_held),
    ("destroyed-and-damaged", ("destroyed", "damaged"), _destroyed_or_damaged),
    ("asked-and-granted", ("asked", "decided"), _asked_or_decided),
    *(("different-doings", (f"{k}:1", f"{k}:2"), _opposed(k)) for k in _OPPOSED_DOINGS),
]


def _two_sided(name: str, claims: list[Claim]) -> dict[int, set[str]]:
    """Each claim's side of every split (`_SPLITS`) of which both sides are given."""
    words: dict[int, set[str]] = defaultdict(set)
    for _, sides, side_of in _SPLITS:
        got = {id(c): side_of(name, c) for c in claims}
        if set(sides) <= set(got.values()):
            for key, side in got.items():
                if side is not None:
                    words[key].add(side)
    return words


#: Measures a person holds: a prison term, a fine, a candidate's support in a poll.
#: A person's time in a post, whatever post (`_office_held`).
_TENURE = "length of tenure"
#: A person's stays (`quantities.STAYS`), each told apart by its named subject.
_STAY_LENGTHS = frozenset(f"length of {stay}" for stay in STAYS)
#: Variant words of a holder or a post held: a figure naming neither joins each.
_HELD = ("of ", "as ", "tier ")


def _office_held(event: str) -> str | None:
    """The post a length's event names ("as mayor"; being "a firefighter" as "as
    firefighter"), "" for a post not named ("tenure"); None for no post."""
    if event == "tenure":
        return ""
    role = event.removeprefix("as ")
    return f"as {role}" if is_person_noun(role) else None


_HELD_BY_A_PERSON = frozenset(["term", "penalty", "support", "poll share", "vote share"])
_PERSON = r"([A-Z][a-z'’-]+(?:\s+(?:de|da|van|von|del|dos|bin|al)?\s*[A-Z][a-z'’-]+){1,2})"
#: A person named as the one a figure is of: "Lito Abad, 29, was", "sentenced Ramon Dizon",
#: "Grace Mwale leads the race", "challenger Felix Chiumia has the support of".
_HOLDER = re.compile(
    rf"\b(?:sentenced|jailed|fined|ordered|gave|handed)\s+(?:[a-z]+\s+)?{_PERSON}"
    rf"|{_PERSON},\s+(?:aged\s+)?\d{{1,3}},"
    rf"|{_PERSON}\s+(?:was|has|had|is|leads|led|won|wins|received|polled|got|secured|"
    r"garnered|trails|trailed)\b"
)


#: A defendant named by a part in a crime that only one of a gang plays: "the ringleader",
#: "who organised the import", against "the getaway driver", "for helping his brother".
_LEADING_PART = re.compile(
    r"\b(?:ring-?leader|leader|mastermind|organi[sz]er|kingpin|boss|who\s+(?:organi[sz]ed|led|"
    r"masterminded|ran|orchestrated|planned))\b",
    re.IGNORECASE,
)
_HELPING_PART = re.compile(
    r"\b(?:driver|getaway|courier|accomplice|look-?out|helper|henchman|who\s+(?:drove|helped|"
    r"carried|assisted|stored|hid|kept\s+watch|acted\s+as)|for\s+(?:helping|driving|carrying|"
    r"storing|assisting|hiding))\b",
    re.IGNORECASE,
)


#: The tier of a price beside its number: who pays ("adult", "child", "concession"; not
#: "residents", who are mostly a place's people), when ("peak", "off-peak"), what service
#: ("standard", "fast-track", "first class"), which fuel. Two tiers'
#: prices are two prices; a price naming none may be any tier's.
_PRICE_TIERS = re.compile(
    r"\b(?P<t>adults?|child(?:ren)?|concessions?|students?|seniors?|pensioners?|famil(?:y|ies)|"
    r"non-residents?|domestic|international|overseas|foreign|in-state|"
    r"out-of-state|off-peak|peak|standard|express|fast-track|expedited|priority|"
    r"economy|business[\s-]class|first[\s-]class|early[\s-]bird|wholesale|retail|"
    # which fuel: "diesel will rise by 31 cents a litre" is not petrol's price
    r"petrol|gasoline|diesel|paraffin|kerosene|unleaded|lpg|"
    # a list price against one after discounts: "at catalogue prices", "once discounts"
    r"list(?=\s+prices?)|catalogue|sticker|discount(?:s|ed)?|"
    r"members?|non-members?)\b",
    re.IGNORECASE,
)
#: One tier under its names.
_SAME_TIER = {
    "adults": "adult",
    "children": "child",
    "concessions": "concession",
    "students": "student",
    "seniors": "senior",
    "pensioners": "senior",
    "pensioner": "senior",
    "families": "family",
    "non-residents": "non-resident",
    "fast-track": "express",
    "expedited": "express",
    "priority": "express",
    "members": "member",
    "non-members": "non-member",
    "overseas": "international",
    "foreign": "international",
    "catalogue": "list",
    "sticker": "list",
    "discount": "discounted",
    "discounts": "discounted",
    "gasoline": "petrol",
    "unleaded": "petrol",
}
#: How far after a price's number its tier is read.
_TIER_REACH = 60
#: Another figure's number, where tiers of one price end: not a year, nor a day of a month.
_DIGITS = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*(?![\d.,])"
    r"(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)


def _price_tiers(c: Claim) -> frozenset[str]:
    """The tiers a price's sentence names beside its number (`_PRICE_TIERS`), folded ("tier
    adult", "tier off-peak", "tier express")."""
    a, b = number_in_quote(c)
    # the words since the number before (or the sentence's start): "International students
    # … will pay A$48,000", "Adult tickets cost £45 and concession tickets £15"; else those
    # up to the next number, "will pay $59 for a standard adult appointment"
    start = max((m.end() for m in _DIGITS.finditer(c.quote, 0, a)), default=0)
    after = next(_DIGITS.finditer(c.quote, b), None)
    end = min(after.start() if after else len(c.quote), b + _TIER_REACH)
    near = [m["t"] for m in _PRICE_TIERS.finditer(c.quote, start, a)] or [
        m["t"] for m in _PRICE_TIERS.finditer(c.quote, b, end)
    ]
    tiers = {re.sub(r"\s+", "-", t.lower()) for t in near}
    return frozenset("tier " + _SAME_TIER.get(t, t) for t in tiers)


#: The lowest or the highest of a price's tiers, told beside its number: "fares from €49",
#: "prices starting at $89", "the base model, priced at $799", "the dearest seats cost $420".
#: One end of the range is not a price of any tier: compared only with the same end.
_LOWEST_PRICE = re.compile(
    r"(?:\b(?:start(?:s|ing|ed)?\s+(?:at|from)|as\s+little\s+as)\s+(?:just\s+|only\s+)?$|"
    # "from" only after what is sold: "one-way fares from €49", "rooms from $89 a night"
    r"\b(?:fares?|tickets?|prices?|rooms?|seats?|packages?|plans?|models?|flights?|"
    r"passes|pass|deals?|holidays?|trips?|tours?|menus?)\b(?:\s+[\w-]+){0,3}?\s+from\s+"
    r"(?:just\s+|only\s+)?$)",
    re.IGNORECASE,
)
#: (not "the lowest since 2021", a record; nor "the base rate", the bank's)
_LOWEST_WORDS = re.compile(
    r"\b(?:cheapest|entry-level|base\s+(?:model|price|fare|version|ticket))\b", re.IGNORECASE
)
_HIGHEST_WORDS = re.compile(r"\b(?:dearest|priciest|top-price)\b(?!\s+\w+\s+ever\b)", re.I)
#: Taxes and fees told as in a price: "including taxes", "once airport charges, taxes and a
#: booking fee were included", "with VAT", "plus fees" (told either way, it is not the bare
#: price).
_ALL_IN = re.compile(
    r"\b(?:includ\w*|inclusive\s+of|with|plus|once|after|excluding|before|without)\s+"
    r"(?:[\w'’-]+\s+|,\s+){0,6}?(?:tax(?:es)?|VAT|GST|fees?|surcharges?|airport\s+charges?)\b",
    re.IGNORECASE,
)
#: The words `_price_end` gives.
_PRICE_ENDS = frozenset(["lowest", "highest"])
#: "from $69 to $420": a range's start, not the lowest tier alone.
_RANGE_END_AFTER = re.compile(r"^\s*(?:to|-|–)\s*\S*\d")


def _price_end(c: Claim) -> frozenset[str]:
    """The "lowest" or "highest" for a price told as one end of a range of tiers
    (`_LOWEST_PRICE`), by the words before its number in its clause; "all-in" for one told
    with or without its taxes and fees (`_ALL_IN`)."""
    a, b = number_in_quote(c)
    before = c.quote[max(0, a - _TIER_REACH) : a]
    clause = re.split(r"[;:]|,\s+(?:and|but|while|with)\b", before)[-1]
    # a price with taxes and fees in is another figure than the fare alone: "costing €87
    # once airport charges, taxes and a booking fee were included"
    all_in = {"all-in"} if _ALL_IN.search(c.quote[max(0, a - 80) : b + 80]) else set()
    if _LOWEST_PRICE.search(before) and not _RANGE_END_AFTER.match(c.quote[b:]):
        return frozenset({"lowest"} | all_in)
    if _LOWEST_WORDS.search(clause):
        return frozenset({"lowest"} | all_in)
    if _HIGHEST_WORDS.search(clause):
        return frozenset({"highest"} | all_in)
    return frozenset(all_in)


def _part_in_a_crime(c: Claim) -> str | None:
    """For a prison term whose sentence names no person: the part its defendant played, where
    the sentence names one of a leader or of a helper (not both): a gang's leader and its
    driver are two people, whose two terms are never one."""
    leads, helps = _LEADING_PART.search(c.quote), _HELPING_PART.search(c.quote)
    if bool(leads) == bool(helps):
        return None
    return "a leader" if leads else "a helper"


def _holder(c: Claim) -> str | None:
    """The surname of the one person the figure's sentence names as its holder (`_HOLDER`),
    if it names exactly one: two such figures of two people are two people's."""
    found = {
        fold(next(g for g in m.groups() if g).split()[-1])
        for m in _HOLDER.finditer(c.quote)
        if not _PLACE_BEFORE_HOLDER.search(c.quote[max(0, m.start() - 20) : m.start()])
    }
    found -= NOT_FIRST_NAMES
    return found.pop() if len(found) == 1 else None


#: A change measured against the same time a year before: "year on year", "than a year
#: earlier", "than in the same quarter last year".
_ON_A_YEAR = re.compile(
    r"\b(?:year[\s-]on[\s-]year|y/y|(?:than|from|on|over|compared\s+with)\s+(?:a|one)\s+year\s+"
    r"(?:earlier|ago|before)|(?:than|from|on|compared\s+with)\s+(?:in\s+)?the\s+same\s+"
    r"(?:quarter|months?|period|time|weeks?)\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|"
    # "compared with the same months of 2025": the same span a year before, by its year
    r"(?:of|in)\s+(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
#: A change measured against the period before: "quarter on quarter", "from the previous
#: three months", "in the second quarter from the first".
_ON_THE_PERIOD_BEFORE = re.compile(
    r"\b(?:quarter[\s-]on[\s-]quarter|month[\s-]on[\s-]month|q/q|m/m|(?:than|from|on|over|"
    r"compared\s+with)\s+(?:in\s+)?the\s+(?:previous|preceding|prior|first|second|third)\b)",
    re.IGNORECASE,
)
#: Measures of an economy's growth: given for a quarter with no base named, the base is the
#: quarter before (as statistics offices publish it), never the same quarter a year before.
_GROWTH = frozenset(["economy", "gdp", "output", "growth", "economic growth"])


#: What a premium is measured against: "a 32% premium to Thursday's closing price", "a 45
#: per cent premium to the stock's three-month average", "over the 30-day VWAP".
_PREMIUM_BASE = re.compile(
    r"^[^.;]{0,25}?\bpremium\s+(?:to|over|on)\s+[^.;]{0,40}?(?:(?P<average>average|vwap|"
    r"volume[\s-]weighted)|clos(?:e|ing))\b",
    re.IGNORECASE,
)


def _basis(name: str, c: Claim) -> str | None:
    """What a change in per cent is measured against, where its sentence says or its
    measure implies it: "on a year" or "on the period before"."""
    if c.unit != "%":
        return None
    if name.split(" (")[0] == "premium":
        # a bid's premium to the last close, or to an average price over weeks or months
        base = _PREMIUM_BASE.match(c.quote[number_in_quote(c)[1] :])
        if base is not None:
            return "to an average price" if base["average"] else "to the last close"
    if _ON_A_YEAR.search(c.quote):
        return "on a year"
    if _ON_THE_PERIOD_BEFORE.search(c.quote):
        return "on the period before"
    if name.split(" (")[0] in _GROWTH and "quarter" in _window_key(c):
        return "on the period before"  # "grew 0.3% in the third quarter"
    return None


#: The lengths of time a penalty comes with, each named by code from its sentence's words:
#: the term, a ban or suspension, and a part of the term served before parole.
_LENGTHS_OF_A_PENALTY = frozenset(["term", "ban", MINIMUM_TERM])


def _told_apart(x: str, y: str) -> bool:
    """Two measures code has named as two things: two categories ("killed", "injured"), two
    aspects of a thing ("depth of shaft", "width of shaft"), one with a qualifier of the
    other ("share (first round)"), one result of two holders ("vote share of yes", "vote
    share of no"), or a holder's result and a category ("vote share of yes" and "turnout")."""
    if x in _CATEGORIES and y in _CATEGORIES:
        return True
    if [q for q in _STANCES if f"({q})" in x] != [q for q in _STANCES if f"({q})" in y]:
        return True  # a side's demand, its offer, and what was agreed: three things
    if [q for q in _NOT_THE_EVENT if f"({q})" in x] != [q for q in _NOT_THE_EVENT if f"({q})" in y]:
        return True  # "an average season has seven hurricanes": no count of this season's
    if _PER_PERIOD_NAME.search(x) or _PER_PERIOD_NAME.search(y):
        # "£2.5 million a year" and "a contract worth £12.5 million": a rate and a total
        return True
    aspect_x, aspect_y = x.split(" of ")[0], y.split(" of ")[0]
    if aspect_x in ASPECTS and aspect_y in ASPECTS and aspect_x != aspect_y:
        return True  # "depth of shaft" and "width of shaft"
    if x.split(" (")[0] == y.split(" (")[0]:
        return True
    if x.startswith("cut of ") and y.startswith("cut of "):
        return True  # "reduced hospitalisations by 38%", "reduced deaths by 58%": two cuts
    if any(n.split(" (")[0] in _CHANGES_ON_A_YEAR and " (" in n for n in (x, y)):
        return True  # "services inflation rose 4.1%", "petrol rose 4.8%": two parts' rates
    if x.startswith(_SPELL_WITHOUT) and y.startswith(_SPELL_WITHOUT):
        return True  # "143 days without rain", "40 days without power": two spells
    if _traced_qualifier(x) != _traced_qualifier(y):
        return True  # "a total of €1.1bn" for five firms and one firm's "€340m"
    if {x.split(" (")[0], y.split(" (")[0]} <= _LENGTHS_OF_A_PENALTY:
        return True  # "jailed for 18 months" and "suspended for two years": two lengths
    if x.startswith("age of ") and y.startswith("age of ") and "age of someone" not in (x, y):
        return True  # "age of lena holm" and "age of arvid holm": two people's ages
    if x.startswith("temperature") and y.startswith("temperature"):
        return True  # the water's and the air's: two readings ("temperature of sea")
    held_x, held_y = _RESULT_OF.match(x), _RESULT_OF.match(y)
    if held_x is not None and held_y is not None:
        return True
    return (held_x is not None and y in _CATEGORIES) or (held_y is not None and x in _CATEGORIES)


def _pair_other_words(
    measures: dict[int, Measure],
    claims_by_brief: list[list[tuple[Figure, Claim]]],
    repeats: set[int],
) -> dict[int, Pairing]:
    """Figures two articles count under different words, read as one measure
    (`pairing.pair_other_words`); the pairings, by claim, to be written on what they give."""
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for pairs in claims_by_brief:
        for _, c in pairs:
            by_source[c.source].append(c)
    paired = pair_other_words(
        by_source,
        name_of=lambda c: measures[id(c)].name,
        comparable=lambda c: measures[id(c)].comparable,
        told_apart=lambda x, y: (
            _told_apart(measures[id(x)].name, measures[id(y)].name)
            or _harm_named_once(measures[id(x)].name, measures[id(y)].name, x, y)
            or _a_poll_and_a_result(measures[id(x)].name, measures[id(y)].name, x, y)
        ),
        agree=accounts_for,
        skip=lambda c: id(c) in repeats,
    )
    for claim_id, pairing in paired.items():
        measures[claim_id] = Measure(pairing.name, True)
    return paired


#: Qualifiers that make a figure no count of the event itself, traced as different variants
#: where its figure and a plain one of the same measure cannot both hold: a bar to clear, a
#: normal, a moment of a trading day, the days a doing with breaks spans.
_TRACED_VARIANTS = ("threshold", "normal", "intraday", "days spanned")


def _a_poll_and_a_result(x: str, y: str, one: Claim, other: Claim) -> bool:
    """A poll's reading ("stands at 24%" in a poll's story) and a share whose own sentence
    reads no poll ("came second with 25.1%"): a poll and a result, never one quantity."""
    polls = [n.startswith("poll share") for n in (x, y)]
    if polls[0] == polls[1]:
        return False
    plain = other if polls[0] else one
    return not is_poll_reading(plain.quote)


def _two_plain_things(nouns: set[str]) -> bool:
    """Two counts paired across words whose nouns' heads name different things ("five
    languages", "11 countries"; "five Test hundreds", "23 matches"): the words around them
    made them one measure, the nouns say they are two, so the pair is worth a look, not a
    flag. Near words ("homes", "houses"; `senses`), people, animals, vehicles or occasions
    in general ("12,600 times", "9,800 spills") may be one count."""
    heads = {n.split(" (")[0].rpartition(" ")[2] for n in nouns}  # "test hundred": hundred
    if len(nouns) != 2 or len(heads) != 2 or not all(h.isalpha() for h in heads):
        return False  # "(predict)": no noun
    if heads & (_GENERIC | _KINDS_OF_ALL | _CATEGORIES):
        return False
    one, other = sorted(heads)
    return not senses.near(stem(one), stem(other))


#: Nouns that name things of every kind, so may be another noun's count: "6,100 animals"
#: may be "6,100 caribou", "120,000 vehicles" the "84,000 cars".
_KINDS_OF_ALL = frozenset(
    "animal creature bird fish species thing item unit vehicle vessel craft building "
    "property structure facility site product device machine object "
    # occasions of any doing: "discharged 12,600 times" may be "9,800 spills"
    "time occasion incident event instance".split()
)


#: What befell people (or animals), named by a verb or noun near the number ("died",
#: "injured", "taken to hospital"); not an illness, whose cases go by many names ("cases",
#: "fell ill").
_HARMS = {
    **{name: p for name, p in MEASURES if name in ("killed", "injured", "missing", "trapped")},
    "hospitalised": _HOSPITAL,
}


def _harm_named_once(x_name: str, y_name: str, x: Claim, y: Claim) -> bool:
    """One figure counts what befell them ("Nineteen pilot whales died": killed) and the
    other's words near its number name no such thing ("27 pilot whales stranded"): the
    dead may be some of the stranded, never all of them by another name ("three were taken
    to hospital" are not "a coach carrying 40")."""
    for other, named in ((y, x_name), (x, y_name)):
        harm = _HARMS.get(named.split(" (")[0])
        lost = named.startswith("killed") and other.verb in ("lose", "claim")
        if harm is not None and not lost and not harm.search(_near_number(other, 60)):
            return True  # ("we have lost 81 people to the outbreak": deaths, by its verb)
    return False


def _near_number(c: Claim | Figure, reach: int, quote: str | None = None) -> str:
    """The words of a claim's sentence (or of `quote`, that sentence with words blanked)
    within `reach` characters either side of its number."""
    a, b = number_in_quote(c)
    return (quote or c.quote)[max(0, a - reach) : b + reach]


def accounts_for(x: Claim, y: Claim) -> bool:
    """Another article's value `y` may be what `x` counts, under whatever name: their values
    overlap or rounding explains them. An open bound accounts for no figure: "at least 6%"
    holds of every share above it."""
    if {x.qualifier, y.qualifier} & {"at_least", "at_most"}:
        return False
    return _values_agree(x, y)


def _values_agree(x: Claim, y: Claim) -> bool:
    """Two values can both hold: their intervals overlap, or rounding explains the gap."""
    return _overlap(x, y) or _rounding_explains(*sorted((x, y), key=_low))


#: A sentence's last character that a headline lacks.
_SENTENCE_END = re.compile(r"[.!?\"”’']\s*$")


def _headline_repeats(pairs: list[tuple[Figure, Claim]]) -> list[Claim]:
    """An article's headline figures (its first line, written as no sentence) that its body
    gives again with the same value and unit: the body's sentence says what is counted, over
    what window and with what qualifier ("$6.1bn deal" / "valued at $6.1bn including debt",
    "Fourteen new cases" / "14 new cases in the past week"), so the body's figure is compared
    and the headline's is set aside. A figure only the headline gives is compared. A share
    the headline writes as a fraction is the body's per cent it rounds ("Two-thirds of
    doctors back strikes" / "67 per cent of those responding")."""
    body = {(c.value, c.unit) for f, c in pairs if f.span[0] > 0 and c.value is not None}
    shares = [c for f, c in pairs if f.span[0] > 0 and c.unit == "%" and c.value is not None]
    return [
        c
        for f, c in pairs
        if f.span[0] == 0
        and not _SENTENCE_END.search(f.quote)
        and len(f.quote) < 200
        and (
            (c.value, c.unit) in body
            or (c.unit == "%" and any(_values_agree(c, d) for d in shares))
        )
    ]


def _named_by_the_headline(
    measures: dict[int, Measure],
    claims_by_brief: list[list[tuple[Figure, Claim]]],
    repeats: set[int],
) -> None:
    """A body figure that repeats a headline's number under no noun of its own ("31 HURT IN
    CRASH" / "leaving 31 injured"; "142 passengers" / "a jet carrying 142 pax") counts what
    the headline says it counts: one number of one article, named once. Only where the body
    names nothing but a verb and the headline names a thing code is sure of; only counts (a
    sum's headline word, "cost" or "deal", says less than the body's sentence)."""
    for pairs in claims_by_brief:
        named: dict[tuple[float | None, str | None], Measure] = {
            (c.value, c.unit): measures[id(c)]
            for _, c in pairs
            if id(c) in repeats
            and c.unit is None
            and measures[id(c)].comparable
            and not measures[id(c)].name.startswith("(")
        }
        # a share the headline writes as a fraction: "Two-thirds of doctors back strikes"
        fractions = [
            c
            for _, c in pairs
            if id(c) in repeats
            and c.unit == "%"
            and not re.search(r"\d", c.number)
            and measures[id(c)].comparable
            and not measures[id(c)].name.startswith("(")
        ]
        for f, c in pairs:
            m = measures[id(c)]
            if f.span[0] == 0 or not m.name.startswith("("):
                continue
            if (c.value, c.unit) in named:
                measures[id(c)] = named[(c.value, c.unit)]
            elif c.unit == "%":
                # "found 67 per cent of those responding would back strike action": the
                # headline's two-thirds, rounded
                agreeing = [h for h in fractions if _values_agree(h, c)]
                if len(agreeing) == 1:
                    measures[id(c)] = measures[id(agreeing[0])]


#: A company's officer named by title before the name ("chief executive Sabine Leitgeb"),
#: or after it ("Sabine Leitgeb, the bank's chief executive"): who speaks for the company.
_OFFICER = (
    r"(?:chief\s+executive|chief\s+financial\s+officer|CEO|CFO|chair(?:man|woman)?|"
    r"managing\s+director|finance\s+director|spokes(?:man|woman|person)|founder|boss)"
)


def _speaks_for_the_company(c: Claim) -> bool:
    """The forecast's source is named as an officer of a company: what the company says."""
    name = (c.attributed_to or "").strip()
    if not name:
        return False
    said = re.escape(name)
    return bool(
        re.search(rf"\b{_OFFICER}\s+{said}", c.quote, re.IGNORECASE)
        or re.search(rf"{said},\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_OFFICER}\b", c.quote)
    )


def _forecaster(c: Claim) -> str | None:
    """Who gives a forecast, by the last word of its name: "Donald Trump" and "Trump" are
    one."""
    bare = [w for w in (c.attributed_to or "").split() if w.lower() not in ("the", "a", "an")]
    if (len(bare) == 1 and bare[0].islower()) or _speaks_for_the_company(c):
        # "the company", "the retailer": one noun standing for the story's subject, which
        # two articles may call by two words, and its officers ("chief executive Sabine
        # Leitgeb") speak for it; a name or a longer description tells two sources apart
        # ("the IMF", "the central bank")
        return None
    words = fold(c.attributed_to).split() if c.attributed_to else []
    return words[-1] if words else None


#: A poll named by who ran it: "a Nichiyo Shimbun poll", "a survey by the Tohoku Press
#: agency", "according to Meridian Research".
#: A pollster named before its poll ("a Peilwerk poll") or after it ("a survey by Helix
#: Research"); each read on its own, so "A survey" opening a sentence hides no name after it.
_POLL_BY = (
    re.compile(
        r"\b((?:[A-Z][\w&'’.-]*\s+){1,4})(?:(?:online|telephone|phone|new|latest|weekly|"
        r"monthly|snap|exit)\s+)?(?:poll|survey)\b"
    ),
    re.compile(
        r"\b(?:poll|survey)\s+(?:\w+\s+){0,3}?(?:by|for|from)\s+(?:the\s+)?"
        # "a poll by the Nairobi research firm Mizani Insights": the firm, not its town
        r"(?:(?:[\w-]+\s+){0,2}?(?:firm|company|agency|institute|pollster|group)\s+)?"
        r"((?:[A-Z][\w&'’.-]*\s*){1,4})"
    ),
)


_NOT_POLLSTERS = frozenset(
    "a an the this that its their our his her new latest another one".split()
)


def _pollster(c: Claim) -> str | None:
    """Who ran the poll a share comes from, if its sentence names one: two pollsters' polls
    are two measurements, both of which can be right."""
    found = sorted(
        (m for pattern in _POLL_BY for m in pattern.finditer(c.quote)), key=lambda m: m.start()
    )
    for m in found:
        words = [w for w in fold(m.group(1)).split() if w not in _NOT_POLLSTERS]
        if words:
            return words[0]
    return None


def _polls_read_as_polls(
    measures: dict[int, Measure],
    claims_by_brief: list[list[tuple[Figure, Claim]]],
    pollsters: dict[str, str],
) -> None:
    """In an article about one poll, a party's standing ("The Coalition stood at 34%", "was on
    36 per cent") is the poll's reading, not a result, though its own sentence names no poll
    and the article names no pollster: only a verb of winning makes it a vote share. A vote
    a poll's own sentence gives ("a poll putting its vote at 41%") is the poll's share."""
    for pairs in claims_by_brief:
        # the claims whose sentence names a poll; an article with one reports a poll, named
        # or not ("a poll for this newspaper")
        in_poll = {id(c) for _, c in pairs if _A_POLL.search(c.quote)}
        polls = bool(in_poll)
        for f, c in pairs:
            m = measures[id(c)]
            standing = f.verb in (None, "stand", "sit", "remain")
            held = m.name.startswith("vote share of ")
            if (c.source in pollsters or polls) and held and standing:
                measures[id(c)] = Measure(
                    "poll share of " + m.name.removeprefix("vote share of "), True, m.plain
                )
            elif c.unit == "%" and m.name == "vote" and id(c) in in_poll:
                # "a poll putting its primary vote at 41 per cent": the poll's reading
                measures[id(c)] = Measure("poll share", True, m.plain)


#: A poll, one (not "the polls closed", "polling stations").
_A_POLL = re.compile(
    r"\b(?:poll|survey)\b(?!\s+(?:station|booth|clerk|worker|official|day))", re.IGNORECASE
)
#: A poll, survey or study whose finding a share is.
_A_FINDING = re.compile(
    r"\b(?:poll|survey|study|census|questionnaire|respondents)\b"
    r"(?!\s+(?:station|booth|clerk|worker|official|day))",
    re.IGNORECASE,
)


def _article_pollsters(
    claims_by_brief: list[list[tuple[Figure, Claim]]], polled: dict[int, str | None]
) -> dict[str, str]:
    """Each article's one pollster, where its sentences name one only (`polled`: each
    claim's own, by `_pollster`)."""
    out = {}
    for pairs in claims_by_brief:
        named = {p for _, c in pairs if (p := polled[id(c)]) is not None}
        if len(named) == 1 and pairs:
            out[pairs[0][1].source] = named.pop()
    return out


def _one_source_each(
    label: str, claims: list[Claim], out: Comparison, source: Callable[[Claim], str | None]
) -> list[Claim]:
    """Figures of one thing from one source: those of the most cited one, with those whose
    source no sentence names. Two bodies' forecasts ("the central bank expects 2.1%", "the
    IMF forecasts 1.4%") or two pollsters' polls can each be what each found; they are set
    aside."""
    by: dict[str, list[Claim]] = defaultdict(list)
    keys = _sources_named_beside(claims, {id(c): source(c) for c in claims})
    for c in claims:
        if (key := keys[id(c)]) is not None:
            by[key].append(c)
    if len(by) < 2:
        return claims
    main = max(by, key=lambda k: len(by[k]))
    others = [c for k, group in by.items() if k != main for c in group]
    apart = {id(c) for c in others}
    kept = [c for c in claims if id(c) not in apart]
    _trace_pairs("different-sources", label, others, kept, out)
    return kept


#: The words next to a verb of saying, folded: who says ("economy minister ana ruiz said",
#: "told agency science director lena vogt").
_SPEAKER = re.compile(
    r"((?:[\w'’-]+\s+){1,5})(?:said|says|told|tells|announced)\b"
    r"|\b(?:said|says|told|tells|announced)((?:\s+[\w'’-]+){1,5})"
)


def _sources_named_beside(
    claims: list[Claim], keys: dict[int, str | None]
) -> dict[int, str | None]:
    """Each claim's source, two sources taken as one where a sentence of one names the other
    as its speaker (`_SPEAKER`) and that other gives no figure of the sentence itself: "the
    government estimates $2bn, finance minister Ana Ruiz said" is Ruiz's figure too, beside
    "Ruiz put the cost at $3bn". (Two sources each with a figure of their own in one sentence
    stay two: "the IMF expects 1.4%, the central bank said it expected 2.1%"; nor is a
    source merely named a speaker: "the bank's forecast is gloomier than the IMF's".)"""
    joined: _Joined[str] = _Joined()
    # the sources that give a figure of each sentence
    own: dict[tuple[str, tuple[int, int]], set[str | None]] = defaultdict(set)
    for c in claims:
        own[(c.source, c.span)].add(keys[id(c)])
    for c in claims:
        key = keys[id(c)]
        if key is None:
            continue
        speakers = {w for m in _SPEAKER.findall(fold(c.quote)) for g in m for w in g.split()}
        for o in claims:
            other = keys[id(o)]
            if (
                other is None
                or o.source == c.source
                or other in own[(c.source, c.span)]
                or other not in speakers
            ):
                continue
            joined.join(*sorted((joined.root(key), joined.root(other))))
    return {i: (joined.root(k) if k is not None else None) for i, k in keys.items()}


_K = TypeVar("_K")


class _Joined(Generic[_K]):
    """Keys joined into sets (union-find): each set is named by one of its keys, its root."""

    def __init__(self) -> None:
        self._parent: dict[_K, _K] = {}

    def root(self, key: _K) -> _K:
        while self._parent.get(key, key) != key:
            parent = self._parent[key]
            self._parent[key] = self._parent.get(parent, parent)
            key = parent
        return key

    def join(self, one: _K, other: _K) -> None:
        """Join `other`'s set to `one`'s: the root of `one` names both."""
        a, b = self.root(one), self.root(other)
        if a != b:
            self._parent[b] = a


def _trace_excluded(
    name: str, excluded: list[tuple[str, Claim]], pool: list[Claim], out: Comparison
) -> None:
    """A set-aside record for each excluded claim another article's number contradicts (at
    most SET_ASIDE_PER_GROUP a rule)."""
    per_rule: dict[str, int] = defaultdict(int)
    extremes = _Extremes(pool) if excluded else None
    for rule, c in excluded:
        if per_rule[rule] >= SET_ASIDE_PER_GROUP or (c.low is None and c.high is None):
            continue
        other = extremes.clash(c) if extremes is not None else None
        if other is not None:
            per_rule[rule] += 1
            out.set_apart(rule, name, c, other)


def _trace_pairs(
    rule: str, name: str, claims: list[Claim], others: list[Claim] | _Extremes, out: Comparison
) -> None:
    """A set-aside record for the first claims of `claims` that one of `others` (another
    article's) contradicts."""
    recorded = 0
    extremes = others if isinstance(others, _Extremes) else _Extremes(others)
    for c in claims:
        if recorded >= SET_ASIDE_PER_GROUP:
            return
        if c.low is None and c.high is None:
            continue
        other = extremes.clash(c)
        if other is not None:
            recorded += 1
            out.set_apart(rule, name, c, other)


def _compare(name: str, place: str | None, claims: list[Claim], out: Comparison) -> None:
    """Value conflicts among standing counts of one window; a tally where a moving count
    differs; period conflicts across windows; rounding and windows leave their trace."""
    windows = _by_window(claims, name)
    first = _Extremes(windows[0]) if len(windows) > 1 else None
    for i, same_window in enumerate(windows):
        if i and first is not None:
            _trace_pairs("different-windows", name, same_window, first, out)
        if len({c.source for c in same_window}) < 2:
            continue
        moving = [c for c in same_window if c.moving and _can_move(name, c)]
        moved = {id(c) for c in moving}
        pairs = _clashing_pairs([c for c in same_window if id(c) not in moved])
        pairs = _kept_apart(pairs, _two_moments, "different-moments", name, out)
        pairs = _kept_apart(pairs, _two_matches, "different-matches", name, out)
        pairs = _kept_apart(pairs, _revised, "revised", name, out)
        rounded = [p for p in pairs if _rounding_explains(*p)]
        pair = next((p for p in pairs if not _rounding_explains(*p)), None)
        if rounded and pair is None:
            out.set_apart("rounding", name, *rounded[0])
        if pair is not None and not any(_overlap(m, c) for m in moving for c in pair):
            _flag_or_doubt(_value_conflict(name, place, pair), out)
        elif not pairs and not moving:
            ceilings = _ceilings_of_one_measurement(name, place, same_window, out)
            if not ceilings and not _floors_of_one_count(name, place, same_window, out):
                _far_floors(name, place, same_window, out)
            _far_above_floor(name, place, same_window, out)
        # A clash one side of which another article shows the count moving to ("brought the
        # gap to 12 points" beside "a 12 point lead" and "19 points clear") is the count
        # moving: part of the tally below, not a flag.
        if moving and _moved(same_window):
            tally, conflicts = _tally(name, place, same_window)
            # a pair is a flag or a tally, never both: a tally with a flag is shown as its flag
            # a later figure told as a revision of an earlier one ("revising up its
            # overnight figure of 40") is no count going back, nor two of one day
            superseded = [c for c in conflicts if _revised(*c.claims)]
            for conflict in superseded:
                out.set_apart("revised", name, *conflict.claims)
            conflicts = [c for c in conflicts if c not in superseded]
            if not conflicts:
                out.tallies.append(tally)
            for conflict in conflicts:
                _flag_or_doubt(conflict, out)
    flags, looks = _period_conflicts(name, place, claims)
    out.conflicts += flags
    out.worth_a_look += looks


def _kept_apart(
    pairs: list[tuple[Claim, Claim]],
    apart: Callable[[Claim, Claim], bool],
    rule: str,
    name: str,
    out: Comparison,
) -> list[tuple[Claim, Claim]]:
    """The clashing pairs `apart` does not keep apart; where it keeps every one apart, the
    first is recorded as set aside by `rule` (a clash left stands for them all)."""
    told = [apart(*p) for p in pairs]
    kept = [p for p, two in zip(pairs, told, strict=True) if not two]
    if pairs and not kept:
        out.set_apart(rule, name, *pairs[0])
    return kept


def _two_matches(x: Claim, y: Claim) -> bool:
    """Each sentence names a match by its two sides and no side is in both: "a crowd of
    30,000 saw Chile beat Peru 2-0" and "45,000 saw Brazil beat Bolivia 3-1" are two
    matches' crowds (a side is no place: `_sides_no_places` in figures)."""
    one, other = _match_sides(x.quote), _match_sides(y.quote)
    if one is None or other is None:
        return False
    # a short and a long form of one side are one side ("Harwick", "Harwick Town")
    words = [(set(a.split()), set(b.split())) for a in one for b in other]
    return not any(a <= b or b <= a for a, b in words)


def _match_sides(sentence: str) -> frozenset[str] | None:
    """The two sides of the first final score a sentence names both sides of, or None."""
    for m in final_scores(sentence):
        sides = result_sides(sentence, *m.span())
        if sides is not None and " v " in sides:
            return frozenset(sides.split(" v "))
    return None


def _two_moments(x: Claim, y: Claim) -> bool:
    """Two figures stamped with different hours ("as of 9am", "in an update at 14:00"; a part
    of the day is the hours it may mean: "this morning" may be 9am): a count or a reading
    that changes through the day can hold both. A count of those in a state ("still without
    power", "remained closed") is a reading of a moment: one of another day, or of another
    hour however it is said ("were without power at 6am", "by 9pm"), can hold with it."""
    if _apart(hour_span(x.quote), hour_span(y.quote)):
        return True
    if x.unit == EVENT_LENGTH_UNIT:
        return False  # "stranded for two hours": how long a state lasted, not a moment of it
    # two forecasts of the temperature, each for its own day ("around -6C throughout the
    # storm", told on Wednesday; "dropping to -15C by Sunday", told on Friday): a forecast names
    # its day, or is for the days its article is about
    forecasts = x.unit in _TEMPERATURES and x.outlook == y.outlook == "expected"
    if forecasts and (_named_day(x) or x.article_date) != (_named_day(y) or y.article_date):
        return True
    if _on_two_days(x, y):
        return True
    if not (
        _IN_A_STATE.search(x.quote)
        or _IN_A_STATE.search(y.quote)
        or all(_A_DAYS_MOVE.search(c.quote) for c in (x, y))
    ):
        return False
    one_day, other_day = _named_day(x), _named_day(y)
    if one_day is None and other_day is None:
        # neither names its day: each stands on its article's
        one_day, other_day = x.article_date, y.article_date
    if one_day and other_day and one_day != other_day:
        return True
    return _apart(hour_span(x.quote, loose=True), hour_span(y.quote, loose=True))


#: A market's move, which is a day's: "its shares jumped 28 per cent", "the index fell 2.1%"
#: (told in articles of two dates, neither naming its day: two days' moves).
_A_DAYS_MOVE = re.compile(
    r"\b(?:shares?|stocks?|index|currency|bonds?|yields?)\b[^.;]{0,40}?\b(?:rose|fell|jumped|"
    r"dropped|climbed|slid|slumped|soared|surged|gained|lost|tumbled|plunged|rallied|sank|"
    r"edged\s+(?:up|down)|closed\s+(?:up|down))\s+(?:by\s+)?(?:as\s+much\s+as\s+)?[\d.]+"
    r"\s*(?:%|per\s*cent|percent)",
    re.IGNORECASE,
)


def _on_two_days(x: Claim, y: Claim) -> bool:
    """Each sentence dates its figure to one day of its own, by the day's name, the event's
    and not the day it was told, and the days differ: "six flights were cancelled on
    Monday" and "eleven were cancelled on Tuesday" are two days' counts. "The quake on
    Monday killed 41" against "officials said on Tuesday it had killed 57" names one day of
    the event only."""
    days = [
        c.event_date if _told_day(c) is None and len(_ONE_DAY.findall(c.quote)) == 1 else None
        for c in (x, y)
    ]
    return days[0] is not None and days[1] is not None and days[0] != days[1]


#: A day a sentence names by its name or as the day before: one such word dates its event
#: ("from 8am on Wednesday to 8am on Thursday" names a span; "today" in a quote is the day
#: it was said, not the article's).
_ONE_DAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b", re.IGNORECASE
)


def _named_day(c: Claim) -> str | None:
    """The day a claim's sentence gives it: the day it is told, the day it names, or, for a
    state told in the present ("remain without power"), its article's day; None where the
    sentence names none (its article's date may be a day after the event)."""
    told = _told_day(c)
    if _IN_A_STATE.search(c.quote) and _NOW_IN_A_STATE.search(c.quote):
        return told or c.article_date
    return told or c.event_date


def _revised(x: Claim, y: Claim) -> bool:
    """One of two figures is told as a revision of an earlier figure ("revised up to 64",
    "revising up its morning estimate", "raised its offer to 705p", "cut its forecast to
    1.8%"), the other is not, lies on the side the revision came from (below a figure
    revised up, above one revised down; either side where the sentence does not say which
    way), and is told as the earlier figure (`_earlier`): superseded. Two reports of the
    revised figure itself ("cut its forecast to 1.8%", "now expects 2.9%") still clash."""
    way_x, way_y = _revision(x.quote), _revision(y.quote)  # each sentence read once
    for new, old, way, old_way in ((x, y, way_x, way_y), (y, x, way_y, way_x)):
        if way is None or old_way is not None:
            continue
        high = _high(old)
        below = high is not None and high < _low(new)
        above = _high(new) is not None and _low(old) > (_high(new) or 0.0)
        if ((below and way in ("up", "")) or (above and way in ("down", ""))) and _earlier(
            old, new
        ):
            return True
    return False


def _earlier(old: Claim, new: Claim) -> bool:
    """`old` is told as an earlier figure than `new`: as a first or estimated one ("a first
    estimate", "an estimated $48.2 million"), on an earlier day, or at an earlier hour of
    one day ("on Tuesday morning" against "on Tuesday evening")."""
    if _EARLY_FIGURE.search(old.quote):
        return True
    # days the sentences name (not their articles' dates: one article may tell both)
    then_day, now_day = _told_day(old) or old.event_date, _told_day(new) or new.event_date
    if then_day and now_day and then_day != now_day:
        return then_day < now_day
    if (
        not then_day
        and not now_day
        and old.source != new.source
        and old.article_date
        and new.article_date
        and old.article_date != new.article_date
    ):
        # neither sentence names a day: the articles' dates tell which came first ("has
        # offered NOK 118 a share", told a week before "has raised its offer to NOK 131")
        return old.article_date < new.article_date
    if (then_day is None) != (now_day is None) and old.source != new.source:
        # one sentence names a day, the other's article is dated: "offered on Monday" (11
        # May) before "the improved bid values it at", told on 1 June
        first = then_day or (old.article_date or "")[:10]
        second = now_day or (new.article_date or "")[:10]
        if first and second and first != second and old.article_date != new.article_date:
            return first < second
    then, now = hour_span(old.quote, loose=True), hour_span(new.quote, loose=True)
    return then is not None and now is not None and then[1] < now[0]


#: A figure told as an early one: "a first estimate", "our initial count", "an estimated".
_EARLY_FIGURE = re.compile(
    r"\b(?:first|initial|preliminary|provisional|early|earlier|original)\s+(?:[\w-]+\s+)?"
    r"(?:estimate|count|figure|tally|offer|bid|reading|results?|toll)\b|\ban?\s+estimated\b",
    re.IGNORECASE,
)


#: A figure told as a revision: "revised up", "revising its estimate", "upgraded", "raised
#: its offer to", "cut its forecast to"; the way it went, where the words say it.
_REVISED = re.compile(
    r"\b(?:revis(?:ed|es|ing)|upgrad(?:ed|es|ing)|downgrad(?:ed|es|ing))\b"
    r"(?:\s+(?:\w+\s+){0,3}?(?P<way>up|down|upwards?|downwards?|higher|lower)\b)?"
    r"|\b(?P<verb>rais(?:ed|es|ing)|lift(?:ed|s|ing)|increas(?:ed|es|ing)|sweeten(?:ed|s|ing)|"
    r"improv(?:ed|es|ing)|lower(?:ed|s|ing)|cut(?:s|ting)?|reduc(?:ed|es|ing))\s+"
    r"(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:offer|bid|estimate|forecast|"
    r"projection|guidance|figure|count|tally)\b"
    # the revised offer as a noun: "the improved bid values it at", "a sweetened offer of"
    r"|\b(?P<adj>improved|sweetened|raised|higher|increased|enhanced|lowered|reduced)\s+"
    r"(?:[\w-]+\s+)?(?:offer|bid|proposal|takeover\s+(?:offer|bid))\b",
    re.IGNORECASE,
)
_UP = frozenset(
    "up upward upwards higher raise raised raises raising lift lifted lifts lifting "
    "enhanced "
    "increase increased increases increasing sweeten sweetened sweetens sweetening "
    "improve improved improves improving upgrade upgraded upgrades upgrading".split()
)


def _revision(sentence: str) -> str | None:
    """The way a sentence says its figure was revised: "up", "down", "" where it does not
    say, None if it tells no revision."""
    m = _REVISED.search(sentence)
    if m is None:
        return None
    word = (m["way"] or m["verb"] or m["adj"] or m.group(0).split()[0]).lower()
    if word.startswith("revis"):
        return ""  # "revised", "revising": which way, the words do not say
    return "up" if word in _UP else "down"


def _apart(one: tuple[float, float] | None, other: tuple[float, float] | None) -> bool:
    """Two spans of hours that share none."""
    return one is not None and other is not None and (one[1] < other[0] or other[1] < one[0])


#: Measures of one event that do not accumulate, whatever the tense: "has been fined
#: £400,000", "has appointed X, aged 64" report a value, not a count still moving.
_ONE_OFF = (
    "price",
    "penalty",
    "magnitude",
    "term",
    "temperature",
    "age of ",
    "score of ",
    "time of ",
    "length of ",
    "change of ",
    "minute of ",
    "speed ",  # a reading: "travelling at 130km/h", a limit
    "data rate",  # a connection's speed: "up to 1 Gbps"
    "distance from ",  # where a thing is
    "budget for ",  # a sum decided
    "margin",
    "sample size",
)
#: Counts announced at once that never run on: an awards' nominations ("has received 7
#: nominations" is the list's, not a tally so far).
_ANNOUNCED_AT_ONCE = ("nomination",)


def _one_off(name: str) -> bool:
    """A measure of a value that does not accumulate (`_ONE_OFF`), or a rate per so many
    people ("flu rate per 100,000"): a reading, which neither moves nor has kinds."""
    return name.startswith(_ONE_OFF) or " rate per " in f" {name}"


#: A figure of a named, closed period ("quarterly sales", "in April", "for 2025") is that
#: period's value, not a running count: "rose to 5.8% in April" is April's rate.
_CLOSED_PERIOD = re.compile(
    rf"\b(?:(?:in|for|during)\s+(?:{MONTH}|(?:19|20)\d\d)|quarterly|annual|monthly|"
    r"(?:first|second|third|fourth)[- ]quarter|q[1-4]|full[- ]year)\b",
    re.IGNORECASE,
)


#: Measurements that grow while their event lasts: a fire still burning.
_GROWING = frozenset(["area burned"])


#: For an election's result, words that say its count is in progress ("was leading with 47%
#: after 60% of ballots had been counted", "early results", "provisional").
_COUNT_IN_PROGRESS = re.compile(
    r"\b(?:leading|ahead|counted|counting|partial|early\s+results|provisional|preliminary|"
    r"with\s+[\w\s]{0,20}still\s+to\s+(?:be\s+)?(?:count|declare)\w*)\b",
    re.IGNORECASE,
)


#: An election's result for a holder: "vote of carol whitfield", "seat of dawn party", "vote
#: share of yes" (a player's season tally, "goal of smith", may still run).
_ELECTION_RESULT = re.compile(r"^(?:vote|seat|ballot|vote share|share) of ")


#: Verbs of one decision: what they count is decided at once.
_DECIDED_AT_ONCE = frozenset("approve grant authorise authorize sanction".split())


def _can_move(name: str, c: Claim) -> bool:
    measured = c.unit in UNIT_BASE and name not in _GROWING
    if _one_off(name) or measured or c.outlook == "expected" or name.startswith(_ANNOUNCED_AT_ONCE):
        return False  # a forecast "cut to 1.8%" states what is forecast now, not a count
    if c.verb in _DECIDED_AT_ONCE:
        # "the committee has approved 1,500 new homes": one decision, whatever the tense, not a
        # count still running
        return False
    if c.unit == "%" and _A_FINDING.search(c.quote):
        # "nine in ten referees have suffered abuse this season, a survey found": a share of
        # those asked, fixed when they answered, whatever the tense
        return False
    if _ELECTION_RESULT.match(name) and not (
        says_running(c.quote) or _COUNT_IN_PROGRESS.search(c.quote)
    ):
        # "Whitfield has won the by-election with 1,482 votes": a result, which the perfect
        # tense does not make a running count; "has won 120 seats so far" still runs
        return False
    own = _own_year(c)
    if own is not None and c.article_date and own < int(c.article_date[:4]):
        # "traffic rose to a record 9.1 million in 2025", told in 2026: a year that is over
        return False
    # a count ("the toll rose to 40") may still change; a rate or a sum of a named period
    # may not
    return c.unit is None or not _CLOSED_PERIOD.search(c.quote)


def _overlap(a: Claim, b: Claim) -> bool:
    """The two claims' intervals (in base units) share a value."""
    high_a, high_b = _high(a), _high(b)
    return (high_b is None or _low(a) <= high_b) and (high_a is None or _low(b) <= high_a)


def _moved(claims: list[Claim]) -> bool:
    """The count moved: some two values cannot both hold ("dozens", then "more than 500"),
    or the stated numbers differ ("at least two", then "at least four"); in base units, to
    two significant digits, so "around 100 metres" and "around 330 feet" did not move."""
    highs = [h for h in (_high(c) for c in claims) if h is not None]
    if highs and max(_low(c) for c in claims) > min(highs):
        return True
    stated = {in_base_unit(c.value, c.unit) for c in claims if c.value is not None}
    return len({float(f"{v:.2g}") for v in stated if v is not None}) > 1


def _floors_of_one_count(
    name: str, place: str | None, claims: list[Claim], out: Comparison
) -> bool:
    """Two articles' lower bounds of one count on one day, the lower told to the unit ("at
    least 27 people" against "at least 43"): as logic both can hold, but news gives a count
    so as the number confirmed so far, and two confirmed counts of one day that differ
    beyond rounding are two accounts a reader sets side by side: a flag. A round lower bound
    ("more than 40", "at least 2,000") is an estimate's floor, never flagged so."""
    bounds = [c for c in claims if c.qualifier == "at_least" and c.unit is None]
    floors = [c for c in bounds if c.value and c.value % 10 != 0]
    for low in sorted(floors, key=_low):
        above = [
            c
            for c in bounds
            if c.source != low.source
            and _day(c) == _day(low)
            and _low(c) >= FLOORS_APART * _low(low)
        ]
        if above:
            high = min(above, key=_low)
            explanation = (
                f"Both give {name}{f' in {place}' if place else ''} on the same day as a "
                f"count confirmed so far, '{low.number}' and '{high.number}' "
                f"({_low(high) / _low(low):.2f} times apart): as lower bounds both can "
                "hold, but the two confirmed counts differ."
            )
            _flag_two_bounds(name, place, (low, high), explanation, out)
            return True
    return False


def _flag_two_bounds(
    name: str, place: str | None, pair: tuple[Claim, Claim], explanation: str, out: Comparison
) -> None:
    """Two bounds that can both hold as logic but are two accounts of one value: a flag of
    medium severity (or worth a look, by `_flag_or_doubt`)."""
    conflict = Conflict(
        kind="value",
        severity="medium",
        measure=name,
        place=place,
        explanation=explanation,
        claims=list(pair),
    )
    _flag_or_doubt(conflict, out)


def _ceilings_of_one_measurement(
    name: str, place: str | None, claims: list[Claim], out: Comparison
) -> bool:
    """Two articles' upper bounds of one measurement in units ("up to 1.2 Gbps" against "up
    to 500 megabits per second", "a range of up to 450km" against "up to 610km"): as logic
    both can hold, but such a ceiling is the thing's stated maximum, one value, and two of
    them beyond rounding are two accounts of it: a flag. Counts are not read so ("up to 200
    people" is an estimate's ceiling)."""
    ceilings = [c for c in claims if c.qualifier == "at_most" and c.unit in UNIT_BASE and c.high]
    # each ceiling's bound in base units (never None: each has a unit and a bound)
    top = {id(c): _high(c) or 0.0 for c in ceilings}
    for low in sorted(ceilings, key=lambda c: top[id(c)]):
        above = [
            c
            for c in ceilings
            if c.source != low.source and top[id(c)] >= CLEAR_RATIO * top[id(low)]
        ]
        if above:
            high = min(above, key=lambda c: top[id(c)])
            explanation = (
                f"Both give the most {name}{f' in {place}' if place else ''} reaches, "
                f"'{low.number}' and '{high.number}' "
                f"({top[id(high)] / top[id(low)]:.2f} times apart): as upper "
                "bounds both can hold, but a stated maximum is one value."
            )
            _flag_two_bounds(name, place, (low, high), explanation, out)
            return True
    return False


def _far_floors(name: str, place: str | None, claims: list[Claim], out: Comparison) -> None:
    """Two articles' lower bounds of one thing ten times apart or more ("$100 million or
    more" against "at least $100,000"): both can hold, so not a flag, but one is likely a
    slip, so worth a look."""
    floors = [c for c in claims if c.qualifier == "at_least" and c.low]
    if len({c.source for c in floors}) < 2:
        return
    low, high = min(floors, key=_low), max(floors, key=_low)
    if low.source != high.source and _low(high) >= FAR_FLOORS * _low(low):
        out.worth_a_look.append(
            Conflict(
                kind="value",
                severity="low",
                measure=name,
                place=place,
                explanation=(
                    f"Both give only a lower bound for {name}, '{low.number}' and "
                    f"'{high.number}', {_low(high) / _low(low):,.0f} times apart: both can "
                    "hold, but one may be a slip."
                ),
                claims=[low, high],
            )
        )


def _far_above_floor(name: str, place: str | None, claims: list[Claim], out: Comparison) -> None:
    """One article's lower bound and another's stated value of the same day, the value at
    least `FAR_ABOVE_FLOOR` times the bound ("more than 4,000 homes" against "some 7,500"):
    both can hold, so not a flag, but a reader sets them side by side, so worth a look."""
    floors = [c for c in claims if c.qualifier == "at_least" and c.low]
    stated = [c for c in claims if c.qualifier in ("exact", "approx") and c.low]
    for floor in sorted(floors, key=_low):
        above = [
            c
            for c in stated
            if c.source != floor.source
            and _day(c) == _day(floor)
            and _low(c) >= FAR_ABOVE_FLOOR * _low(floor)
        ]
        if above:
            value = min(above, key=_low)
            out.worth_a_look.append(
                Conflict(
                    kind="value",
                    severity="low",
                    measure=name,
                    place=place,
                    explanation=(
                        f"'{floor.number}' gives only a lower bound for {name}; "
                        f"'{value.number}', the same day, is {_low(value) / _low(floor):.1f} "
                        "times it: both can hold, but a reader will ask which is current."
                    ),
                    claims=[floor, value],
                )
            )
            return


def _flag_or_doubt(conflict: Conflict, out: Comparison) -> None:
    """A flag, unless its claims count different kinds of a thing: two different nouns under
    one category ("killed": soldiers / people), or one head with two different modifiers
    ("men's race" / "women's race"; but "fishing ships" is a kind of "ships", and is
    compared): then it is worth a look. Two claims already flagged (a value's flag, and the
    tally's of the same two) are flagged once."""
    same = frozenset(id(c) for c in conflict.claims)
    if any(frozenset(id(c) for c in f.claims) == same for f in out.conflicts + out.worth_a_look):
        return
    for of_what, kinds in (
        (_illness_named, "cases of different illnesses"),
        (_sold, "sales of different products"),
    ):
        named = {of_what(c) for c in conflict.claims}
        if None not in named and len(named) > 1:
            # "3,400 measles cases" and "112 cases of Legionnaires' disease": two illnesses;
            # "the album sold 210,000 copies" and "the game sold 5 million": two products
            out.worth_a_look.append(
                conflict.model_copy(
                    update={
                        "severity": "low",
                        "explanation": conflict.explanation
                        + f" But they count {kinds} ({' / '.join(sorted(map(str, named)))}).",
                    }
                )
            )
            return
    nouns = {_kind_of(c, conflict.measure) for c in conflict.claims if c.counted}
    # a temperature has no "kind"; a party's seats or share is named by its holder, whatever
    # noun each article counts it by ("support", "the vote"; "seats", "64 of the 101 seats")
    reading = _one_off(conflict.measure or "") or bool(_RESULT_OF.match(conflict.measure or ""))
    # a vote's tally is named by its side, whatever noun the parse hangs it on ("approved the
    # plan by 27 to 24": councillors; "by 34 votes to 17": votes)
    reading = reading or (conflict.measure or "").startswith(("votes for", "votes against"))
    # money taken is named by who took it ("thieves stole", "a gang stole"), not by a kind
    reading = reading or conflict.measure == "money taken"
    # takings named once by a film's title, once by a kind of film ("the musical drama took",
    # "'Salt Road' opened with"): one film; two kinds ("the comedy", "the drama") are two
    last_words = {(c.counted or "").rpartition(" ")[2] for c in conflict.claims}
    # a stake named as one on one side, by what it is in on the other ("a 55% stake", "just
    # under half of the copper project"): one stake
    reading = reading or (conflict.measure == "stake" and "stake" in last_words)
    reading = reading or (
        conflict.measure == "box-office takings"
        and bool(last_words & _FILMS)
        and len(last_words & _FILMS - _ANY_FILM) < 2
    )
    # "5,000 people protested" and "9,000 protesters": the doers of the doing, one count
    reading = reading or _people_and_doers(conflict.claims)
    # (a verb that answers a demand is done to the demand, not to what it asks for: "unless
    # the company meets its demand for a 15% rise", "if managers reject their demand for 5%")
    verbs = [None if _answers_a_demand(c) else c.verb for c in conflict.claims]
    # "fishing ships" are ships when both were seized; "safety cars deployed" are not the
    # "cars" a driver overtook. Verbs of saying or of a level ("stood at") tell no doing.
    doings = {_SAME_DOING.get(v, v) for v in verbs if v is not None and v not in _NEUTRAL_VERBS}
    if doings and doings <= _BRINGING_ABOUT and all(_is_money(c.unit) for c in conflict.claims):
        # a sum brought about ("generate savings of £120m", "deliver savings of £210m"): one
        # doing, whichever verb (not so for things: "produced 40 cars", "delivered 40 cars")
        doings = {"generate"}
    # verbs of one sense are one doing of one kind of thing ("the river peaked", "crested")
    done = _one_per_sense(doings - _DECIDING_VERBS)
    doings_differ = len(nouns) > 1 and len(done) > 1 and len(done) == len(verbs)
    # two figures paired across words count different nouns by construction: the pairing,
    # not the nouns, says they are one quantity (still doubted where the two do different
    # things: "received 48,000 applications" and "made 12,300 offers"). Verbs of one sense
    # are one doing ("peaked", "crested"), but not for shares: a verb of change says nothing
    # of which thing changed ("services expanded 4.2%", "factory output grew 1.1%")
    told = doings if any(c.unit == "%" for c in conflict.claims) else _one_per_sense(doings)
    across = frozenset(id(c) for c in conflict.claims) in out.paired and len(told) < 2
    # (but not two plain nouns of different things: "five languages" and "11 countries")
    across = across and not (
        all(c.unit is None for c in conflict.claims) and _two_plain_things(nouns)
    )
    if len(nouns) < 2 or reading or across or (_one_kind(nouns) and not doings_differ):
        out.conflicts.append(conflict)
        return
    out.worth_a_look.append(
        conflict.model_copy(
            update={
                "severity": "low",
                "explanation": conflict.explanation
                + f" But they count different things ({' / '.join(sorted(nouns))}).",
            }
        )
    )


def _people_and_doers(claims: list[Claim]) -> bool:
    """One claim counts people by what they did ("5,000 people protested", "people
    (protest)") and the other by the noun of those who do it ("protesters", "voters",
    "marchers", "attendees"): one count under two names."""
    if len(claims) != 2:
        return False
    for x, y in (claims, claims[::-1]):
        if x.counted == "people" and x.verb and y.counted:
            verb, noun = x.verb, y.counted.split()[-1]
            stem = verb[:-1] if verb.endswith("e") else verb
            doers = {f"{w}{end}" for w in (verb, stem) for end in ("er", "or", "ee", "ant")}
            if noun in doers | {f"{verb}{verb[-1]}er"}:  # "runner"
                return True
    return False


#: Kinds of film, which name no one film: "the musical drama", "the sequel"; and the words
#: for any film.
_ANY_FILM = frozenset("film movie picture feature release blockbuster".split())
_FILMS = _ANY_FILM | frozenset(
    "drama comedy musical thriller sequel documentary animation horror remake".split()
)


#: Cases of an illness named beside their number: "3,400 measles cases", "112 cases of
#: Legionnaires' disease", "1,210 new cholera infections".
_CASE_WORDS = frozenset(
    "new confirmed suspected probable reported recorded more further additional active human "
    "local imported fresh laboratory-confirmed".split()
)
_CASES_OF = re.compile(
    rf"^\s+(?:(?:{'|'.join(sorted(_CASE_WORDS))})\s+)*"
    r"(?:(?P<before>[\w'’-]+(?:\s+(?:disease|fever|virus|flu))?)\s+)?(?:cases?|infections?)\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<after>[\w'’-]+(?:\s+(?:disease|fever|virus|flu))?))?",
    re.IGNORECASE,
)
#: Words before "cases" that name no illness.
_NO_ILLNESS = _CASE_WORDS | {"total", "the", "known", "such"}
#: Words that say a name is an illness's, dropped from it: "Legionnaires' disease".
_ILLNESS_TAILS = frozenset(["disease", "fever", "virus", "flu", "s"])


def _illness_named(c: Claim) -> str | None:
    """The illness a count of cases names beside its number, folded ("legionnaires" for
    "Legionnaires' disease"), or None."""
    m = _CASES_OF.match(c.quote[number_in_quote(c)[1] :])
    name = m and (m["before"] or m["after"])
    if not name:
        return None
    words = [w for w in fold(name).replace("'", " ").split() if w not in _ILLNESS_TAILS]
    return " ".join(words) if words and words[0] not in _NO_ILLNESS else None


#: Kinds of product whose copies or units are counted sold: "the album sold 210,000 copies".
#: (by kind: a memoir is a book, a handset a phone)
_PRODUCTS = {
    "album": "album",
    "single": "single",
    "book": "book",
    "novel": "book",
    "memoir": "book",
    "magazine": "magazine",
    "game": "game",
    "console": "console",
    "phone": "phone",
    "smartphone": "phone",
    "handset": "phone",
    "car": "car",
    "film": "film",
}
_SOLD_BEFORE = re.compile(
    rf"\b({'|'.join(_PRODUCTS)})s?\s+(?:has\s+|had\s+|have\s+)?(?:sold|shipped)\s+"
    r"(?:(?:more\s+than|about|around|nearly|almost|over|some)\s+)?$",
    re.IGNORECASE,
)


def _sold(c: Claim) -> str | None:
    """The kind of product a count of copies or units sold names as what sold ("the album
    sold 210,000 copies": "album"), or None."""
    m = _SOLD_BEFORE.search(c.quote[: number_in_quote(c)[0]])
    return _PRODUCTS[m.group(1).lower()] if m else None


#: Nouns of a change, after the thing that changes: "council tax rise", "fare increase"
#: (the thing as group 1, a marker after the change noun as group 2: "pay rise (offered)").
_CHANGE_NOUNS = frozenset("rise increase hike cut fall drop reduction growth".split())
_CHANGED_THING = re.compile(rf"(.+?)\s+(?:{'|'.join(sorted(_CHANGE_NOUNS))})(\s*\([^)]*\))?")


def _kind_of(c: Claim, measure_name: str | None) -> str:
    """The kind of thing a claim counts, for telling two kinds apart: its counted noun,
    without words naming its place ("UK inflation" is inflation, in the UK), and "people"
    for a noun that names the measure itself ("death toll", "deaths" of a count of the
    killed; "prices" of a rate of inflation): no kind of thing of its own."""
    # the group's label without what it adds: "economy (forecast or pledge)", "killed (2011)"
    measure_name = re.sub(r"(?: \((?:forecast or pledge|\d{4})\))+$", "", measure_name or "")
    noun = c.counted or ""
    balance = _trade_balance(c)
    if balance is not None:
        noun = f"trade {balance}"  # "exports exceeded imports by $5.6bn": not exports
    place = set(fold(c.place).split()) if c.place else set()
    words = [w for w in noun.split() if w not in place] or noun.split()
    sold = _thing_sold(words)
    words = [sold] if sold is not None else words  # "ticket sales" count tickets
    words = _without_flow(words)  # "passenger traffic" counts passengers
    noun = " ".join(words)
    marker = re.search(r"\s*\([^)]*\)$", noun)  # "shop (part)": the marker is no word
    bare = noun[: marker.start()] if marker else noun
    last = bare.split()[-1] if bare else ""
    # "quake" and "tremor", "roles" and "jobs" at one bank: one kind under two names
    same = _one_name(_SAME_THING.get(last, last), c.unit)
    if same in _STAFF and c.verb in _JOB_LOSS_VERBS and c.unit is None:
        same = "job"  # "will lay off 600 workers", "to cut 1,800 jobs": one count of a cut
    if same != last:
        noun = " ".join([*bare.split()[:-1], same]) + (marker.group(0) if marker else "")
    changed = _CHANGED_THING.fullmatch(noun)
    if changed is not None and measure_name.split(" (")[0] not in _CHANGE_NOUNS:
        # "a 2.99% council tax rise" is a change of council tax (a marker stays: "(offered)");
        # of a measure that is a change ("rise"), "pay rise" and "offer" are both the rise
        noun = changed.group(1) + (changed.group(2) or "")
    head = (_what_not_how(noun) or noun).split()[-1] if noun else ""
    itself = (
        _NOUN_CATEGORY.get(head) == measure_name
        or head in _COUNTED_AS.get(measure_name, ())  # "43 cases" of the ill
        or measure_name == "turnout"  # "turnout", "voters who cast ballots": one share
        or (measure_name in ("inflation", "price") and head in _PRICE_NOUNS | {"inflation"})
        # "the consumer price index rose", "CPI", "consumer price growth": inflation's names
        or (measure_name == "inflation" and head in ("cpi", "hicp", "index", "growth"))
        # "its key rate", "the benchmark rate", "the central bank": a policy rate's names
        or (measure_name == "interest rate" and last in ("rate", "bank"))
        # a bare "the rate", "the figure", "the total": the measure by its kind of number
        or noun in _MEASURE_HEADS
    )
    # "residents" of a place are its people, "survivors" of a wreck the people saved: no kind
    # of their own
    if itself or head in _PEOPLE_OF_A_PLACE or head == "survivor":
        return "people"
    # a supplier's customers by what they hold ("account holders", "policyholders"), and a
    # supply's customers by the places it reaches ("homes and businesses without power")
    if head in _HOLDERS_OF_AN_ACCOUNT or (head in _PREMISES and _SUPPLY.search(c.quote)):
        return "customer"
    return noun


#: A supplier's customers by what they hold: "3.8 million account holders", "policyholders".
_HOLDERS_OF_AN_ACCOUNT = frozenset(
    "holder accountholder policyholder cardholder account-holder subscriber".split()
)
#: The places a supply reaches, which its customers are: "130,000 homes and businesses were
#: without power", "households lost electricity".
_PREMISES = frozenset("customer home household business property premise premises".split())
_SUPPLY = re.compile(
    r"\b(?:power|electricity|outages?|blackouts?|(?:without|lost|restored)\s+(?:\w+\s+)?"
    r"(?:water|gas|supply|supplies|service|internet|broadband))\b",
    re.IGNORECASE,
)


#: Verbs that report a figure or state its level, not something done to what it counts.
#: (and "go", a light verb that names no doing of its own: "2 million saplings went into the
#: ground")
_NEUTRAL_VERBS = frozenset(
    "say report show announce tell add find stand remain sit reach hit total put estimate "
    "record be have give count number go".split()
)
#: Verbs of deciding a figure: "approved a 2.99% rise" is the rise's doing, as "raise ... by
#: 4.99%" is, so two sentences of one thing do not differ by them; but a pairing across
#: words still needs one doing ("approved a 2.99% tax rise", "raise parking charges by 12%").
_DECIDING_VERBS = frozenset("approve agree decide vote set".split())
#: Verbs of answering a side's demand: "unless the company meets its demand for a 15% rise",
#: "if management rejects their demand for 5%" (not "rejected a 6.5% rise offered": the offer's
#: own fate, which makes it another offer than the one accepted).
_ANSWERING_VERBS = frozenset("meet reject accept refuse".split())
_DEMAND_FOR_BEFORE = re.compile(
    r"\b(?:demand|claim)s?\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def _answers_a_demand(c: Claim) -> bool:
    """The claim's verb answers the demand its number stands in ("meets its demand for")."""
    return c.verb in _ANSWERING_VERBS and bool(
        _DEMAND_FOR_BEFORE.search(c.quote[: number_in_quote(c)[0]])
    )


def _one_per_sense(verbs: set[str]) -> set[str]:
    """Verbs of one sense kept once ("peaked", "crested"; "rescued", "saved": WordNet's first
    senses, `senses.near`), so they tell no two doings."""
    kept: list[str] = []
    for verb in sorted(verbs):
        if not any(senses.near(stem(verb), stem(k)) for k in kept):
            kept.append(verb)
    return set(kept)


def _one_kind(nouns: set[str]) -> bool:
    """The nouns name one kind of thing: the same head, and one's modifiers contain the
    other's ("ship" / "fishing ship"; "unemployment rate" / "unemployment") or are near
    words of them ("pay rise" / "wage rise")."""
    words = [set((_what_not_how(n) or n).split()) for n in nouns]
    heads = {(_what_not_how(n) or n).split()[-1] for n in nouns}
    if len(heads) != 1:
        return False
    return all(a <= b or b <= a or _near_modifiers(a - b, b - a) for a in words for b in words)


def _near_modifiers(x: set[str], y: set[str]) -> bool:
    """Each word one side has alone is near one the other has alone ("pay rise" / "wage
    rise", `senses`): one kind of thing under two names."""
    return all(any(senses.near(stem(v), stem(w)) for w in y) for v in x) and all(
        any(senses.near(stem(w), stem(v)) for v in x) for w in y
    )


def _judged(conflict: Conflict, judge: Judge) -> Conflict:
    """The model's answer to its one question, recorded on the flag. A "no" does not remove
    the flag: on the battery of invented pairs (bench/RESULTS.md) the embedded model's "no"
    was wrong on every real disagreement it was asked about and caught none of the false
    flags, so it is shown to the reader as a doubt, not acted on."""
    if conflict.kind != "value" or len(conflict.claims) != 2:
        return conflict
    verdict = judge(conflict.claims[0], conflict.claims[1])
    if verdict is None:
        return conflict
    same, reason = verdict
    if same:
        return conflict.model_copy(
            update={"judgement": f"same quantity: {reason}", "verdict": "same"}
        )
    return conflict.model_copy(
        update={
            "judgement": f"the model doubts these are one quantity: {reason}",
            "verdict": "different",
        }
    )
