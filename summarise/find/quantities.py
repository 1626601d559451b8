"""Finding and parsing the numbers an article reports. Plain code: no model involved.

`find_quantities` scans text for number phrases ("more than 3 million", "some 700,000",
"nearly two million", "hundreds of thousands", "less than three percent"), skips what is not
a reported figure (dates, years, times, durations, ordinals, codes such as "M4", boilerplate
lines), and turns each phrase into a value with bounds and a qualifier.

Number words are converted by `text2num`; this module only adds what it lacks: qualifiers,
vague plurals ("thousands of") and "half a million".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from text_to_num import alpha2digit, text2num

from summarise.find.lexicon import rows
from summarise.find.names import AGENCIES
from summarise.find.periods import CLOCK_ZONES
from summarise.find.text import Sentence, sentences
from summarise.schemas import Qualifier, Quantity

_UNITS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: South Asian scales: a lakh is 100,000, a crore 10 million ("₹16.5 lakh crore" is 16.5e12).
_SCALES_INDIAN = {"lakh": 1e5, "crore": 1e7, "lakh crore": 1e12}
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
#: The scales written right after a number's digits: "12k", "1.2bn".
SHORT_SCALES = frozenset(_SHORT_SCALES)

_WORD = "|".join(sorted(_UNITS + _TENS + list(_SCALES), key=len, reverse=True))
_WORDS = rf"(?:{_WORD})(?:(?:\s+|-)(?:and\s+)?(?:{_WORD}))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+|[½¼¾⅓⅔])?"
#: A whole number's fraction written as one sign: "2½ years", "£3¾m".
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_SCALE_AFTER = (
    r"(?:(?:\s*|-)(?:lakh\s+crore|million|billion|trillion|thousand|lakh|crore)\b"
    r"|(?:k|m|mn|bn|b|tn)\b)"
)
_HALF = (
    # "one and a half million", "two and a half billion": the whole number and a half of it
    rf"(?:\d+|{_WORD})\s+and\s+a\s+half\s+(?:million|billion|thousand)|"
    # "five and a half per cent", "two and a half years": a whole number and a half
    rf"(?:\d+|{_WORD})\s+and\s+a\s+half(?=\s*(?:%|per\s*cent\b|percent\b)|"
    r"[\s-]+(?:years?|months?|weeks?|days?|hours?)\b)|"
    # "a quarter of a million", "three-quarters of a billion" (a third of one is no round
    # number: left to the fraction of the number it is of)
    r"(?:a|one|three)[\s-]+quarters?\s+of\s+an?\s+(?:million|billion|thousand)|"
    r"(?:half\s+a|a\s+half)\s+(?:million|billion|thousand)|a\s+(?:hundred|million|billion|thousand)"
    # "a hundred and twelve" is 112, read by the words that follow
    rf"(?!(?:\s+and)?(?:\s+|-)(?:{_WORD})\b)"
)

#: Vague plurals: the interval each one allows.
_VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    # "a couple of hundred potholes": about two hundred
    "a couple of hundred": (150, 299),
    "a couple of thousand": (1_500, 2_999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2e9, 9.999e9),
}
_VAGUE_RE = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_VAGUE, key=len, reverse=True)
)

#: A temperature in degrees whose scale the text does not say ("46.2 degrees"): compared only
#: with others of its kind, as Celsius and Fahrenheit cannot be told apart.
DEGREES_UNIT = "degrees"
_DEGREE_WORD = re.compile(r"\bdegrees?\b", re.IGNORECASE)
#: Words that make "41C" a temperature rather than a code ("Section 3C").
_WEATHER = re.compile(
    r"\b(?:temperatures?|heat|hot(?:ter|test)?|cold(?:er|est)?|warm(?:er|est)?|cool|mercury|"
    r"degrees?|celsius|fahrenheit|thermometer|"
    r"high of|low of|record|weather|forecaster|station|heatwave|frost|freez\w*|maximum|minimum|"
    r"observatory|meteorolog\w*|scorch\w*|swelter\w*)\b",
    re.IGNORECASE,
)
#: Units of measurement after a number: the written forms of each, as a regex, and the unit
#: it is recorded as. "m" alone is metres unless a plural noun follows ("2m people"), or a
#: currency comes before ("£40m"): then it is millions (see `_parse_one`).
_MEASURE_UNITS: list[tuple[str, str]] = [
    (r"square\s+kilomet(?:re|er)s?|sq\.?\s*km|km2|km²", "km²"),
    (r"square\s+met(?:re|er)s?|sq\.?\s*m|m2|m²", "m²"),
    (r"square\s+(?:miles?|mi)", "mi²"),
    (r"square\s+(?:feet|foot|ft)", "ft²"),
    (r"hectares?|ha", "ha"),
    (r"acres?", "acre"),
    (r"kilomet(?:re|er)s?\s+(?:per|an|a)\s+hour|km/h|kph|kmh", "km/h"),
    (r"miles?\s+(?:per|an|a)\s+hour|mph", "mph"),
    (r"kilomet(?:re|er)s?|km", "km"),
    # at sea: "about 70 nautical miles south of the island"
    (r"nautical\s+miles?|nmi", "nmi"),
    # astronomy: "120 light years away", "37 parsecs from Earth"
    (r"light[\s-]+years?", "ly"),
    (r"parsecs?", "pc"),
    (r"centimet(?:re|er)s?|cm", "cm"),
    (r"millimet(?:re|er)s?|mm", "mm"),
    (r"met(?:re|er)s?", "m"),
    (r"feet|foot|ft", "ft"),
    (r"inch(?:es)?|in(?=\.|\s*\))", "in"),
    (r"miles?|mi", "mi"),
    (r"yards?|yds?", "yd"),
    (r"m(?=\s*[(,;.]|\s+(?:deep|high|long|wide|tall|away|down|up|below|above)\b)", "m"),
    # data: "up to 1.2 Gbps", "500 megabits per second", "2.4 terabytes of files" (before
    # "bps", basis points)
    # ("a 10-gigabit service", "average speeds of 2.3 gigabits": a speed, per second unsaid)
    (r"gigabits?(?:\s+(?:per|a)\s+second)?|gbps|gbit/s|gb/s", "Gbit/s"),
    (r"megabits?(?:\s+(?:per|a)\s+second)?|mbps|mbit/s|mb/s", "Mbit/s"),
    (r"kilobits?(?:\s+(?:per|a)\s+second)?|kbps|kbit/s", "kbit/s"),
    (r"terabytes?|TB", "TB"),
    (r"gigabytes?|GB", "GB"),
    (r"megabytes?|MB", "MB"),
    (r"petabytes?|PB", "PB"),
    # a change of a rate: "50 basis points", "0.25 percentage point" (one point is 100 basis
    # points; never a per cent of the rate)
    (r"basis[\s-]+points?|bps", "bp"),
    (r"percentage[\s-]+points?", "pp"),
    # power and energy: "a 210MW data centre", "120 megawatts", "4.2 terawatt-hours"
    (r"kilowatt[\s-]+hours?|kWh", "kWh"),
    (r"megawatt[\s-]+hours?|MWh", "MWh"),
    (r"gigawatt[\s-]+hours?|GWh", "GWh"),
    (r"terawatt[\s-]+hours?|TWh", "TWh"),
    (r"kilowatts?|kW", "kW"),
    (r"megawatts?|MW", "MW"),
    (r"gigawatts?|GW", "GW"),
    # volumes: "40,000 litres", "2,500 barrels", "1.2 million cubic metres", "300 gallons"
    (r"megalit(?:re|er)s?", "ML"),
    (r"lit(?:re|er)s?", "L"),
    (r"cubic\s+met(?:re|er)s?|m³", "m³"),
    (r"(?:us\s+)?gallons?", "gal"),
    (r"barrels?", "bbl"),
    (r"bpd|b/d", "bbl"),  # barrels a day: the day is read from the number (compare)
    (r"kilo(?:gram(?:me)?)?s?|kgs?", "kg"),
    (r"tonnes?|tons?", "t"),
    (r"lbs?", "lb"),
    # temperatures: Fahrenheit is read on the Celsius scale (`in_base_unit`)
    (r"°\s*C|º\s*C|C(?=[\s,.;)]|$)|degrees?\s+(?:Celsius|centigrade)", "°C"),
    (r"°\s*F|º\s*F|F(?=[\s,.;)]|$)|degrees?\s+Fahrenheit", "°F"),
    # "the mercury touched 46.2 degrees": a temperature whose scale is not said (`_parse_one`)
    (r"degrees?", DEGREES_UNIT),
]
_MEASURE_RE = "|".join(f"(?:{p})" for p, _ in _MEASURE_UNITS)
_MEASURE_NAME = [(re.compile(rf"^(?:{p})$", re.IGNORECASE), u) for p, u in _MEASURE_UNITS]
#: Each unit as (dimension, factor to that dimension's base unit): compared as quantities.
UNIT_BASE: dict[str, tuple[str, float]] = {
    "m": ("length", 1.0),
    "cm": ("length", 0.01),
    "mm": ("length", 0.001),
    "km": ("length", 1000.0),
    "ft": ("length", 0.3048),
    "in": ("length", 0.0254),
    "mi": ("length", 1609.344),
    "nmi": ("length", 1852.0),
    "yd": ("length", 0.9144),
    "ly": ("length", 9.4607e15),
    "pc": ("length", 3.0857e16),
    "m²": ("area", 1.0),
    "km²": ("area", 1e6),
    "mi²": ("area", 2_589_988.11),
    "ft²": ("area", 0.09290304),
    "ha": ("area", 1e4),
    "acre": ("area", 4046.8564224),
    "pp": ("points", 1.0),
    "bp": ("points", 0.01),
    "L": ("volume", 1.0),
    "ML": ("volume", 1e6),
    "m³": ("volume", 1000.0),
    "gal": ("volume", 3.785411784),  # a US gallon, as oil and fuel are told
    "bbl": ("volume", 158.987294928),  # an oil barrel
    "kg": ("mass", 1.0),
    "t": ("mass", 1000.0),
    "lb": ("mass", 0.45359237),
    "kW": ("power", 1e3),
    "MW": ("power", 1e6),
    "GW": ("power", 1e9),
    "kWh": ("energy", 1e3),
    "MWh": ("energy", 1e6),
    "GWh": ("energy", 1e9),
    "TWh": ("energy", 1e12),
    "kbit/s": ("data rate", 1e3),
    "Mbit/s": ("data rate", 1e6),
    "Gbit/s": ("data rate", 1e9),
    "MB": ("data size", 1e6),
    "GB": ("data size", 1e9),
    "TB": ("data size", 1e12),
    "PB": ("data size", 1e15),
    "km/h": ("speed", 1 / 3.6),
    "mph": ("speed", 0.44704),
    # a term served or imposed ("jailed for five years"), in days
    "years": ("term", 365.25),
    "months": ("term", 30.4375),
    "weeks": ("term", 7.0),
    "days": ("term", 1.0),
    # how long an event lasts ("a 48-hour strike"), in hours: EVENT_LENGTH_UNIT
    "hours": ("duration", 1.0),
}
#: How long an event lasts, told as its modifier: "a 48-hour strike", "a three-day
#: ceasefire" (in hours).
EVENT_LENGTH_UNIT = "hours"
#: An earthquake's magnitude: a point on a scale, compared as written.
MAGNITUDE_UNIT = "magnitude"


def in_base_unit(value: float | None, unit: str | None) -> float | None:
    """`value` in its dimension's base unit (metres, kg, m², m/s, degrees Celsius);
    unchanged for counts, percentages and currencies, which are compared as written."""
    if unit == "°F" and value is not None:
        return (value - 32) * 5 / 9  # a temperature in degrees Celsius
    if value is None or unit not in UNIT_BASE:
        return value
    return value * UNIT_BASE[unit][1]


def dimension(unit: str | None) -> str | None:
    """'length', 'mass'... for a unit of measurement; the unit itself ('%', 'USD') else."""
    if unit in ("°C", "°F"):
        return "temperature"  # one scale with an offset: `in_base_unit`
    return UNIT_BASE[unit][0] if unit in UNIT_BASE else unit


#: A rate after "R60" or a word of money before it: rand, no road ("at least R60 an hour",
#: "a minimum of R45 a day", "paid R300 per shift", "earn R80").
_RAND_RATE_AFTER = re.compile(
    r"^\s+(?:an?|per|each)\s+(?:hour|day|week|month|year|night|shift|person|head|litre|"
    r"kilolitre|kilogram|kg|ticket|trip|unit|kilowatt-hour|kwh)\b",
    re.IGNORECASE,
)
_RAND_SUM_BEFORE = re.compile(
    r"\b(?:pay|paid|earn(?:s|ed|ing)?|cost(?:s|ing)?|charg(?:e|es|ed|ing)|fee|fine[ds]?|wage|"
    r"salary|price[ds]?|worth|minimum\s+of|at\s+least)\s+(?:of\s+)?(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)
#: Cents after a sum: "R30.20" is rand, as no road or code is numbered so.
_CENTS = re.compile(r"\.\d\d$")
_CURRENCY_BEFORE = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    # dollars of other countries, written with their prefix: "A$3bn" is not "$3bn"
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "₹": "INR",
    "₦": "NGN",
    "rs": "INR",
    "rs.": "INR",
    # South African rand, written "R4.8 billion", "R6.2bn", "R120,000" (a bare "R2" is a
    # road or a code: see `_parse_one`)
    "r": "ZAR",
    # Nigerian naira as the press writes it, "N2.4 billion", "N75,000" (a bare "N95" is a
    # mask, "N2" a road: see `_parse_one`)
    "n": "NGN",
    "₱": "PHP",
    # the yen sign; the yuan's is written "CN¥" or "RMB¥" in English copy
    "¥": "JPY",
    "cn¥": "CNY",
    "rmb¥": "CNY",
    "rmb ¥": "CNY",
    "gh¢": "GHS",
    "gh₵": "GHS",
    "e£": "EGP",
}
#: Currencies written by the prefix their own press uses, case as written: "KSh 12 billion",
#: "Ksh80", "USh 40bn", "TSh 2 billion", "RM2.5 billion", "Rp 4 trillion", "Tk 500 crore",
#: "Dh3 million", "MK 20 billion".
_PREFIXES = {
    "KSh": "KES",
    "Ksh": "KES",
    "KShs": "KES",
    "Kshs": "KES",
    "USh": "UGX",
    "UShs": "UGX",
    "TSh": "TZS",
    "TShs": "TZS",
    "RM": "MYR",
    "Rp": "IDR",
    "Tk": "BDT",
    "Dh": "AED",
    "Dhs": "AED",
    "MK": "MWK",
}
_CURRENCY_BEFORE.update({k.lower(): v for k, v in _PREFIXES.items()})
_PREFIXES_RE = "|".join(sorted(_PREFIXES, key=len, reverse=True))
#: A number may follow its prefix with no space ("Ksh80", "RM2.5"): one look-behind each.
_PREFIX_BEHIND = "|".join(f"(?<=\\b(?-i:{p}))" for p in sorted(_PREFIXES, key=len, reverse=True))
#: The unit of a sum told in cents, until its article's currency names it (`figures`).
CENTS_UNIT = "cents"
_CURRENCY_AFTER = {
    **{"dollars": "USD", "euros": "EUR", "pounds": "GBP", "pence": "GBP", "p": "GBP"},
    # a hundredth of the currency its article names (`figures._cents_in`): "89.5 cents a litre"
    **{"cents": CENTS_UNIT, "cent": CENTS_UNIT},
    # a scaled sum's currency as the adjective of a noun: "a 1.5 billion euro deal"
    **{"dollar": "USD", "euro": "EUR", "pound": "GBP"},
}
#: Currencies named in words after the number, with their country where one name is
#: several currencies ("2.1 million Canadian dollars", "3 billion yen"): `data/currencies.tsv`.
_CURRENCY_NAMED = {name: code for name, code in rows("currencies")}
#: For each name several currencies share ("francs", "pesos"), the codes of the currencies
#: it may be ("Swiss francs": CHF).
SHARED_CURRENCY_NAMES = {
    bare: frozenset(c for n, c in _CURRENCY_NAMED.items() if n.endswith(" " + bare) and c != bare)
    for bare, code in _CURRENCY_NAMED.items()
    if bare == code
}
#: Every unit that is a currency: its ISO code, or a name several currencies share ("francs").
_MONEY_UNITS = frozenset(
    {*_CURRENCY_BEFORE.values(), *_CURRENCY_AFTER.values(), *_CURRENCY_NAMED.values()}
)


def is_money(unit: str | None) -> bool:
    """The unit is a currency: an ISO code ("USD", "NOK", "KRW") or a name several
    currencies share ("francs"); not a unit of measurement, a per cent, a temperature, a
    magnitude, an age or a score."""
    return unit is not None and (unit in _MONEY_UNITS or re.fullmatch("[A-Z]{3}", unit) is not None)


#: For each unit name several units share, the units it may be: a currency name
#: ("francs": CHF, XOF...) and a temperature in degrees whose scale is not said ("32.7
#: degrees": Celsius or Fahrenheit).
#: Currencies whose hundredth is a cent: "89.5 cents" is in the one its article (or its
#: corpus) names.
_WITH_CENTS = frozenset(
    "USD EUR AUD CAD NZD SGD HKD ZAR KES NAD BWP JMD TTD BBD FJD MYR PHP MXN BRL".split()
)
SHARED_UNIT_NAMES = {
    **SHARED_CURRENCY_NAMES,
    DEGREES_UNIT: frozenset({"°C", "°F"}),
    CENTS_UNIT: _WITH_CENTS,
}
#: Currencies written by their ISO code before the number: "DKK 2.6bn", "USD 40 million".
_ISO_CODE_SET = frozenset(
    {c for c in _CURRENCY_NAMED.values() if re.fullmatch("[A-Z]{3}", c)} | {"USD", "EUR", "GBP"}
)
_ISO_CODES = "|".join(sorted(_ISO_CODE_SET))
_CURRENCY_NAMED_RE = "|".join(
    r"\s+".join(map(re.escape, k.split())) for k in sorted(_CURRENCY_NAMED, key=len, reverse=True)
)
#: The won after an amount: a verb as often, so a currency only after four digits or a scale
#: and before what ends an amount ("10,740 won an hour", "3 billion won."; not "7 won, 3
#: lost" or "5,000 won prizes").
_WON = (
    r"(?:(?<=\d{4})|(?<=\d,\d{3})|(?<=illion)|(?<=\dbn)|(?<=\dtn))\s+(?:south\s+)?"
    r"(?:korean\s+)?won\b(?=\s*(?:$|[.,;:()\[]|an?\s+(?:hour|day|week|month|year|head)\b|"
    r"(?:per|each|apiece|in|for|to|from|and|or|on|at)\b))"
)
#: Currencies written in their hundredth: "412p a share", "432 pence" are £4.12 and £4.32;
#: "89.5 cents" is €0.895 where its article's money is euros.
_HUNDREDTHS = frozenset(["pence", "p", "cents", "cent"])

#: Half of one unit: "half a metre of snow", "half a per cent", "half a mile".
_HALF_A_UNIT = rf"half\s+an?(?=(?:\s*|-)(?:per\s*cent\b|percent\b|{_MEASURE_RE}))"
#: One unit of a layer or stretch told by "a": "a foot of snow", "an inch of rain", "a metre
#: of water" (one foot, one inch, one metre).
_A_UNIT_OF = (
    r"an?(?=\s+(?:foot|inch|metre|meter|centimetre|centimeter|yard|mile|kilometre|kilometer)"
    r"\s+of\b)"
)
_NUMBER = re.compile(
    rf"""
    (?P<cur>(?<![A-Za-z])(?:US|AU|A|CA|C|NZ|HK|S)\$|(?<![A-Za-z])(?:CN|RMB\s?)¥|
        [$€£₹₦₱¥]|\bRs\.?\s?|\b(?-i:[RN])(?=\d)|
        \b(?-i:{_PREFIXES_RE})\s?(?=\d)|(?<![A-Za-z])(?:GH[¢₵]|E£)\s?(?=\d)|
        \b(?-i:{_ISO_CODES})\s?(?=\d))?
    (?:
        (?P<vague>\b(?:{_VAGUE_RE})\b)
      | (?P<half>\b(?:{_HALF}|{_HALF_A_UNIT}|{_A_UNIT_OF})\b)
      | (?P<digits>(?:(?<=\b(?-i:[RN]))|{_PREFIX_BEHIND}|(?<![\w.,:/]))(?:{_DIGITS}))
        (?P<dscale>{_SCALE_AFTER})?
      | (?P<words>\b{_WORDS}\b)
    )
    (?P<pct>\s*(?:%|\bper\s*cent\b|\bpercent\b)|(?<=\d)\s?(?-i:pct?)\b)?
    (?P<measure>(?:\s*|-)(?:{_MEASURE_RE})(?![^\W_]))?
    (?P<curafter>\s+(?:{_CURRENCY_NAMED_RE}|dollars|euros|pounds|pence|cents?)\b|(?<=\d)p\b(?!\.?m\b)|
        {_WON}|(?<=illion)\s+(?:euro|dollar|pound)(?=\s+[a-z])(?!\s+(?:coin|note|banknote|bill)s?\b))?
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: Words before a number that bound it, longest first so "no more than" wins over "more than".
_PREFIX_QUALIFIERS: list[tuple[str, str]] = [
    ("no more than", "at_most"),
    ("not more than", "at_most"),
    # "not fewer than 58 dolphins", "no less than 40%": a floor, the official way
    ("not fewer than", "at_least"),
    ("no fewer than", "at_least"),
    ("not less than", "at_least"),
    ("no less than", "at_least"),
    ("more than", "at_least"),
    ("in excess of", "at_least"),
    ("upwards of", "at_least"),
    ("at least", "at_least"),
    ("over", "at_least"),
    ("fewer than", "at_most"),
    ("less than", "at_most"),
    ("as many as", "at_most"),
    ("up to", "at_most"),
    ("at most", "at_most"),
    ("under", "at_most"),
    ("below", "at_most"),  # "mortgage rates dip below 5%": a ceiling, not 5%
    ("above", "at_least"),  # "temperatures rose above 40C"
    # a mark passed: "cholera outbreak passes 2,000 cases", "the toll topped 100", "has passed
    # the 1,000 mark" (not a bare "passed 12 bills": what a parliament did, exactly)
    *(
        (f"{verb}{the}", "at_least")
        for verb in (
            "passes",
            "has passed",
            "have passed",
            "had passed",
            "tops",
            "topped",
            "exceeds",
            "exceeded",
            "surpasses",
            "surpassed",
        )
        for the in ("", " the")
    ),
    ("just under", "below"),
    ("just below", "below"),
    ("just short of", "below"),
    ("just shy of", "below"),
    ("a little under", "below"),
    ("a little less than", "below"),
    ("slightly under", "below"),
    ("slightly less than", "below"),
    ("slightly fewer than", "below"),
    # "just over 11 metres": a little above, not any length above (the mirror of "nearly")
    ("just over", "above"),
    ("just above", "above"),
    ("just more than", "above"),
    ("just past", "above"),
    ("a little over", "above"),
    ("a little more than", "above"),
    ("slightly over", "above"),
    ("slightly above", "above"),
    ("slightly more than", "above"),
    ("nearly", "below"),
    ("almost", "below"),
    ("close to", "below"),
    ("approximately", "approx"),
    # "in the region of $35 million", "on the order of 10,000": about that much
    ("somewhere in the region of", "approx"),
    ("in the region of", "approx"),
    ("in the order of", "approx"),
    ("on the order of", "approx"),
    ("the best part of", "below"),
    ("a shade under", "below"),
    ("a shade over", "above"),
    ("an estimated", "approx"),
    ("estimated", "approx"),
    ("roughly", "approx"),
    ("around", "approx"),
    ("about", "approx"),
    ("some", "approx"),
]
#: Any of the words that bound a number, as one alternation (any spacing between words).
_PREFIX_WORDS = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in _PREFIX_QUALIFIERS)
_PREFIX_RE = re.compile(rf"\b(?P<q>{_PREFIX_WORDS})\s+$", re.IGNORECASE)
_PREFIX_KIND = {p: k for p, k in _PREFIX_QUALIFIERS}


def _prefix_kind(prefix: re.Match[str] | None, default: str) -> str:
    """The kind of the hedge `_PREFIX_RE` found before a number ("nearly": "below"), or
    `default` where there is none."""
    return _PREFIX_KIND[re.sub(r"\s+", " ", prefix["q"].lower())] if prefix else default


#: A measurement of a layer after "under": "under 74cm of snow", "under two metres of water".
_UNDER_A_LAYER = re.compile(
    r"^\s*(?:cm|mm|m|metres?|meters?|feet|ft|inches|in|centimetres?|millimetres?)?\s+of\b",
    re.IGNORECASE,
)
#: "Up to" after waking: "residents woke up to 30cm of snow" is what they found, no ceiling.
#: "up to" that is a phrasal verb's particle and "to", no ceiling: "woke up to a foot of
#: snow", "the fee will go up to $49", "put prices up to £3", "moved up to third".
_WOKE_UP_TO = re.compile(
    r"\b(?:(?:woke|wake|wakes|waking|woken|go|goes|going|gone|went|move[sd]?|moving|"
    r"jump(?:s|ed|ing)?|shot|shoot(?:s|ing)?|creep(?:s|ing)?|crept)|"
    # (not "put up to 400 people in hotels": a ceiling)
    r"(?:put|puts|putting|push(?:es|ed|ing)?)(?:\s+[\w'’-]+){1,2})\s+up\s+to\s+$",
    re.IGNORECASE,
)
#: Verbs of lying beneath things: "trapped under 19 collapsed buildings" counts buildings.
_BENEATH_BEFORE = re.compile(
    r"\b(?:trapped|buried|pinned|crushed|stuck|lying|lay|lies|hidden|hiding|sheltering|"
    r"sleeping|caught)\s+under\s+$",
    re.IGNORECASE,
)
#: Verbs of crossing a mark: "cases pass 1,000", "Perth tops 45C", "sales exceeded $2bn".
#: The figure is then a floor, never an exact count; for a bare number only where no noun
#: follows it ("the Senate passed 12 bills" counts bills).
_CROSSING_BEFORE = re.compile(
    r"\b(?:pass(?:es|ed)?|tops|topped|topping|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
    r"cross(?:es|ed)|(?:to|will|could|may|might|set\s+to)\s+(?:top|cross)|"
    # "deaths top 50", but not "the top 50", "in the top 10", "a top 3 finish"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bin\s)(?<!\bof\s)(?<!\bits\s)(?<!\bour\s)(?<=[a-z]\s)top)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NO_NOUN_AFTER = re.compile(
    r"^\s*(?:$|[.,;:!?)\u2013\u2014-]|(?:mark|milestone|threshold|level|for|in|on|at|as|after|"
    r"amid|and|by|since|across|nationwide|overnight|this|last)\b)",
    re.IGNORECASE,
)
_SUFFIX_RE = re.compile(r"^\s+(?P<q>or\s+more|or\s+so|or\s+fewer|or\s+less)\b", re.IGNORECASE)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s+$", re.IGNORECASE)
#: The day that ends a span of days after its month: "between June 10 and 17", "June 3-9".
_SPAN_END_BEFORE = re.compile(
    rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|until|through|[-–])\s*$",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b", re.IGNORECASE)
_DURATION_AFTER = re.compile(
    # ("16 consecutive days", "three straight weeks": a length all the same)
    r"^(?:\s+|-)(?:and\s+a\s+half\s+)?(?:(?i:consecutive|straight|successive)\s+)?"
    r"(?:(?i:second|minute|hour|day|week|fortnight|month|"
    # agency copy's abbreviations, in lower case only ("5 HR staff" is a count of staff)
    r"year|decade|century|centuries)|hr|yr|wk|min|sec)s?\b"
)
_YEAR_SPAN_BEFORE = re.compile(r"\b(?:19|20)\d\d[-–/]$")
_TIME_AFTER = re.compile(r"^(?::\d{2}|\s*[ap]\.?m\.?(?!\w))", re.IGNORECASE)
_GLUED_AFTER = re.compile(r"^(?:st|nd|rd|th|[a-z])", re.IGNORECASE)
_RANGE_TAIL = re.compile(
    # the currency said again: "between $8,000 and $15,000"
    rf"^\s*(?:-|–|to|and)\s*[$£€₹₦]?(?P<hi>{_DIGITS}|{_WORDS})(?P<hscale>{_SCALE_AFTER})?",
    re.IGNORECASE,
)
_PCT_AFTER = re.compile(r"^\s*(?:%|per\s*cent\b|percent\b|(?-i:pct?)\b)", re.IGNORECASE)
#: Digits joined to a smaller or equal number by a hyphen: a score ("8-7", "3-1", "6-6").
_SCORE_AFTER = re.compile(r"^[-–](?P<b>\d{1,3})(?!\d|[.,]\d|[-–]\d)")
_SCORE_BEFORE = re.compile(r"(?<![\d,.])(?P<a>\d{1,3})[-–]$")
#: A number that names a route, a line or a stop: "the 25 route", "the No 7 bus", "the 40
#: service", "from gate 12" is a name (a singular noun after it, not "25 routes").
_LABEL_BEFORE = re.compile(r"\b(?:the|its|their|no\.?|number)\s+$", re.IGNORECASE)
_LABEL_AFTER = re.compile(
    r"^\s+(?:bus\s+)?(?:route|bus|service|line|tram|platform|gate|bay|stand|exit|junction)\b"
    r"(?!\s+[a-z]+s\b)",
    re.IGNORECASE,
)
#: ... or after its noun, the noun phrase ending there: "from platform 4 at noon", "ward 7".
_LABEL_NOUN_BEFORE = re.compile(
    r"\b(?:route|bus|line|platform|gate|bay|stand|junction|exit|pier|berth|terminal|ward)\s+$",
    re.IGNORECASE,
)
_LABEL_END_AFTER = re.compile(
    r"^\s*(?:[,.;:)]|$|(?:to|from|at|in|on|and|which|where|was|is|were|are|has|had)\b)",
    re.IGNORECASE,
)
#: Photo credits and gallery counters around a number: page furniture, not a figure.
_CREDIT_BEFORE = re.compile(rf"(?:{AGENCIES}|slideshow|\bPhoto|\bImages?)\s*$", re.IGNORECASE)
_COUNTER_AFTER = re.compile(r"^(?:/\d+|\s+of\s+\d+\s+(?:Full\s+Screen|[A-Z(]|$))")
_COUNTER_BEFORE = re.compile(r"\b\d+\s+of\s+$")
_COUNTER_END = re.compile(r"^\s+(?:Full\s+Screen|[A-Z(])|^\s*$")


#: "by 290 votes to 228", "won 3 goals to 1": a result in words.
_RESULT_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?to\s+(?P<b>\d{1,3}(?:,\d{3})*)(?![\d.,]\d)")
#: (not a code's digits: "in FY26 rose to $4bn", "the M25 to 40 miles")
_RESULT_BEFORE = re.compile(r"(?<![\w,.])(?P<a>\d{1,3}(?:,\d{3})*)\s+(?:[a-z]+\s+)?to\s+$")
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
#: A tally's first number told as votes ("290 votes to 228"), or after a verb of voting
#: ("voted 31 to 14", "passed by 31 to 14", "approved it 9 to 3").
_VOTES_WORD = re.compile(r"^\s+votes?\s+to\b", re.IGNORECASE)
_TALLY_BEFORE = re.compile(
    r"\b(?:vot(?:ed|es?|ing)|passed|approved|rejected|carried|defeated|backed|adopted|"
    r"endorsed)(?:\s+(?:it|them|the\s+\w+))?(?:\s+by)?\s+$|"
    # the verb's object between: "approved an expansion of the zone by 27 to 24"
    r"\b(?:voted|passed|approved|rejected|carried|defeated|backed|adopted|endorsed)\b"
    r"[^.;:,]{1,80}?\bby\s+$|"
    # a jury's or a board's majority: "by a majority of 11 to 1", "a majority verdict of 10 to 2"
    r"\bmajority(?:\s+(?:verdict|vote|decision))?\s+of\s+$",
    re.IGNORECASE,
)
#: A verb of a count's moving, right before its number: "rose 12,000", "fell by £2m".
_MOVED_BEFORE = re.compile(
    r"\b(?:(?:rose|fell|increased|decreased|dropped|grew|climbed|jumped|declined|slipped|surged|"
    r"plunged|soared|shrank|gained|up|down|"
    # a headline's present: "Road deaths fall by 410 to 3,640", "wolf numbers rise 14% to"
    r"rises?|falls?|increases?|decreases?|drops?|grows?|climbs?|jumps?|declines?|slips?|"
    r"surges?|soars?|gains?)(?:\s+by)?"
    # a change done to a thing, by an amount: "raise the average bill by £94 to £2,180"
    r"|\b(?:rais|lift|cut|reduc|increas|decreas|push|bump)\w*\b[^.;\d]{0,60}?\bby)"
    r"\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?[$£€₹₦]?$",
    re.IGNORECASE,
)


#: A change from one value to another before the first: "raise the fee from €90", "rose
#: from 12", "cut its rate from 4.5%" (not "from 3,000 to 4,000 people attend each year").
_CHANGED_FROM_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|drop\w*|grew|"
    r"grow(?:s|n|ing)?|climb\w*|jump\w*|declin\w*|slip\w*|surg\w*|plung\w*|soar\w*|shr[ai]nk\w*|"
    r"rais\w*|lift\w*|cut(?:s|ting)?|reduc\w*|lower\w*|hik\w*|doubl\w*|halv\w*|went\s+up|"
    r"go(?:es|ing)?\s+up|came\s+down|revis\w*|chang\w*|extend\w*|expand\w*)\b"
    r"[^.;\d]{0,60}?\bfrom\s+(?:about\s+|some\s+|around\s+)?[$£€₹₦]?$",
    re.IGNORECASE,
)
#: What tells two numbers joined by a hyphen as a vote's tally: a verb of voting before them
#: ("voted 5-2", "split 7-6") or a word of a vote after ("a 9-4 vote", "9-4 in favour").
_HYPHEN_TALLY_BEFORE = re.compile(r"\b(?:vot(?:ed|ing)|split)(?:\s+by)?\s+$", re.IGNORECASE)
_HYPHEN_TALLY_AFTER = re.compile(
    r"^\s+(?:votes?|vote\s+in\s+favou?r|in\s+favou?r|ballot|decision|margin)\b", re.IGNORECASE
)


def _hyphen_tally(before: str, after: str) -> bool:
    """Two numbers joined by a hyphen, with `before` and `after` the text either side of the
    pair, are a vote's tally."""
    return bool(_HYPHEN_TALLY_BEFORE.search(before) or _HYPHEN_TALLY_AFTER.match(after))


def tally_side(before: str, after: str) -> str | None:
    """Which side of a vote's tally told with "to" a number is ("by 290 votes to 228", "voted
    31 to 14"; `before` and `after` the text either side of it): "for" the first, "against"
    the second, None for no tally. Votes, each side a count."""
    # a tally written as a score: "voting 9-4 in favour", "in a 9-4 vote", "split 7-6"
    if (m := _SCORE_AFTER.match(after)) is not None:
        return "for" if _hyphen_tally(before, after[m.end() :]) else None
    if (m := _SCORE_BEFORE.search(before)) is not None:
        return "against" if _hyphen_tally(before[: m.start()], after) else None
    if _RESULT_AFTER.match(after) is not None:
        first = bool(_VOTES_WORD.match(after) or _TALLY_BEFORE.search(before))
        return "for" if first else None
    second = _RESULT_BEFORE.search(before)
    if second is not None:
        ahead = before[: second.start()]
        tally = "vote" in second.group(0).lower() or bool(_TALLY_BEFORE.search(ahead))
        return "against" if tally else None
    return None


def _is_score(digits: str, before: str, after: str) -> bool:
    """ "8-7", "3-1", "6-6", "won 3 goals to 1": two numbers joined by a hyphen or "to", the
    second not above the first (a range goes up: "10-20", "from 3,000 to 4,000"). Not a
    vote's tally ("by 290 votes to 228", `tally_side`)."""
    value = _plain_number(digits)
    if not _FROM_BEFORE.search(before):
        if (m := _RESULT_AFTER.match(after)) is not None:
            if _DURATION_AFTER.match(after[m.end() :]):
                return False  # "sentenced 12 men to five years": a count and a term
            return float(m["b"].replace(",", "")) <= value and not tally_side(before, after)
        if (
            (m := _RESULT_BEFORE.search(before)) is not None
            and not _FROM_BEFORE.search(before[: m.start()])
            and not _MOVED_BEFORE.search(before[: m.start()])
            and not tally_side(before, after)
        ):
            # (not "rose 12,000 to 1.41 million": a change, then a level)
            return value <= float(m["a"].replace(",", ""))
    if (m := _SCORE_AFTER.match(after)) is not None:
        return digits.isdigit() and int(m["b"]) <= int(digits) and not tally_side(before, after)
    if (m := _SCORE_BEFORE.search(before)) is not None:
        return digits.isdigit() and int(digits) <= int(m["a"]) and not tally_side(before, after)
    return False


_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
#: "magnitude 6.4", "of magnitude 6.4", "a 6.4-magnitude quake", "6.4 on the Richter scale".
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?\s+$", re.IGNORECASE)
#: A quake's reading by its verb: "the earthquake measured 6.8", "a quake measuring 5.9",
#: "the quake, which the centre measured at 5.4", "a tremor the agency put at 4.9".
_QUAKE_READING_BEFORE = re.compile(
    r"\b(?:earthquake|quake|tremor|temblor|aftershock)s?\b[^.;]{0,60}?\b(?:(?:measured|measuring|"
    r"registered|registering)(?:\s+at)?|(?:rated|put|estimated)\s+(?:it\s+)?at)\s+$",
    re.IGNORECASE,
)
_MAGNITUDE_AFTER = re.compile(
    r"^(?:(?:-|\s+)magnitude\b|\s+on\s+the\s+(?:Richter|moment\s+magnitude)\s+scale\b)",
    re.IGNORECASE,
)
#: A length of time imposed or served is a figure, not a period: "sentenced to five years",
#: "jailed for 18 months", "a ban of three years", "handed a 10-year term".
_TERM_BEFORE = re.compile(
    r"\b(?:sentenc\w*|jail\w*|imprison\w*|prison|term|bann?\w*|suspen\w*|detention|"
    r"custody|locked\s+up|behind\s+bars|serve\w*)\b[^.;:]{0,120}?\b(?:to|for|of)\s+"
    r"(?:up\s+to\s+|at\s+least\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?$",
    re.IGNORECASE,
)
#: A window after a change: "2.1% year on year", "1.3% quarter-on-quarter".
_ON_THE_PERIOD = re.compile(
    r"^[\s-]*(?:quarter|year|month|week)[- ]on[- ](?:(?:the\s+)?(?:previous|last)\s+)?"
    r"(?:quarter|year|month|week)\b",
    re.IGNORECASE,
)
_TERM_AFTER = re.compile(r"^(?:\s+|-)(?P<u>year|month|week|day)s?\b", re.IGNORECASE)
#: The smaller unit of a term told in two ("two years and nine months", "3 years, 4 months").
_AND_SMALLER_UNIT = re.compile(
    r"(?:\s+and|,)\s+(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(?P<u>month|week|day)s?\b", re.IGNORECASE
)
#: How many of the smaller unit a larger one holds, by unit pair.
_TERM_UNITS_IN = {("years", "months"): 12.0, ("weeks", "days"): 7.0}
#: A term a person must serve, told by its verb alone: "must serve at least 17 years", "will
#: serve 12 years", "ordered to serve 30 months" (not "served 12 years as mayor").
_SERVE_BEFORE = re.compile(
    r"\b(?:must|will|would|shall|to)\s+(?:now\s+|still\s+)?serve\s+(?:up\s+to\s+|at\s+least\s+|"
    r"a\s+minimum\s+of\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|another\s+|a\s+further\s+)?$",
    re.IGNORECASE,
)
#: A term named by its noun: "a nine-year sentence", "a six-month ban", "a 10-year jail term".
_TERM_NOUN_AFTER = re.compile(
    r"^-(?P<u>year|month|week|day)\s+(?:(?:jail|prison|custodial|suspended|driving|playing)\s+)?"
    r"(?:sentence|term|ban|suspension|stretch)\b",
    re.IGNORECASE,
)
#: "seven in 10 voters", "one in five", "3 out of 4": a share, as a percentage.
_SHARE_AFTER = re.compile(
    r"^\s+(?:in|out\s+of)\s+(?P<d>10|ten|100|a\s+hundred|five|four|three|20|twenty)\b",
    re.IGNORECASE,
)
#: "one in 15", "one in eight", "1 in 40": one of so many, a share whatever the denominator.
_ONE_IN_AFTER = re.compile(
    r"^\s+in\s+(?:every\s+)?(?P<d>\d{1,3}(?:,\d{3})+(?![\d,.])|\d{1,4}(?![\d,.])|two|six|seven|eight|nine|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|thirty|forty|fifty|"
    # (not a time: "one in two minutes", "one in 15 years")
    r"a\s+thousand)\b(?!\s*(?:%|per\s*cent|percent))(?!\s+(?:seconds?|minutes?|hours?|days?|"
    r"weeks?|months?|years?|decades?)\b)",
    re.IGNORECASE,
)
_SHARE_DENOMINATORS = {
    "10": 10,
    "ten": 10,
    "100": 100,
    "a hundred": 100,
    "five": 5,
    "four": 4,
    "three": 3,
    "20": 20,
    "twenty": 20,
}


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: Qualifier


_PLURAL_NOUN = re.compile(
    r"^\s+(?:of\s+(?:its|their|our|his|her)\s+(?:[a-z]+\s+)?)?"  # "3.8m of its customers"
    # "40m monthly users", "14m active users", "2m new homes": a word that says which ones
    r"(?:(?:new|more|extra|unique|regular|[a-z]+ly|[a-z]+ive|[a-z]{3,}ed|[a-z]{3,}ing|"
    r"(?!(?:several|equal|total)\b)[a-z]+al)\s+)?"
    r"(?:people|children|(?!(?:across|is|was|has|this|thus|plus|as|us|its|his|versus)\b)"
    r"[a-z]+s)\b",
    re.IGNORECASE,
)


#: What a bare "m" stands after that makes it metres: a size or a thing measured by length
#: ("waves of 6m", "jumped 8.2m", "a tower 330m", "sea levels rose 2m").
_METRES_BEFORE = re.compile(
    r"\b(?:deep|depth|high|height|tall|long|length|wide|width|waves?|swells?|surges?|tides?|"
    r"snow|snowfall|water|floodwaters?|rivers?|jump\w*|leap\w*|throw\w*|vault\w*|towers?|"
    r"walls?|bridges?|tunnels?|wells?|dams?|cliffs?|craters?|altitude|elevation|distance|"
    r"sea\s+levels?|below|above|underground|metres?|meters?|across|span\w*)\b",
    re.IGNORECASE,
)
#: What follows a number in millions written "7.6m" with no noun: the sentence's end, a
#: clause's, or a word that starts a phrase of time or place ("hit 7.6m in January").
_MILLIONS_AFTER = re.compile(
    r"^\s*(?:[.,;:)]|$|(?:in|on|at|by|from|to|last|this|per|a|an|and|or|yoy|year|after|"
    r"before|since|over|during|compared|against|versus|vs|up|down)\b)",
    re.IGNORECASE,
)


def _millions_alone(before: str, after: str, digits: str) -> bool:
    """Whether a bare "7.6m" is millions ("the waiting list hit 7.6m in January",
    "passengers: 28.4m"): nothing before it says a length, no noun follows it that it sizes
    ("a 40m well", "330m tall" are metres), and its digits are not whole thousands grouped
    by a comma: "discovered at 3,400m", "reached 8,000m" are metres (millions that large are
    written "3.4bn", or in a currency, "£3,400m")."""
    clause = re.split(r"[.;:]\s", before)[-1]
    if _GROUPED_THOUSANDS.fullmatch(digits):
        return False
    return not _METRES_BEFORE.search(clause) and bool(_MILLIONS_AFTER.match(after))


_GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _measure_unit(written: str) -> str:
    phrase = re.sub(r"\s+", " ", written.strip(" -"))
    if phrase.casefold() == "m":
        return "m"  # its pattern looks ahead to what follows, which the phrase lacks
    return next(unit for pattern, unit in _MEASURE_NAME if pattern.match(phrase))


def _digits_or_words(raw: str) -> float | None:
    """A small number written in digits ("17", "14.2") or words ("nine"); None for other
    words."""
    return float(raw) if re.fullmatch(r"\d+(?:\.\d+)?", raw) else _words_to_number(raw)


def _words_to_number(words: str) -> float | None:
    cleaned = re.sub(r"\s+", " ", words.lower().replace("-", " ")).strip()
    try:
        return float(text2num(cleaned, "en"))
    except ValueError:
        return None


def _share_after(after: str, one: bool) -> re.Match[str] | None:
    """The denominator after a number that makes it a share: "seven in 10", "3 out of 4",
    and after one only, any denominator ("one in 15 participants", "1 in 40")."""
    return _SHARE_AFTER.match(after) or (_ONE_IN_AFTER.match(after) if one else None)


def _denominator(written: str) -> float:
    """A share's denominator as written ("10", "a hundred", "2,000", "fifteen"); 0 when it
    cannot be read."""
    written = re.sub(r"\s+", " ", written.lower())
    digits = written.replace(",", "")
    if written in _SHARE_DENOMINATORS:
        return _SHARE_DENOMINATORS[written]
    return float(digits) if digits.isdigit() else (_words_to_number(written) or 0.0)


#: The part of a scale a phrase names: "a quarter of a million" is a quarter of it.
_PARTS_OF_A_SCALE = {"quarter": 1 / 4, "quarters": 3 / 4}


def _part_of_a_scale(phrase: str) -> float:
    """How much of its scale word a phrase names: "half a million" 0.5, "one and a half
    million" 1.5, "three-quarters of a billion" 0.75, "a million" 1."""
    words = re.split(r"[\s-]+", phrase)
    if "and" in words and "half" in words:
        whole = words[0]
        return (float(whole) if whole.isdigit() else (_words_to_number(whole) or 0.0)) + 0.5
    part = next((w for w in words if w in _PARTS_OF_A_SCALE), None)
    if part is not None:
        return _PARTS_OF_A_SCALE[part]
    return 0.5 if "half" in words else 1.0


def _plain_number(digits: str) -> float:
    """Digits as a number: "1,200" 1200, "2½" 2.5."""
    part = _VULGAR.get(digits[-1:], 0.0)
    return float(digits.replace(",", "").rstrip("".join(_VULGAR))) + part


def _digits_to_number(digits: str, scale: str | None) -> float:
    value = _plain_number(digits)
    if scale:
        s = re.sub(r"\s+", " ", scale.strip(" -").lower())
        value *= _SCALES.get(s) or _SCALES_INDIAN.get(s) or _SHORT_SCALES[s]
    return value


def _significant_digits(digits: str) -> int:
    """How many significant digits a number is written with: "67.2" 3, "2100" 2, "0.25" 2."""
    if not digits:
        return 0
    whole = digits if "." in digits else digits.rstrip("0")
    return len(whole.replace(".", "").lstrip("0"))


def _last_step(digits: str, value: float | None) -> float | None:
    """One step of the last significant digit written, in the value's units: 1 for "64",
    1,000 for "12,000", 100,000 for "1.6" million; None for a number in words."""
    figures = _significant_digits(digits)
    if not figures or not value:
        return None
    return float(10 ** (math.floor(math.log10(abs(value))) - figures + 1))


def _bounds(
    kind: str, value: float, precise: bool = False, step: float | None = None
) -> tuple[float | None, float | None, Qualifier]:
    """Interval a qualifier allows around `value`. "some"/"about" are taken as ±10%, or
    ±3% for a number written with three significant digits or more ("some 67.2 per cent",
    "about 487", "some 1.26m"): a writer who rounds does not give them; and never more than
    one step of the last digit written ("some 64 per cent" is 63 to 65, "about 1.6 million"
    1.5 to 1.7 million: "about" rounds, it does not reach further). "Nearly" is up to a tenth
    below, "just over" up to a tenth above, and neither past one step of the last digit
    ("just over 41" is under 42)."""
    if kind == "at_least":
        return value, None, "at_least"
    if kind == "at_most":
        return 0.0, value, "at_most"
    # a near bound reaches no further than the next round number the writer passed over:
    # "just over 38C" is under 39C, "nearly 19" over 18 ("nearly 500" still from 450)
    near = min(0.1, step / abs(value)) if step and value else 0.1
    if kind == "below":
        return round(value * (1 - near), 6), value, "approx"
    if kind == "above":
        return value, round(value * (1 + near), 6), "approx"
    if kind == "approx":
        spread = 0.03 if precise else 0.1
        if step is not None and value:
            spread = min(spread, step / value)
        return round(value * (1 - spread), 6), round(value * (1 + spread), 6), "approx"
    return value, value, "exact"


def _is_year(digits: str, scale: str | None, pct: str | None, qualified: bool) -> bool:
    return (
        not scale
        and not pct
        and not qualified
        and re.fullmatch(r"1[5-9]\d\d|20\d\d|2100", digits) is not None
    )


#: "pounds" of a weight, not money: of a thing that is weighed ("9,000 pounds of dead fish",
#: "400 pounds of cocaine"), or of what weighs ("weighing 1,200 pounds"). "#" stands for the
#: number. Money has its nouns after "of" ("two million pounds of public money").
_POUNDS_OF_WEIGHT = re.compile(
    r"#\s+of\s+(?!(?:\w+\s+)?(?:money|funding|funds|investment|cash|revenue|sales|debt|"
    r"damage|spending|savings|subsid\w*|aid|profits?|loss(?:es)?|fees|taxes|tax|income|"
    r"assets|capital|contracts?|bonds?|shares|equity|credit|loans?|compensation|"
    r"taxpayers|public|government|state|new|extra|additional|his|her|their|its|the)\b)"
    r"[a-z]|\bweigh(?:s|ed|ing)?\s+(?:in\s+at\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|"
    r"almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?[^\s#]*\s*#"
    # a weight's conversion in brackets: "2.3 tonnes (about 5,070 pounds)"
    r"|\d\s*(?:tonnes?|tons?|t|kg|kilo(?:gram)?s?|grams?|g)\s*\(\s*(?:about\s+|around\s+|"
    r"roughly\s+|some\s+|nearly\s+|almost\s+|approximately\s+|more\s+than\s+|over\s+)?#"
    r"|#\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?[\d.,]+\s*"
    r"(?:tonnes?|kg|kilo(?:gram)?s?|grams?)\b",
    re.IGNORECASE,
)


def _parse_one(text: str, m: re.Match[str]) -> _Match | None:
    low: float | None
    high: float | None
    start, end = m.start(), m.end()
    before, after = text[max(0, start - 40) : start], text[end:]
    if m.group("pct") is None and m.group("curafter") is None:
        # A trailing space belongs to the next word, not the number.
        end = m.start() + len(m.group(0).rstrip())
        after = text[end:]
    prefix = _PREFIX_RE.search(before)
    kind = _prefix_kind(prefix, "exact")
    if (
        prefix
        and prefix.group("q").lower() == "under"
        and (_UNDER_A_LAYER.match(after) or _BENEATH_BEFORE.search(before))
    ):
        # "buried under 74cm of snow", "trapped under 19 collapsed buildings": beneath, not
        # below
        prefix, kind = None, "exact"
    if prefix and _WOKE_UP_TO.search(before):
        prefix, kind = None, "exact"  # "woke up to a foot of snow", "will go up to $49"
    if prefix is None and _CROSSING_BEFORE.search(before):
        # "cases pass 1,000": past the mark (a unit says the number is the mark: "tops 45C")
        named = m.group("pct") or m.group("measure") or m.group("cur") or m.group("curafter")
        if named or _NO_NOUN_AFTER.match(after):
            kind = "at_least"
    cur = m.group("cur")
    unit: str | None = _CURRENCY_BEFORE.get(cur.strip().lower()) if cur else None
    if cur and unit is None and cur.strip() in _ISO_CODE_SET:
        unit = cur.strip()  # "DKK 2.6bn"
    if m.group("curafter"):
        named = re.sub(r"\s+", " ", m.group("curafter").strip().lower())
        if named.split()[-1] == "won":
            unit = "KRW"  # (`_WON`: "10,740 won", "1.2 trillion Korean won")
        else:
            unit = _CURRENCY_AFTER.get(named) or _CURRENCY_NAMED[named]
        if named == "pounds" and _POUNDS_OF_WEIGHT.search(text[: m.start()] + "#" + after):
            unit = "lb"  # "9,000 pounds of dead fish", "weighing 1,200 pounds": a weight
    if m.group("pct"):
        unit = "%"
    if m.group("measure"):
        unit = _measure_unit(m.group("measure"))
        bare = unit in ("°C", "°F") and not re.search(r"[°º]|degree", m.group("measure"), re.I)
        decimal = "." in (m.group("digits") or "")  # "46.1C": no code has a decimal point
        if bare and not decimal and not _WEATHER.search(text):
            return None  # "Section 3C", "Flat 4F": a code, not a temperature
        if unit == DEGREES_UNIT and not _WEATHER.search(_DEGREE_WORD.sub(" ", text)):
            # "2,000 degrees awarded", "a 360-degree turn": a count or an angle, as before
            unit, end = None, m.start("measure")
            after = text[end:]

    if m.group("vague"):
        low, high = _VAGUE[re.sub(r"\s+", " ", m.group("vague").lower())]
        if kind in ("at_least", "at_most"):
            return None  # "more than thousands" is not a figure anyone reports
        qualifier: Qualifier = "range"
        value = None
    else:
        if m.group("half"):
            phrase = m.group("half").lower()
            scale = _SCALES.get(phrase.split()[-1], 1.0)  # "half a metre": of one unit
            value = scale * _part_of_a_scale(phrase)
        elif m.group("digits"):
            digits, dscale = m.group("digits"), m.group("dscale")
            if (
                cur == "R"
                and not dscale
                and "," not in digits
                and not _CENTS.search(digits)
                and not _RAND_RATE_AFTER.match(after)
                and not _RAND_SUM_BEFORE.search(before)
            ):
                return None  # "the R2", "R5": a road or a code, not rand
            if cur == "N" and not dscale and "," not in digits:
                return None  # "N95 masks", "the N2": a code, not naira
            if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
                return None  # a date: "Feb. 8", "30 August"
            if _SPAN_END_BEFORE.search(before):
                return None  # the last day of a span: "between June 10 and 17"
            if _YEAR_SPAN_BEFORE.search(before):
                return None  # "for 2026-27": a financial year, not a figure
            if _TIME_AFTER.match(after):
                return None
            if not dscale and _GLUED_AFTER.match(after):
                return None  # ordinals and codes: "2nd", "8Previous"
            if _is_year(digits, dscale, m.group("pct"), prefix is not None):
                return None
            if (
                dscale
                and dscale.lower() == "m"
                and not cur
                and not _PLURAL_NOUN.match(after)
                and not _millions_alone(before, after, digits)
            ):
                dscale, unit = None, "m"  # "the 40m dry well": metres; "2m people": millions
            value = _digits_to_number(digits, dscale)
            if (m.group("curafter") or "").strip().lower() in _HUNDREDTHS:
                value /= 100
        else:
            words = m.group("words")
            share_of_one = _share_after(after, one=True)
            one_in = (
                words.lower() == "one"
                and share_of_one is not None
                and not re.search(r"\b(?:no|any|every|some)\s*$", before, re.IGNORECASE)
                and not _DURATION_AFTER.match(after[share_of_one.end() :])
            )
            if words.lower() in ("one", "hundred", "thousand", "million", "billion") and not one_in:
                return None  # "one of the", "no one": a pronoun, not a count ("one in five" is)
            if _MONTH_BEFORE.search(before):
                return None
            number = _words_to_number(words)
            if number is None:
                return None
            value = number
        term = _TERM_AFTER.match(after)
        imposed = _TERM_BEFORE.search(text[max(0, start - 170) : start]) or _SERVE_BEFORE.search(
            text[max(0, start - 60) : start]
        )
        if term and (imposed or _TERM_NOUN_AFTER.match(after)):
            # "sentenced to five years", "a nine-year sentence": the term imposed is a
            # figure, counted in its unit (a term named by its noun is one `_TERM_AFTER` reads)
            unit, end = f"{term['u'].lower()}s", end + term.end()
            more = _AND_SMALLER_UNIT.match(text, end)
            rest = _digits_or_words(more["n"]) if more else None
            ratio = _TERM_UNITS_IN.get((unit, f"{more['u'].lower()}s")) if more else None
            if more and rest is not None and ratio is not None:
                # "two years and nine months": one term, in its smaller unit (33 months)
                value, unit, end = value * ratio + rest, f"{more['u'].lower()}s", more.end()
            low, high, qualifier = _bounds(kind, value)
            start -= len(prefix.group(0)) if prefix else 0
            return _Match(start, end, value, low, high, unit, qualifier)
        if _DURATION_AFTER.match(after) and not (unit is not None and _ON_THE_PERIOD.match(after)):
            # "two weeks", "three-hour": a period, not a figure; but "2.1% year on year" is a
            # change over a window
            return None
        quake_reading = unit is None and _QUAKE_READING_BEFORE.search(
            text[max(0, start - 100) : start]
        )
        if _MAGNITUDE_BEFORE.search(before) or _MAGNITUDE_AFTER.match(after) or quake_reading:
            unit = MAGNITUDE_UNIT
        share = _share_after(after, one=value == 1) if unit is None else None
        if share is not None:
            total = _denominator(share["d"])
            if 0 < value < total:
                # "seven in 10" is a share rounded to its denominator, 65% to 75%, and as
                # any rounding never further than ±10%: "one in five" is 18% to 22%
                end += share.end()
                pct = 100.0 / total
                start -= len(prefix.group(0)) if prefix else 0
                return _Match(
                    start,
                    end,
                    value * pct,
                    round(max(value - 0.5, value * 0.9) * pct, 6),
                    round(min(value + 0.5, value * 1.1) * pct, 6),
                    "%",
                    "approx",
                )
        share_to_share = m.group("pct") and not _SCORE_AFTER.match(after)
        # (a tally's verb may stand further back: "approved an expansion of the zone by 27 to 24")
        wide = text[max(0, start - 120) : start]
        if m.group("digits") and not share_to_share and _is_score(m.group("digits"), wide, after):
            # "won 8-7", "a 3-1 lead": a score, not a count; but "leads Pruitt 44% to 39%"
            # gives two shares, each its side's
            return None
        counter = _COUNTER_BEFORE.search(before) and _COUNTER_END.match(after)
        if _CREDIT_BEFORE.search(before) or _COUNTER_AFTER.match(after) or counter:
            return None  # "Getty Images 5", "1 of 26 Full Screen", "3/29": page furniture
        label = (_LABEL_BEFORE.search(before) and _LABEL_AFTER.match(after)) or (
            _LABEL_NOUN_BEFORE.search(before) and _LABEL_END_AFTER.match(after)
        )
        if m.group("digits") and unit is None and label:
            return None  # "the 25 route", "the number 7 bus", "Platform 4": a name, not a count
        if re.match(r"^-time\b", after, re.IGNORECASE):
            return None  # "four-time world champion": how often, not how many
        tail = (
            _RANGE_TAIL.match(after)
            if _BETWEEN_BEFORE.search(before)
            or (m.group("digits") and re.match(r"^\s*(?:-|–|to)\s*[$£€₹₦]?\d", after))
            else None
        )
        if tail and re.match(r"^\s*(?:-|–|to|and)\s*[$£€₹₦]", after) and not cur:
            tail = None  # "rose 5% to $15": a share, then a price
        if tail and m.group("measure") and _PCT_AFTER.match(after[tail.end() :]):
            tail = None  # "rose 0.3 percentage points to 5.1%": a change, then a level
        if (
            tail
            and _MOVED_BEFORE.search(text[max(0, start - 90) : start])
            and re.match(r"^\s*to\b", after)
            and not _PCT_AFTER.match(after[tail.end() :])
        ):
            # "rose 12,000 to 1.41 million": a change, then a level ("rose 20 to 30 per
            # cent" stays a range of rises)
            tail = None
        if tail and _CHANGED_FROM_BEFORE.search(text[max(0, start - 90) : start]):
            # "will raise the fee from €90 to €120", "the toll rose from 12 to 19": the old
            # value and the new, two figures, not a range
            tail = None
        if tail:
            hi_text = tail.group("hi")
            hi = (
                _digits_to_number(hi_text, tail.group("hscale"))
                if hi_text[0].isdigit()
                else _words_to_number(hi_text)
            )
            if hi is not None and hi > value:
                if tail.group("hscale") and not (m.group("dscale") or m.group("half")):
                    value *= _SCALES.get(tail.group("hscale").strip().lower()) or 1
                end += tail.end()
                after = text[end:]
                if _DURATION_AFTER.match(after) or _MONTH_AFTER.match(after):
                    return None  # "two to three weeks"; "between 20 and 26 August": days
                between = _BETWEEN_BEFORE.search(before)
                if between:
                    start -= len(between.group(0))
                return _Match(start, end, None, value, hi, unit, "range")
        digits_written = (m.group("digits") or "").replace(",", "")
        precise = _significant_digits(digits_written) >= 3
        low, high, qualifier = _bounds(kind, value, precise, _last_step(digits_written, value))
        suffix = _SUFFIX_RE.match(after)
        if suffix and kind == "exact":
            q = suffix.group("q").lower()
            if "more" in q:
                low, high, qualifier = value, None, "at_least"
            elif "so" in q:
                low, high, qualifier = _bounds("approx", value)
            else:
                low, high, qualifier = 0.0, value, "at_most"
            end += suffix.end()
    if prefix:
        start -= len(prefix.group(0))
    if unit in ("°C", "°F") and value is not None and _MINUS_BEFORE.search(before):
        # "-41.3C", "−12°F": below zero; a hyphen after a number is a range ("10-12C")
        start, value = start - 1, -value
        low, high = (-high if high is not None else None), (-low if low is not None else None)
    return _Match(start, end, value, low, high, unit, qualifier)


_MINUS_BEFORE = re.compile(r"(?:^|[\s(:])[-−]$")


def _matches(text: str) -> list[_Match]:
    out: list[_Match] = []
    for m in _NUMBER.finditer(text):
        if not m.group(0).strip() or (out and m.start() < out[-1].end):
            continue  # empty, or inside the last figure ("20" of "between 10-20")
        parsed = _parse_one(text, m)
        if parsed is not None:
            out.append(parsed)
    return out


def format_number(value: float | None) -> str:
    """A bound for people: '1,800', '4.62', or '∞' for an open end."""
    if value is None:
        return "∞"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def parse_quantity(phrase: str) -> Quantity:
    """Parse one number phrase ("more than 3 million") into a Quantity; ValueError if none."""
    found = _matches(phrase)
    if not found:
        raise ValueError(f"no quantity in {phrase!r}")
    return _to_quantity(phrase, found[0])


def _to_quantity(text: str, m: _Match) -> Quantity:
    return Quantity(
        number=text[m.start : m.end],
        number_span=(m.start, m.end),
        value=m.value,
        low=m.low,
        high=m.high,
        unit=m.unit,
        qualifier=m.qualifier,
    )


_FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "three quarters": 0.75,
}
_FRACTION_RE = re.compile(
    r"\b(?:(?P<q>about|around|roughly|nearly|almost|some|approximately)\s+)?"
    r"(?P<f>"
    + "|".join(k.replace(" ", r"\s+") for k in sorted(_FRACTIONS, key=len, reverse=True))
    + r")\s+of\s+(?:them|those|these|whom|which)\b",
    re.IGNORECASE,
)


#: A fraction of a percentage point: "a quarter of a percentage point", "half a percentage
#: point", "three-quarters of a point" after a verb of change.
_POINT_FRACTION = re.compile(
    r"\b(?P<f>a\s+quarter|one\s+quarter|three[\s-]quarters|half)\s+(?:of\s+)?a\s+"
    r"(?:percentage[\s-]+)?point\b",
    re.IGNORECASE,
)
_POINT_PARTS = {"a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "half": 0.5}


def _point_fractions(sentence: str) -> list[_Match]:
    """ "Cut its rate by a quarter of a percentage point": 0.25 points."""
    out = []
    for m in _POINT_FRACTION.finditer(sentence):
        if "percentage" not in m.group(0).lower() and not _POINT_CHANGE.search(
            sentence[: m.start()]
        ):
            continue  # "half a point" of a game; a point of a rate follows a verb of change
        v = _POINT_PARTS[re.sub(r"[\s-]+", " ", m.group("f").lower())]
        out.append(_Match(m.start(), m.end(), v, v, v, "pp", "exact"))
    return out


_POINT_CHANGE = re.compile(
    r"\b(?:cut|raised?|lowered?|hiked?|reduced?|increased?)\s+\w*\s*\w*\s*by\s+$", re.I
)


#: A share named by a fraction word: "a third of patients", "nearly two-thirds of voters",
#: "half the households". Not a fraction of one thing ("a third of a mile", "half an hour"),
#: of a stretch of time or play ("half of the season", "the first half of the year"), or of
#: a pronoun ("half of them" is a part of the number before it: `_fractions`).
_SHARE_FRACTIONS = {
    "half": 1 / 2,
    "a half": 1 / 2,
    "one half": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "three quarters": 3 / 4,
    "a fifth": 1 / 5,
    "one fifth": 1 / 5,
    "two fifths": 2 / 5,
    "three fifths": 3 / 5,
    "four fifths": 4 / 5,
    "a tenth": 1 / 10,
    "one tenth": 1 / 10,
    # "nine-tenths of the homes", "three-tenths of the budget"
    **{
        f"{n} tenths": k / 10
        for k, n in enumerate("two three four five six seven eight nine".split(), 2)
    },
}
_FRACTION_WORDS = "|".join(
    k.replace(" ", r"[\s-]+") for k in sorted(_SHARE_FRACTIONS, key=len, reverse=True)
)
_SHARE_FRACTION = re.compile(
    r"(?<![\w-])(?P<f>"
    + _FRACTION_WORDS
    # "half the households", "lay off half its workforce": "half" alone takes a determiner
    + r")\s+(?:of\s+(?:(?:the|all|its|their|his|her|our|this|these|those)\b)?|"
    r"(?<=half\s)(?:the|its|their|his|her|our)\b)"
    r"\s*(?P<next>[A-Za-z'’-]+)",
    re.IGNORECASE,
)
#: A share told by a fraction after the noun of a share: "turnout was just over a quarter",
#: "its share stood at about a third", "a turnout of nearly half" ("a third of voters" is
#: `_SHARE_FRACTION`'s).
_SHARE_IS_FRACTION = re.compile(
    r"\b(?:turnout|share|proportion|percentage)\b[^.;:\d]{0,50}?\b(?:was|is|were|are|"
    # "put turnout at about a third", "with turnout at nearly half"
    r"stood\s+at|reached|came\s+(?:in\s+)?(?:to|at)|(?:fell|rose|dropped|climbed)\s+to|of|at)\s+"
    rf"(?:(?P<q>{_PREFIX_WORDS})\s+)?(?P<f>{_FRACTION_WORDS})(?![\w-])"
    r"(?!\s+(?:of|an?|the|that|those|point|percentage)\b)",
    re.IGNORECASE,
)
#: A share of what a thing holds told by a fraction: "one-third full", "about half full" (not
#: "half-empty", which is the share it lacks).
_FRACTION_FULL = re.compile(
    rf"(?<![\w-])(?:(?P<q>{_PREFIX_WORDS})\s+)?(?P<f>{_FRACTION_WORDS})[\s-]+full\b(?!-)",
    re.IGNORECASE,
)
#: A change by a fraction: "applications rose by a quarter", "cut its staff by a third" (not
#: "by a third of the vote", a share of something named).
_CHANGE_FRACTION = re.compile(
    r"\b(?:rose|risen|rise[sn]?|rising|fell|fallen|falls?|falling|grew|grown|grow(?:s|ing)?|"
    r"increased?|increasing|decreased?|decreasing|jumped|jumps?|climbed|climbs?|dropped|"
    r"drops?|cut|cuts|cutting|reduced?|reducing|shrank|shrunk|shrinks?|slumped|slumps?|"
    r"soared|soars?|plunged|plunges?|declined?|declining|expanded|expands?|swelled|"
    r"raised?|raising|lifted|lifts?|lifting|boosted|boosts?|hiked?|hiking|"
    r"(?:up|down))(?:\s+[a-z]+){0,3}?\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|"
    r"roughly\s+|some\s+|more\s+than\s+)?"
    r"(?P<f>a\s+(?:half|third|quarter|fifth|tenth)|half|one[\s-]+(?:third|quarter|fifth|tenth)|"
    r"two[\s-]+(?:thirds|fifths)|three[\s-]+(?:quarters|fifths)|four[\s-]+fifths)\b"
    r"(?!\s+of\b)(?![\s-]+(?:point|percentage|an?)\b)",
    re.IGNORECASE,
)
_NOT_A_SHARE_OF = re.compile(
    r"^(?:a|an|one|them|those|these|whom|which|what|that|this|it|us|you|hour|minute|day|night|"
    r"week|month|year|decade|century|season|campaign|game|match|race|way|distance|time|term|"
    r"session|period|quarter|half|mile|kilometre|lap|innings|inning|set|round|second|length|"
    r"century|millennium)s?$",
    re.IGNORECASE,
)
_PART_OF_PLAY_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|final|last|opening|closing|other|the|in)\s+$", re.IGNORECASE
)


#: A count in dozens: "a dozen buildings", "half a dozen boats", "about two dozen homes"
#: (not "dozens", a vague plural; not "several" or "a few dozen").
_DOZENS = {
    "a": 12,
    "one": 12,
    "half a": 6,
    "two": 24,
    "three": 36,
    "four": 48,
    "five": 60,
    "six": 72,
}
_DOZEN = re.compile(
    r"(?<![\w-])(?P<n>"
    + "|".join(k.replace(" ", r"\s+") for k in sorted(_DOZENS, key=len, reverse=True))
    + r")\s+dozen\b(?!s)",
    re.IGNORECASE,
)


def _dozens(sentence: str) -> list[_Match]:
    """ "Some two dozen homes": about 24. A dozen is a loose count: a sixth either side ("a
    dozen" is 10 to 14), or the bounds its hedge gives ("more than a dozen": 12 or more)."""
    out = []
    for m in _DOZEN.finditer(sentence):
        value = float(_DOZENS[re.sub(r"\s+", " ", m["n"].lower())])
        before = sentence[max(0, m.start() - 40) : m.start()]
        prefix = _PREFIX_RE.search(before)
        kind = _prefix_kind(prefix, "approx")
        low, high, qualifier = _bounds(kind, value)
        if kind == "approx":
            low, high = round(value * 5 / 6, 6), round(value * 7 / 6, 6)
        start = m.start() - (len(prefix.group(0)) if prefix else 0)
        out.append(_Match(start, m.end(), value, low, high, None, qualifier))
    return out


#: A count told by how many digits it has: "in single figures", "into double digits".
_FIGURES_TOLD = re.compile(
    r"\b(?:in|into|to|reach(?:ed|es)?)\s+(?P<n>single|double|triple)\s+(?:figures|digits)\b",
    re.IGNORECASE,
)
_DIGITS_SPAN = {"single": (1.0, 9.0), "double": (10.0, 99.0), "triple": (100.0, 999.0)}


def _figures_told(sentence: str) -> list[_Match]:
    """ "Admissions stayed in single figures": 1 to 9; "seats in double digits": 10 to 99."""
    out = []
    for m in _FIGURES_TOLD.finditer(sentence):
        low, high = _DIGITS_SPAN[m["n"].lower()]
        out.append(_Match(m.start("n"), m.end(), None, low, high, None, "range"))
    return out


def _fraction_of(fraction: str) -> float:
    """The part of one a fraction word names: "two-thirds" 2/3, "a Quarter" 0.25."""
    return _SHARE_FRACTIONS[re.sub(r"[\s-]+", " ", fraction.lower())]


def _share_of(fraction: str) -> float:
    """The per cent a fraction word names: "two-thirds" 66.666667, "a Quarter" 25."""
    return round(100 * _fraction_of(fraction), 6)


def _share_fractions(sentence: str) -> list[_Match]:
    """ "Nearly a third of patients": a share of about 33%, its hedge read as a number's is.

    A fraction word rounds as a writer rounds: ±10% of its value ("a third" is 30% to 36.7%),
    which keeps "one in five" (18% to 22%) apart from "a quarter" (22.5% to 27.5%)."""
    out = []
    for m in _CHANGE_FRACTION.finditer(sentence):
        # "rose by a quarter", "cut by a third": the size of a change, as a share
        value = _share_of(m["f"])
        low, high, qualifier = _bounds("approx", value)
        out.append(_Match(m.start("f"), m.end("f"), value, low, high, "%", qualifier))
    for m in _FRACTION_FULL.finditer(sentence):
        # "reservoirs are only one-third full": a share of what they hold
        value = _share_of(m["f"])
        low, high, qualifier = _bounds(_prefix_kind(m if m["q"] else None, "approx"), value)
        start = m.start("q") if m["q"] else m.start("f")
        out.append(_Match(start, m.end("f"), value, low, high, "%", qualifier))
    for m in _SHARE_IS_FRACTION.finditer(sentence):
        value = _share_of(m["f"])
        kind = _prefix_kind(m if m["q"] else None, "approx")
        low, high, qualifier = _bounds(kind, value)
        start = m.start("q") if m["q"] else m.start("f")
        out.append(_Match(start, m.end("f"), value, low, high, "%", qualifier))
    for m in _SHARE_FRACTION.finditer(sentence):
        before = sentence[max(0, m.start() - 40) : m.start()]
        whole = _OF_A_COUNT.match(sentence, m.start() + len(m["f"]))
        total = _digits_or_words(whole["n"].replace(",", "")) if whole else None
        if whole is None and _NOT_A_SHARE_OF.match(m["next"]):
            continue
        if _PART_OF_PLAY_BEFORE.search(before):
            continue
        value = _share_of(m["f"])
        prefix = _PREFIX_RE.search(before)
        kind = _prefix_kind(prefix, "approx")
        low, high, qualifier = _bounds(kind, value)
        start = m.start() - (len(prefix.group(0)) if prefix else 0)
        if (
            whole
            and total
            and total > 1
            and not _is_year(whole["n"], None, None, False)
            and not _has_a_unit(sentence, whole.start("n"))
        ):
            # "three-quarters of the 40 seats": a count of 30 seats, as a writer rounds a
            # fraction (27 to 33), not a share to set beside another article's shares
            out.append(
                _Match(
                    start,
                    whole.end("n"),
                    round(_fraction_of(m["f"]) * total, 6),
                    None if low is None else round(low * total / 100, 6),
                    None if high is None else round(high * total / 100, 6),
                    None,
                    qualifier,
                )
            )
            continue
        out.append(_Match(start, m.start() + len(m["f"]), value, low, high, "%", qualifier))
    return out


def _multiples(sentence: str) -> list[_Match]:
    """ "Twice as many as last year's 18,000 spectators": a count of 36,000, as a writer rounds
    a multiple (±10%); the count it multiplies stays a figure of its own."""
    out = []
    for m in _MULTIPLE.finditer(sentence):
        total = _digits_or_words(m["n"].replace(",", ""))
        if not total or _is_year(m["n"], None, None, False) or _has_a_unit(sentence, m.start("n")):
            continue  # "three times the 10 tonnes": a multiple of a measure, not of a count
        value = _TIMES[re.sub(r"\s+", " ", m["k"].lower())] * total
        low, high, qualifier = _bounds(_prefix_kind(m if m["q"] else None, "approx"), value)
        start = m.start("q") if m["q"] else m.start("k")
        out.append(_Match(start, m.end("n"), value, low, high, None, qualifier))
    return out


#: What after a number makes it no plain count a fraction or a multiple is of: a length of time
#: or a share ("twice the 12 weeks", "half of the 40 per cent").
_NO_COUNT_AFTER = r"(?:years?|months?|weeks?|days?|hours?|minutes?|per\s*cent|percent)\b"
#: Words of a multiple, for `_MULTIPLE` and for what grammar reads a multiple as counting.
MULTIPLE_WORDS = r"twice|double|triple|(?:two|three|four|five|ten)\s+times"
_TIMES = {
    "twice": 2.0,
    "double": 2.0,
    "two times": 2.0,
    "triple": 3.0,
    "three times": 3.0,
    "four times": 4.0,
    "five times": 5.0,
    "ten times": 10.0,
}
#: A count told as a multiple of another: "twice as many as last year's 18,000", "three times
#: the 400 recorded in 2025", "more than double the 1,200" (before a noun or a verb, not a
#: share: "twice the 2% target" is no count).
_MULTIPLE = re.compile(
    rf"(?<![\w-])(?:(?P<q>{_PREFIX_WORDS})\s+)?(?P<k>{MULTIPLE_WORDS})\s+"
    r"(?:as\s+many(?:\s+[a-z]+)?\s+as\s+|the\s+(?:number\s+of\s+)?)?"
    r"(?:(?:the|its|their)\s+)?(?:(?:last|this|a)\s+(?:year|season|month|week)['’]s\s+|"
    r"(?:the|its|their)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?=\s+[a-z])"
    rf"(?!\s+{_NO_COUNT_AFTER})",
    re.IGNORECASE,
)


def _has_a_unit(sentence: str, at: int) -> bool:
    """The number at `at` is told in a unit ("10 tonnes", "40 per cent"), not a plain count."""
    found = _matches(sentence[at:])
    return bool(found) and found[0].start == 0 and found[0].unit is not None


#: The count a fraction word is of, right after it: "three-quarters of the 40 seats", "half
#: of its 300 staff" (before a noun: not "a third of the 2026 budget" nor "half of the 12%").
_OF_A_COUNT = re.compile(
    rf"\s+of\s+(?:all\s+)?(?:the|its|their|his|her|our)\s+(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORDS})"
    rf"\s+(?!{_NO_COUNT_AFTER})[a-z]"
)


def _fractions(sentence: str, found: list[_Match]) -> list[_Match]:
    """'Some three million people ..., about half of them displaced': a figure of its own.

    The fraction applies to the nearest number before it in the same sentence; its bounds are
    that number's bounds times the fraction (the referent already carries the vagueness).
    """
    out = []
    for m in _FRACTION_RE.finditer(sentence):
        referent = next((x for x in reversed(found) if x.end <= m.start()), None)
        if referent is None or referent.value is None:
            continue
        f = _FRACTIONS[re.sub(r"\s+", " ", m.group("f").lower())]

        def scale(v: float | None, f: float = f) -> float | None:
            return None if v is None else round(v * f, 6)

        qualifier: Qualifier = (
            "approx" if m.group("q") or referent.qualifier != "exact" else "exact"
        )
        out.append(
            _Match(
                m.start(),
                m.end(),
                scale(referent.value),
                scale(referent.low),
                scale(referent.high),
                referent.unit,
                qualifier,
            )
        )
    return out


_AGE = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{_WORDS})(?:-|\s+)(?:years?|yrs?)(?:-|\s+)old\b"
    rf"|\baged\s+(?P<m>\d{{1,3}}|{_WORDS})\b"
    # "a man of 71 was killed" (two digits or three: "a mother of 3" is her children)
    r"|\b(?:man|woman|boy|girl|pensioner|driver|motorist|cyclist|pedestrian|passenger|"
    r"victim|suspect)\s+of\s+(?P<o>\d{2,3})(?=\s*[,;.)]|\s+(?:was|is|who|and|from|had|has|"
    r"died|were|years)\b)",
    re.IGNORECASE,
)
#: "Mark Tennant, 43, said": a number set off by commas after a capitalised name is the
#: person's age (news style); not after a month or weekday ("May 4, 2026"), and not when a
#: noun follows it ("In Leeds, 12 people...").
_AGE_APPOSITIVE = re.compile(
    r"\b(?P<name>[A-Z][a-z'’-]+),\s+(?P<k>\d{1,3})(?![\d.,]\d)"
    r"(?=\s*[,;)]|\.(?!\d)|\s+(?:and|was|is|who|from|of)\b)"
)
#: An age band names a group, not anyone's age: "workers aged 21 and over", "aged 18 to 20",
#: "aged 16-24", "aged between 18 and 24", "people aged over 65", "the over-65s". Its
#: numbers are neither ages nor counts.
_AGE_BAND = re.compile(
    rf"\bage[ds]?\s+(?:(?:over|under|between|from|below|above)\s+)(?:\d{{1,3}}|{_WORDS})\b"
    rf"(?:\s*(?:-|–|to|and)\s*(?:\d{{1,3}}|{_WORDS})\b)?"
    rf"|\bage[ds]?\s+(?:\d{{1,3}}|{_WORDS})(?:\s*(?:-|–|to|and|or)\s*"
    r"(?:\d{1,3}\b|over\b|above\b|under\b|older\b|younger\b|up\b|more\b|below\b)|\+)"
    r"|\b(?:over|under)[\s-]?\d{1,2}s\b"
    # "both men over 80", "women under 40 who...": people by their age, where no noun follows
    r"|\b(?:men|women|people|adults|patients|residents|pensioners|drivers|workers|those|"
    # the young by their age, in words or one digit too: "children under five were immunised"
    r"(?P<young>children|kids|babies|infants|toddlers|girls|boys|pupils))\s+"
    rf"(?:over|under|above|below)\s+(?:\d{{2,3}}\b|(?(young)(?:\d(?![\d,.]\d)|{_WORDS})\b|(?!)))"
    r"(?=\s*(?:[,.;:)!?\"”’']|$|years?\s+(?:old|of\s+age)"
    r"|(?:and|or|who|have|had|has|were|are|was|is|will|would|should|can|must|in|at|on|"
    r"received|got|across|during|from)\b))",
    re.IGNORECASE,
)


#: An age told by its decade: "a man in his sixties", "Ana Ruiz, who is in her early 30s",
#: "in his late teens". One person's ("his", "her"); "people in their twenties" is a group.
_AGE_DECADE = re.compile(
    r"\bin\s+(?:his|her)\s+(?:(?P<part>early|mid|late)(?:\s+|-))?"
    r"(?P<decade>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
    r"(?P<tens>[2-9]0)['’]?s)\b",
    re.IGNORECASE,
)
_DECADES = {
    w: 10 * n
    for n, w in enumerate(
        "twenties thirties forties fifties sixties seventies eighties nineties".split(), 2
    )
}
#: The years of a decade each part covers, read wide (a writer's "early sixties" may be 64):
#: "early" 0-4, "mid" 3-7, "late" 6-9 ("late teens" 16-19; a teen is 13 at least).
_DECADE_PARTS = {None: (0, 9), "early": (0, 4), "mid": (3, 7), "late": (6, 9)}


def _decade_age(m: re.Match[str]) -> tuple[float, float]:
    """The youngest and oldest ages an age by decade allows ("in her late sixties": 67-69)."""
    word = m["decade"].lower()
    base = 10 * int(m["tens"][0]) if m["tens"] else _DECADES.get(word, 10)
    lo, hi = _DECADE_PARTS[m["part"].lower() if m["part"] else None]
    return float(max(base + lo, 13)), float(base + hi)


def age_bands(sentence: str) -> list[tuple[int, int]]:
    """The spans of age bands in a sentence ("aged 18 to 20", "the over-65s")."""
    return [m.span() for m in _AGE_BAND.finditer(sentence)]


_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
AGE_UNIT = "years old"


def find_ages(text: str, sents: list[Sentence]) -> list[tuple[Quantity, Sentence]]:
    """Ages stated as "five-year-old", "six years old", "aged 35" or "in his sixties" (a
    range). `find_quantities` skips
    them (a "year" after a number is a duration); they are figures of their own, which need
    no label: what they measure is an age."""
    out: list[tuple[Quantity, Sentence]] = []
    for sent in sents:
        if sent.skipped:
            continue
        stated = [
            (m, m.start("o"), m.end("o"), m["o"])
            if m["o"]
            else (m, m.start(), m.end(), m.group("n") or m.group("m"))
            for m in _AGE.finditer(sent.text)
        ]
        stated += [
            (m, m.start("k"), m.end("k"), m["k"])
            for m in _AGE_APPOSITIVE.finditer(sent.text)
            if m["name"].lower() not in _CALENDAR_WORDS
        ]
        bands = age_bands(sent.text)
        for _, a, b, raw in sorted(stated, key=lambda x: x[1]):
            if any(x <= a < y for x, y in bands):
                continue  # "aged 21 and over": a group, not an age
            value = _digits_or_words(raw)
            if value is None or not 0 < value < 130:
                continue
            out.append((_exact(text, sent, a, b, value, AGE_UNIT), sent))
        for m in _AGE_DECADE.finditer(sent.text):
            # a range, as "between 60 and 69" is: no single stated value
            low, high = _decade_age(m)
            q = _exact(text, sent, m.start(), m.end(), low, AGE_UNIT)
            out.append(
                (
                    q.model_copy(
                        update={"value": None, "low": low, "high": high, "qualifier": "range"}
                    ),
                    sent,
                )
            )
        deep = {m.span("n"): m["n"] for m in _DEEP_AGE.finditer(sent.text)}
        deep.update({m.span("n"): m["n"] for m in _DEEP_DATED.finditer(sent.text)})
        for (a, b), phrase in sorted(deep.items()):
            try:
                number = parse_quantity(phrase)
            except ValueError:
                continue  # digits the parser does not take for a number ("1.2.3 million")
            if number.value is None:
                continue
            q = _exact(text, sent, a, b, number.value, AGE_UNIT)
            # "about 240 million years old": its qualifier, as any other number's
            out.append((q.model_copy(update=_qualified(number)), sent))
    return out


#: An age in millions of years: "a fossil about 240 million years old", "dates to roughly
#: 180 million years ago", "a 66-million-year-old crater" (a person's age is below 130).
_DEEP_NUMBER = (
    r"(?P<n>(?:(?:about|around|roughly|some|nearly|almost|more\s+than|at\s+least|over)\s+)?"
    r"\d[\d.,]*[\s-]+(?:million|billion|bn|m))[\s-]+years?"
)
_DEEP_AGE = re.compile(rf"{_DEEP_NUMBER}(?:[\s-]+old|\s+ago)\b", re.IGNORECASE)
#: "the bones date back about 66 million years"
_DEEP_DATED = re.compile(
    rf"\bdat(?:e|es|ed|ing)\s+back\s+(?:to\s+)?{_DEEP_NUMBER}\b", re.IGNORECASE
)


def _qualified(q: Quantity) -> dict[str, object]:
    """A parsed number's bounds and qualifier, to put on a figure found another way."""
    return {"low": q.low, "high": q.high, "qualifier": q.qualifier}


_CONVERSION_BETWEEN = re.compile(r"^[^\W\d_]*(?:[\s-]+[^\W\d_]+){0,2}\s*\(\s*$")
#: A bracketed figure this close to the one before, in the same dimension, is its conversion.
CONVERSION_TOLERANCE = 0.1


def _without_conversions(sentence: str, found: list[_Match]) -> list[_Match]:
    """Drop "(131 feet)" after "40 metres deep": one figure written in two units."""
    out: list[_Match] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.unit in UNIT_BASE
            and prev.unit in UNIT_BASE
            and dimension(m.unit) == dimension(prev.unit)
            and _CONVERSION_BETWEEN.match(sentence[prev.end : m.start])
        ):
            a, b = in_base_unit(prev.value, prev.unit), in_base_unit(m.value, m.unit)
            if a and b and abs(a - b) <= CONVERSION_TOLERANCE * max(a, b):
                continue
        out.append(m)
    return out


def find_quantities(
    text: str, sents: list[Sentence] | None = None
) -> list[tuple[Quantity, Sentence]]:
    """Every reported quantity in `text`, with the sentence it stands in (boilerplate skipped)."""
    out: list[tuple[Quantity, Sentence]] = []
    for sent in sents if sents is not None else sentences(text):
        if sent.skipped:
            continue
        ages = {m.start("k") for m in _AGE_APPOSITIVE.finditer(sent.text)}  # "Tennant, 43,"
        # "aged 58", "a man of 71", "41-yr-old": the age's number, whichever way it is told
        ages |= {m.start(g) for m in _AGE.finditer(sent.text) for g in "mon" if m[g]}
        bands = age_bands(sent.text)
        found = [
            m
            for m in _matches(sent.text)
            if m.start not in ages
            and not any(x <= m.start < y for x, y in bands)  # "aged 18 to 20", "over-65s"
            and not _list_number(sent.text, m)
            and not _phone_number(sent.text, m)
        ]
        found = _without_conversions(sent.text, found)
        points = _point_fractions(sent.text)
        shares = (
            _share_fractions(sent.text)
            + _dozens(sent.text)
            + _figures_told(sent.text)
            + _multiples(sent.text)
        )
        # "three-quarters of a percentage point" is one figure, "two-thirds of voters" one
        # share and "two dozen homes" one count: none is the count "three" or "two"
        # (but "the 40 seats" of "three-quarters of the 40 seats" is a count of its own)
        found = [
            m
            for m in found
            if not any(
                p.start <= m.start < p.end and not (p.unit is None and m.end == p.end)
                for p in points + shares
            )
        ]
        found = sorted(
            found + _fractions(sent.text, found) + points + shares, key=lambda x: x.start
        )
        for m in found:
            sign = _MINUS.search(sent.text[max(0, m.start - 20) : m.start])
            if sign:  # "net migration was minus 61,000": the figure reads "minus 61,000"
                m = _negated(m, max(0, m.start - 20) + sign.start())
            shifted = _Match(
                m.start + sent.start,
                m.end + sent.start,
                m.value,
                m.low,
                m.high,
                m.unit,
                m.qualifier,
            )
            out.append((_to_quantity(text, shifted), sent))
    return out


#: An item's number in a numbered list, opening its line: "2. Seoul holds.", "3) Fares".
_ITEM_NUMBER = re.compile(r"^[\s*•-]*\d{1,2}$")
_AFTER_ITEM_NUMBER = re.compile(r"^[.)](?:\s|$)")
#: A list's size in its title: "Five things to know this Wednesday", "3 takeaways from".
_LIST_SIZE = re.compile(
    r"^\s+(?:more\s+|key\s+)?(?:things|takeaways|lessons|questions|charts|stories)\s+"
    r"(?:to|we|you|from|about|that)\b",
    re.IGNORECASE,
)


def _list_number(sentence: str, m: _Match) -> bool:
    """The number is a list's, not a figure: an item's number opening its line ("2. Seoul
    holds."), or the list's size in its title ("Five things to know")."""
    item = _ITEM_NUMBER.match(sentence[: m.end]) and _AFTER_ITEM_NUMBER.match(sentence[m.end :])
    return bool(item) or (m.unit is None and _LIST_SIZE.match(sentence[m.end :]) is not None)


#: Emergency and service numbers, which a call is named by: "a 999 call", "dialled 911".
_PHONE_NUMBERS = frozenset([999.0, 911.0, 112.0, 111.0, 101.0, 311.0])
_PHONE_AFTER = re.compile(r"^[\s-]*(?:call|line|number|operators?|dispatch\w*|services?)\b", re.I)
_CALLS_COUNTED_BEFORE = re.compile(
    r"(?:\b(?:of|the|more|fewer|many|first|these|those|their)|\d)\s+$", re.I
)
_PHONE_BEFORE = re.compile(
    r"\b(?:dial(?:l?ed|l?ing|s)?|call(?:ed|ing)?|rang|phoned|ring)\s+$", re.I
)


def _phone_number(sentence: str, m: _Match) -> bool:
    """The number is an emergency or service line's, not a figure: "the first 999 call came
    at 3.55am", "she dialled 911" (not "999 calls were made": a count of calls)."""
    if m.unit is not None or m.value not in _PHONE_NUMBERS:
        return False
    after, before = sentence[m.end :], sentence[: m.start]
    if _PHONE_BEFORE.search(before):
        return True
    if re.match(r"[\s-]*calls\b", after, re.I):
        # "dozens of 999 calls", "the 999 calls" (not "received 999 calls": a count)
        return _CALLS_COUNTED_BEFORE.search(before) is not None
    return _PHONE_AFTER.match(after) is not None


#: A sign written before a number: "minus 61,000", "negative 0.3%", "−4C" (the minus sign).
#: Not a margin's "plus or minus 2.8 points", which is 2.8 either way.
_MINUS = re.compile(
    r"(?:(?<!plus\sor\s)(?<!plus-or-)(?<!plus/)\b(?:minus|negative)\s+|\u2212\s?)$", re.IGNORECASE
)
_SWAPPED: dict[Qualifier, Qualifier] = {"at_least": "at_most", "at_most": "at_least"}


def _negated(m: _Match, start: int) -> _Match:
    """A number with its sign turned, read from the sign at `start`: its bounds swap, and so
    do "at least" and "at most"."""

    def neg(x: float | None) -> float | None:
        return None if x is None else -x

    swapped = _SWAPPED.get(m.qualifier, m.qualifier)
    return _Match(start, m.end, neg(m.value), neg(m.high), neg(m.low), m.unit, swapped)


#: A match's final score and a finishing time: results, which the figures step finds by code
#: and needs no model label for (what they measure is the result).
SCORE_UNIT = "score"
CLOCK_UNIT = "h:m:s"
_SCORE = re.compile(
    r"(?<![\w.,:/-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\w,:/]|[.,]\d|\s?[-–]\s?\d)"
)
#: Words that make a score a final result ("beat City 3-1", "a 4-1 win"), not a moment of
#: the game ("led 2-0 at half-time", "1-0 up").
_RESULT_WORDS = re.compile(
    r"\b(?:beat|beats|beaten|won|win|wins|winning|lost|lose|loses|losing|drew|draw|draws|"
    r"drawn|defeat(?:s|ed)?|thrash(?:es|ed)?|edged?|edges|crush(?:es|ed)?|rout(?:s|ed)?|"
    r"hammer(?:s|ed)?|victory|triumph|loss|scoreline|final\s+score|result|ended|finished|"
    r"full[- ]time)\b",
    re.IGNORECASE,
)
_MOMENT_WORDS = re.compile(
    r"\b(?:half[- ]?time|the\s+break|interval|led|lead|leading|trail(?:ed|ing)?|up|down|"
    r"first\s+half|second\s+half|aggregate|set|sets|frame|frames|game\s+\d|"
    r"quarter(?![- ]finals?\b))\b",
    re.IGNORECASE,
)
#: Where a clause ends, for the words of a moment of the game: "struck twice in the first
#: half as Lions secured a 2-0 victory" (the half is another clause's), "won 3-1 after
#: trailing at the break".
_CLAUSE_END = re.compile(r"[,;:()]|\b(?:as|after|before|when|while|but|then|until|having)\b", re.I)


def final_scores(sentence: str) -> list[re.Match[str]]:
    """The final scores a sentence gives ("beat City 3-1", "a 4-1 win"), not a moment of
    the game ("led 2-0 at half-time") nor a span of days ("March 3-9")."""
    return [
        m
        for m in _SCORE.finditer(sentence)
        if _RESULT_WORDS.search(sentence[max(0, m.start() - 40) : m.end() + 30])
        and not _MOMENT_WORDS.search(_after_result_word(_clause(sentence, m), m))
        and not _MONTH_BEFORE.search(sentence[: m.start()])  # "ran from March 3-9": days
    ]


def _after_result_word(clause: str, m: re.Match[str]) -> str:
    """The clause of a score from the last word of a result before it: "came from a goal
    down to beat City 2-1" is a comeback, its "down" the game's earlier moment."""
    at = clause.rfind(m.group(0))
    words = list(_RESULT_WORDS.finditer(clause, 0, at))
    return clause[words[-1].start() :] if words else clause


def _clause(text: str, m: re.Match[str]) -> str:
    """The words near a score up to the nearest clause boundary on either side."""
    before = text[max(0, m.start() - 40) : m.start()]
    after = text[m.end() : m.end() + 30]
    ends = list(_CLAUSE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    first = _CLAUSE_END.search(after)
    after = after[: first.start()] if first else after
    return before + m.group(0) + after


#: "in 2:05:31", "a time of 1:58.4": a clock reading of a time taken, not a time of day.
_CLOCK = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?:\.(?P<f>\d{1,3}))?"
    r"(?![\w:]|\.\d)"
)
#: A time taken written in words: "in 2 hours 8 minutes 12 seconds", "a time of 3 minutes
#: 51.2 seconds" (two parts at least: "in 3 hours" is a duration, not a result).
_CLOCK_WORDS = re.compile(
    rf"(?<![\w.])(?:(?P<h>\d{{1,2}}|{_WORDS})\s*(?:hours?|hrs?|h)\b[\s,]*(?:and\s+)?)?"
    rf"(?P<m>\d{{1,2}}|{_WORDS})\s*(?:minutes?|mins?)\b"
    rf"(?:[\s,]*(?:and\s+)?(?P<s>\d{{1,2}}(?:\.\d{{1,3}})?|{_WORDS})\s*(?:seconds?|secs?)\b)?",
    re.IGNORECASE,
)
#: What stands before a time taken: "won in", "a time of", "clocked", "timed at", "stopped
#: the clock at".
_TIME_TAKEN_BEFORE = re.compile(
    r"\b(?:in|of|clocked|timed\s+at|(?:stopped|stopping|stops)\s+the\s+clock\s+at)\s+$",
    re.IGNORECASE,
)
#: A length named as a time before it: "a running time of", "journey time was" (`_TIME_OF`).
_LENGTH_TIME = r"\b(?P<event>running|journey|travel|flight|response|waiting)\s+times?\s+"
_LENGTH_TIME_BEFORE = re.compile(_LENGTH_TIME + r"(?:of|was|is|at)\s+$", re.IGNORECASE)
_CLOCK_OF_DAY = re.compile(r"(?:\b(?:at|from|until|by|before|after|around)\s+$)", re.IGNORECASE)
#: What follows the time that opens a live blog's entry: "10:30 - ", "14:05 GMT: ".
_ENTRY_MARK = re.compile(rf"^\s*{CLOCK_ZONES}?\s*[-–—|:]\s")
_CLOCK_DAY_AFTER = re.compile(r"^\s*(?:[ap]\.?m\b|GMT|BST|CET|UTC|local|hours?|hrs|h\b)", re.I)


def find_results(text: str, sents: list[Sentence]) -> list[tuple[Quantity, Sentence]]:
    """Final scores ("beat City 3-1", "a 4-1 win over City": the winner's goals first,
    whatever the order written) and times taken ("won in 2:05:31", "in 2 hours 8 minutes
    12 seconds"). A score beside words of
    a moment of the game ("led 2-0 at half-time") and a clock time of day ("at 4:12",
    "4:12am") are not results."""
    out: list[tuple[Quantity, Sentence]] = []
    for sent in sents:
        if sent.skipped:
            continue
        for m in final_scores(sent.text):
            won, lost = sorted((int(m["a"]), int(m["b"])), reverse=True)
            # one number for the pair, winner's first: 3-1 is 3001, and 1-3 the same result
            score = _exact(text, sent, m.start(), m.end(), won * 1000.0 + lost, SCORE_UNIT)
            out.append((score, sent))
        for m in _CLOCK.finditer(sent.text):
            before, after = sent.text[: m.start()], sent.text[m.end() :]
            if _CLOCK_OF_DAY.search(before) or _CLOCK_DAY_AFTER.match(after):
                continue
            if not before.strip() and _ENTRY_MARK.match(after):
                continue  # "10:30 - Kiprono breaks clear": a live blog entry's time of day
            h, mi, s = int(m["h"]), int(m["m"]), int(m["s"] or 0)
            if mi > 59 or s > 59:
                continue
            fraction = float(f"0.{m['f']}") if m["f"] else 0.0
            # "2:05:31" is hours, minutes, seconds; "3:51.2" minutes, seconds and tenths
            seconds = h * 3600 + mi * 60 + s if m["s"] else h * 60 + mi + fraction
            clock = _exact(text, sent, m.start(), m.end(), float(seconds), CLOCK_UNIT)
            out.append((clock, sent))
        for m in _CLOCK_WORDS.finditer(sent.text):
            if m["h"] is None and m["s"] is None:
                continue  # minutes alone: a duration
            if not _TIME_TAKEN_BEFORE.search(sent.text[: m.start()]):
                continue
            if _LENGTH_TIME_BEFORE.search(sent.text[: m.start()]):
                continue  # "a running time of two hours and 41 minutes": a length, no result
            # in digits or words: "2 hours 8 minutes 12 seconds", "two hours, eight minutes"
            hours, mins, secs = (_clock_part(m[k]) for k in ("h", "m", "s"))
            if hours is None or mins is None or secs is None or mins > 59 or secs >= 60:
                continue
            seconds = hours * 3600 + mins * 60 + secs
            clock = _exact(text, sent, m.start(), m.end(), seconds, CLOCK_UNIT)
            out.append((clock, sent))
    return out


def _clock_part(raw: str | None) -> float | None:
    """Hours, minutes or seconds of a time taken, in digits or words ("eight"); 0 where the
    time leaves the part out, None where the words are no number."""
    return 0.0 if raw is None else _digits_or_words(raw)


#: Events whose length news tells as their modifier: "a 48-hour strike", "a 72-hour
#: stoppage", "a three-day walkout", "a 10-day ceasefire", "a two-week lockdown", "a 47-day
#: trial".
_EVENTS = (
    r"strike|walkout|walk-out|stoppage|shutdown|ceasefire|cease-fire|truce|lockdown|curfew|"
    r"blackout|closure|outage|protest|sit-in|boycott|blockade|siege|hunger\s+strike|"
    r"suspension|halt|pause|moratorium|delay|state\s+of\s+emergency|disruption|interruption|"
    r"downtime|power\s+cut|"
    # a court's: "after a 47-day trial", "a three-week inquest"
    r"trial|retrial|hearing|inquest|"
    # "a spacewalk lasting 6 hours", "the spill, which lasted 71 hours"
    r"spacewalk|space\s+walk|spill|discharge|overflow|"
    # what else is done or goes on for a time: "a nine-hour operation", "a three-hour meeting",
    # "a 90-second tremor", "an eight-day flight", "a 12-day heatwave"
    r"meeting|session|summit|conference|talks|debate|vigil|count|operation|surgery|procedure|"
    r"march|trek|hike|journey|flight|trip|voyage|crossing|swim|mission|stay|visit|tour|"
    r"expedition|ride|drive|shift|match|game|race|concert|show|performance|speech|film|movie|"
    r"search|rescue|stand-?off|detention|captivity|occupation|evacuation|heatwave|heat\s+wave|"
    r"drought|dry\s+spell|cold\s+snap|eruption|tremor|shaking|festival|exhibition|wait"
)
_EVENT_LENGTH = re.compile(
    rf"(?<![\w.,-])(?P<n>\d{{1,3}}|{_WORDS})[\s-](?P<u>second|minute|hour|(?-i:hr)|day|week|month)"
    rf"(?:-long)?\s+"
    rf"(?:(?:general|national|nationwide|total|full|rolling|indefinite|wildcat|partial|"
    rf"humanitarian|temporary|planned|new|first|second|fresh)\s+)*(?P<event>{_EVENTS})\b",
    re.IGNORECASE,
)
#: Any of the words that bound a number (`_PREFIX_QUALIFIERS`) before a length of time:
#: "about 40 minutes", "up to 90 minutes late", "no more than two hours".
_HEDGE = rf"(?P<q>(?:{_PREFIX_WORDS})\s+)?"


def _length_told(units: str) -> str:
    """A length of time as `find_event_lengths` reads it: the hedge, the number in digits or
    words and one of `units` ("about 40 minutes", "nine hours"; groups `q`, `n`, `u`)."""
    # "6 hours and 12 minutes", "6 hours 28 minutes": one length, its minutes `n2`
    # (and "3 minutes and 40 seconds": its seconds)
    minutes = (
        r"(?:,?\s+(?:and\s+)?(?P<n2>\d{1,2})\s+(?P<m2>minutes?|seconds?)\b)?"
        if "hour" in units or "minute" in units
        else ""
    )
    return (
        rf"{_HEDGE}(?P<n>\d{{1,3}}(?:\.\d)?|{_WORDS})\s+(?:(?:consecutive|straight|successive)\s+)?"
        rf"(?P<u>{units})s?\b{minutes}"
    )


#: Where and whose an event is, between it and a relative clause: "a strike [at Varnholt
#: Marine's yard] [in Gdansk] that lasted 63 days".
_EVENT_OF = r"(?:\s+(?:at|in|on|of|by|across)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[\w'’-]+){1,3}"
#: The same told by the verb: "the outage, which lasted about 14 hours", "a strike lasting
#: three days", "a strike at the Varnholt yard in Gdansk that lasted 63 days" (the hedge
#: before the number kept).
_EVENT_LASTED = re.compile(
    rf"\b(?P<event>{_EVENTS})\b(?:[^.;]{{0,40}}?\b|{_EVENT_OF},?\s+(?:that|which)\s+)"
    r"last(?:ed|ing|s)\s+" + _length_told("hour|day|week|month"),
    re.IGNORECASE,
)
#: A delay told by its verb or by "late": "were delayed by four hours", "held up for 90
#: minutes", "departed nine hours late", "arrived about 40 minutes behind schedule".
_DELAYED_BY = re.compile(
    r"\b(?:delayed|held\s+up)\s+(?:by|for)\s+" + _length_told("hour|minute"),
    re.IGNORECASE,
)
_TIME_LATE = re.compile(
    r"(?<![\w.,-])" + _length_told("hour|minute") + r"\s+(?:late|behind\s+schedule)\b",
    re.IGNORECASE,
)
#: An outage told by the state it left things in: "knocked thousands of websites offline for
#: about three hours", "left 40,000 homes without power for two days".
_OUT_FOR = re.compile(
    r"\b(?:offline|off[\s-]air|without\s+(?:power|electricity|service|water|internet)|in\s+the\s+"
    # "the app was down for nearly nine hours", "out of service for two days"
    r"dark|(?:service|app|website|site|network|system|platform|servers?|portal|systems|services)"
    r"\b[^.;,]{0,30}?\b(?:was|were|went|been|is|are)\s+(?:down|unavailable)|"
    r"out\s+of\s+(?:service|action))\s+for\s+" + _length_told("hour|day|week|minute"),
    re.IGNORECASE,
)
#: An outage told by what people could not do: "customers were unable to pay by card for
#: three hours" (a service named in between; "unable to work for three weeks" is not).
_UNABLE_FOR = re.compile(
    r"\bunable\s+to\b(?=[^.;]{0,80}?\b(?:app|online|website|site|service|system|network|"
    r"internet|payments?|pay|money|transfers?|calls?|messages?|power|phones?|cards?|log\s+in)\b)"
    r"[^.;]{0,80}?\bfor\s+" + _length_told("hour|day|minute"),
    re.IGNORECASE,
)
#: Being held where one cannot leave, with its length: "skiers were stranded for five
#: hours", "a train stuck for six hours near Tours", "miners trapped for 14 days".
_STUCK_FOR = re.compile(
    r"\b(?:stranded|stuck|trapped|marooned)\s+for\s+" + _length_told("minute|hour|day|week"),
    re.IGNORECASE,
)
#: A spell without a thing, with its length: "Perth has gone 143 days without rain", "had
#: 134 consecutive days without measurable rainfall", "went 40 days without power".
_WITHOUT = re.compile(
    r"\b(?:gone|go|goes|going|went|had|having|spent|spend|spends|spending|endured)\s+"
    r"(?:now\s+)?"
    + _length_told("hour|day|week|month|year")
    + r"(?:\s+in\s+a\s+row)?\s+without\s+(?:a\s+|an\s+|any\s+)?"
    r"(?:(?:measurable|significant|meaningful|single|proper)\s+)?"
    # (its noun the last of two words: "without a fatal accident")
    r"(?P<event>[a-z]+(?:\s+(?!(?:after|since|before|in|on|at|for|until|and|or|but|the|a|of|"
    r"to|from|as|when|while|because|despite)\b)[a-z]+)?)",
    re.IGNORECASE,
)
#: A length of a doing told as "N hours of" it: "after 19 hours of deliberation", "30 hours
#: of talks".
_HOURS_OF = re.compile(
    r"(?<![\w.,-])"
    + _length_told("minute|hour|day|week")
    + r"\s+of\s+(?:(?:jury|further|marathon|intense|tense|fresh)\s+)?"
    r"(?P<event>deliberations?|talks|negotiations|questioning|surgery|debate)\b",
    re.IGNORECASE,
)
#: A length named as a time: "with a running time of two hours and 41 minutes", "the journey
#: time is 29 minutes", "an average response time of 52 minutes".
_TIME_OF = re.compile(
    _LENGTH_TIME
    + r"(?:of|was|is|at|stood\s+at)\s+(?:just\s+|only\s+)?"
    + _length_told("second|minute|hour|day|week"),
    re.IGNORECASE,
)
#: An event told with its length after "of": "an outage of three hours", "a strike of 12 days".
_EVENT_OF_LENGTH = re.compile(
    rf"\b(?P<event>{_EVENTS})\s+of\s+" + _length_told("minute|hour|day|week"),
    re.IGNORECASE,
)
#: An event that ended after its length: "the strike ended on Friday after 23 days",
#: "Shipyard strike ends after 47 days", "the siege was lifted after 11 days".
_ENDED_AFTER = re.compile(
    rf"\b(?P<event>{_EVENTS})\b[^.;]{{0,50}}?\b(?:ended|ends|end|came\s+to\s+an\s+end|"
    r"was\s+(?:called\s+off|lifted)|were\s+(?:called\s+off|lifted))\b[^.;\d]{0,30}?\bafter\s+"
    + _length_told("hour|day|week|month"),
    re.IGNORECASE,
)
#: A spill told by its verb with its length: "sewage poured into the river for 71 hours",
#: "the overflow discharged for nineteen hours", "oil leaked for three days".
_SPILLED_FOR = re.compile(
    r"\b(?:discharg(?:e|es|ed|ing)|pour(?:s|ed|ing)?|spill(?:s|ed|ing)?|spilt|leak(?:s|ed|ing)?|"
    r"flow(?:s|ed|ing)?|gush(?:es|ed|ing)?)\b[^.;\d]{0,50}?\bfor\s+"
    + _length_told("hour|day|week"),
    re.IGNORECASE,
)
#: How much longer a thing will run: "will extend the exhibition by three weeks", "extended the
#: deadline by a further six months" (the extension's length).
_EXTENDED_BY = re.compile(
    r"\bextend(?:s|ed|ing)?\b[^.;]{0,60}?\bby\s+(?:a\s+further\s+|another\s+|an\s+extra\s+)?"
    + _length_told("day|week|month|year"),
    re.IGNORECASE,
)
#: An event told by its verb with its length: "we will strike for 48 hours", "walked out for
#: three days", "the bridge will close for two weeks"; a closure's object or way between them:
#: "will close the bridge on the ring road for six months", "close to all traffic for".
DONE_FOR = re.compile(
    r"\b(?P<verb>strik(?:e|es|ing)|walk(?:s|ed|ing)?\s+out|stop(?:s|ped|ping)?\s+work|"
    r"shut(?:s|ting)?(?:\s+down)?|clos(?:e|es|ed|ing))"
    r"(?:\s+(?:the|its|all|to|down)\b[^.;:,\d]{0,60}?)?\s+for\s+"
    + _length_told("hour|day|week|month"),
    re.IGNORECASE,
)
#: A wait told with its length: "waited an average of 18 weeks", "waiting 40 minutes"; and
#: "the mean wait for surgery in the region was 23 weeks", "a median wait of 41 days",
#: "waiting times of up to 14 hours", "wait put at 23 weeks" (the waiting list is no wait).
_WAIT_LENGTH = _length_told("minute|hour|day|week|month|year")
_WAITED = re.compile(
    r"\bwait(?:ed|ing)\s+(?:for\s+)?(?:an?\s+(?P<kind>average|median|mean)\s+of\s+)?"
    + _WAIT_LENGTH,
    re.IGNORECASE,
)
_WAIT_WAS = re.compile(
    r"\b(?:(?P<kind>average|mean|median|longest|typical)\s+)?wait(?:ing\s+times?|s)?\b"
    r"(?!\s+list)[^.;\d]{0,60}?\b(?:was|were|is|are|of|stood\s+at|put\s+at|at)\s+" + _WAIT_LENGTH,
    re.IGNORECASE,
)
#: Every unit of a clock or calendar a length below is told in.
_ANY_LENGTH = "second|minute|hour|day|week|month|year"
#: A length told by a verb that measures time; what lasted is the verb's subject or object,
#: which the parse names (`what_lasted`): "the main shaking lasted about 20 seconds", "after a
#: review that took 14 months", "an ambulance took 52 minutes to arrive", "spending 11 days
#: in the air", "the film runs for three hours and 26 minutes".
_LENGTH_VERB = re.compile(
    r"\b(?:lasted|lasting|lasts|(?:will|would|could|to|may|might|can|did|does|should)\s+"
    r"(?:last|take)|took|takes|taking|spent|spends|spending|(?:ran|runs|running|run)\s+for)\s+"
    r"(?:for\s+|just\s+|only\s+|a\s+total\s+of\s+)?"
    + _length_told(_ANY_LENGTH)
    # (not "spend 12 hours of officer time": an amount of work, not a stay)
    + r"(?!\s+of\b)",
    re.IGNORECASE,
)
#: A length told by "for" after what went on: "trading was suspended for 47 minutes", "shook
#: the ground for nearly 90 seconds", "was down for 17 hours straight" (not a rate, "for 12
#: hours a day", nor a record's span, `_RECORD_SPAN`).
_FOR_LENGTH = re.compile(
    r"\bfor\s+" + _length_told(_ANY_LENGTH) + r"(?:\s+(?:straight|running|in\s+a\s+row|non-?stop))?"
    r"(?!\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year)\b)",
    re.IGNORECASE,
)
#: "the highest for 30 years", "the first time for a decade", "a record for five days": the
#: span a record is told over, not how long something went on.
_RECORD_SPAN = re.compile(
    r"\b(?:first|highest|lowest|largest|biggest|smallest|worst|best|most|least|longest|shortest|"
    r"strongest|weakest|warmest|coldest|wettest|driest|hottest|record|time|level|high|low)"
    r"(?:\s+[\w'’-]+)?\s+$",
    re.IGNORECASE,
)
#: A length told as a stay in a state or place: "after 41 days in orbit", "after 23 days on
#: board", "after 36 hours without water", "after nine days above 40C" (the state is what
#: lasted).
_AFTER_LENGTH_IN = re.compile(
    r"\bafter\s+(?:a\s+total\s+of\s+)?"
    + _length_told(_ANY_LENGTH)
    + r"(?:\s+(?:consecutive|straight))?\s+(?P<event>(?:in|on|at|aboard|without|above|below|"
    r"under|inside|underground|adrift|of|as)\s+(?:(?:the|a|an)\s+)?[\w'’-]+)",
    re.IGNORECASE,
)
#: A stay told only by the leaving that ended it: "stepped down on Thursday after four
#: years", "went home after 74 days", "walked free after 121 days" (not "after four years of
#: talks", nor "after 74 days in orbit": `_AFTER_LENGTH_IN`; nor "resigned two days after
#: the vote": the time from an event). What stayed is the leaving verb's (`_LEFT_HOSPITAL`).
_LEFT_AFTER = re.compile(
    r"\b(?P<verb>resign(?:s|ed|ing)?|st(?:ep(?:s|ped|ping)?|ood|and(?:s|ing)?)\s+(?:down|aside)|"
    r"quit(?:s|ting)?|retir(?:e|es|ed|ing)|bow(?:s|ed|ing)?\s+out|(?:left|leav(?:e|es|ing))\s+"
    r"office|went\s+home|go(?:es|ing)?\s+home|discharged|(?:left|leav(?:e|es|ing))\s+"
    r"(?:the\s+)?hospital|released|freed|walk(?:s|ed|ing)?\s+free)\b[^.;:\d]{0,80}?\bafter\s+"
    + _length_told("day|week|month|year")
    + r"(?!\s+(?:of|in|on|at|as|aboard|since|ago|later|before|after|into)\b)"
    r"(?=\s*[,.;)]|\s+\w+ing\b|\s+(?:locked|held|behind)\b)",
    re.IGNORECASE,
)
#: A stay told by the past of "serve": "who served 31 years on the bench", "after serving
#: 12 years as mayor", "had served nine years in prison" (not "must serve 12 years", a term
#: imposed: `_SERVE_BEFORE`; nor "served 12 years of talks"). What it is a stay in is read from
#: the words after it (`_SERVED_DETENTION`); else an office held.
_SERVED = re.compile(
    r"\b(?P<verb>served|serving)\s+(?:for\s+)?"
    + _length_told("month|year")
    + r"(?!\s+(?:of\s+(?:talks|work|service|experience)|ago|later|before|earlier)\b)"
    r"(?P<rest>[^.;:]{0,40})",
    re.IGNORECASE,
)
#: The office a served length names: "served 12 years as mayor".
_SERVED_AS = re.compile(r"^\s+as\s+(?:(?:the|a|an)\s+)?(?P<office>[\w'’-]+)", re.IGNORECASE)
#: Words after a served length that make it a stay in detention: "in prison", "behind bars",
#: "of a 12-year sentence".
_SERVED_DETENTION = re.compile(
    r"^\s*(?:in\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:prison|jail|custody|detention|gaol)|behind\s+bars|"
    r"of\s+(?:(?:his|her|their|a|an|the)\s+)?[\w-]*\s*(?:sentence|term))\b",
    re.IGNORECASE,
)
#: The events of a person's stays as `_event_told` names them: an office held, a detention,
#: a stay in hospital.
STAYS = frozenset(["tenure", "in detention", "in hospital"])
#: What a leaving (`_LEFT_AFTER`) ends, by its words: a stay in hospital ("went home", "was
#: discharged", "left hospital"), a detention ("released", "walked free"); else an office.
_LEFT_HOSPITAL = re.compile(r"\b(?:home|hospital|discharged)\b", re.IGNORECASE)
_LEFT_DETENTION = re.compile(r"\b(?:released|freed|free)\b", re.IGNORECASE)
#: An office held, named by the words after the length: "in the post", "in office".
_OFFICE = frozenset("in post;in office;in charge;at helm;in job;in role;in power;at top".split(";"))
#: The kinds of a wait that are other figures than the usual one (an average and a mean are
#: one): "the median wait", "the longest wait".
_OTHER_WAITS = frozenset(["median", "longest"])
#: The event each pattern with no event word tells.
_TOLD_EVENT = {
    _OUT_FOR: "outage",
    _UNABLE_FOR: "outage",
    _STUCK_FOR: "stranding",
    _SPILLED_FOR: "spill",
    _EXTENDED_BY: "extension",
}
#: One event under its other names: "deliberations" and "deliberation", "negotiations" and
#: "talks", "a space walk" and "a spacewalk".
_SAME_EVENT = {
    "deliberations": "deliberation",
    "negotiations": "talks",
    "space walk": "spacewalk",
    "without rainfall": "without rain",
    "without electricity": "without power",
}
#: The event each verb of `DONE_FOR` names, by its first word.
_DONE_EVENT = {"stri": "strike", "walk": "walkout", "stop": "stoppage", "shut": "shutdown"}
_HOURS = {
    "hour": 1.0,
    "hr": 1.0,
    "day": 24.0,
    "week": 168.0,
    "month": 730.0,
    "year": 8760.0,
    "minute": 1 / 60,
    "second": 1 / 3600,
}


def find_event_lengths(
    text: str, sents: list[Sentence]
) -> list[tuple[Quantity, str | None, Sentence]]:
    """How long an event lasts, told as its modifier ("a 48-hour strike", "a three-day
    walkout"), in hours, with the event's noun. `find_quantities` skips durations; these are
    figures of their own, which need no label: what they measure is the event's length. The
    event is None where only the parse can name it: a length told by a verb that measures
    time or by "for" ("the shaking lasted 20 seconds", "trading was suspended for 47
    minutes"). The first shape that tells a number wins: the named ones come first."""
    out: list[tuple[Quantity, str | None, Sentence]] = []
    for sent in sents:
        if sent.skipped:
            continue
        told = [
            *_EVENT_LENGTH.finditer(sent.text),
            *_EVENT_LASTED.finditer(sent.text),
            *_DELAYED_BY.finditer(sent.text),
            *_TIME_LATE.finditer(sent.text),
            *_OUT_FOR.finditer(sent.text),
            *DONE_FOR.finditer(sent.text),
            *_UNABLE_FOR.finditer(sent.text),
            *_STUCK_FOR.finditer(sent.text),
            *_WITHOUT.finditer(sent.text),
            *_EXTENDED_BY.finditer(sent.text),
            *_HOURS_OF.finditer(sent.text),
            *_EVENT_OF_LENGTH.finditer(sent.text),
            *_ENDED_AFTER.finditer(sent.text),
            *_SPILLED_FOR.finditer(sent.text),
            *_WAITED.finditer(sent.text),
            *_WAIT_WAS.finditer(sent.text),
            *_TIME_OF.finditer(sent.text),
            *_AFTER_LENGTH_IN.finditer(sent.text),
            *_LEFT_AFTER.finditer(sent.text),
            *_SERVED.finditer(sent.text),
            *_LENGTH_VERB.finditer(sent.text),
            *_FOR_LENGTH.finditer(sent.text),
        ]
        seen: set[int] = set()
        for m in told:
            raw = m["n"]
            n = _digits_or_words(raw)
            if n is None or n <= 0 or m.start("n") in seen:
                continue
            if m.re is _FOR_LENGTH and _RECORD_SPAN.search(sent.text[: m.start()]):
                continue  # "the highest for 30 years": a record's span
            seen.add(m.start("n"))
            hours = n * _HOURS[m["u"].lower()]
            hedge = re.sub(r"\s+", " ", (m.groupdict().get("q") or "").strip().lower())
            if m.groupdict().get("n2"):  # "6 hours and 12 minutes", "3 minutes 40 seconds"
                hours += int(m["n2"]) * _HOURS[m["m2"].lower().rstrip("s")]
                q = _exact(text, sent, m.start("n"), m.end("m2"), hours, EVENT_LENGTH_UNIT)
            elif m.re is not _EVENT_LENGTH:  # the number and its unit, after the verb
                end = m.end("u") + (sent.text[m.end("u") : m.end("u") + 1].lower() == "s")
                q = _exact(text, sent, m.start("n"), end, hours, EVENT_LENGTH_UNIT)
            else:
                q = _exact(text, sent, m.start(), m.end("u"), hours, EVENT_LENGTH_UNIT)
            if hedge:
                start = m.start("q")
                # "about 40 minutes": rounded to five minutes at most (five seconds for
                # seconds); "about 14 hours" to one
                unit = m["u"].lower()
                step = {"minute": 5 / 60, "second": 5 / 3600}.get(unit, _HOURS[unit])
                q = _hedged(q, text, sent, start, hedge, step)
            out.append((q, _event_told(m), sent))
    return out


def _event_told(m: re.Match[str]) -> str | None:
    """The event a length's words name (`find_event_lengths`), folded; None where the parse
    must name it."""
    if m.re in (_LENGTH_VERB, _FOR_LENGTH):
        return None
    if m.re is _TIME_OF:
        if m["event"].lower() == "running":
            return None  # "the film, with a running time of": the film's, which the parse names
        event = f"{m['event']} time"
    elif m.re is _AFTER_LENGTH_IN:
        event = re.sub(r"\s+(?:the|a|an)\s+", " ", m["event"])
        if event.lower() in _OFFICE:
            event = "tenure"  # "after seven years in the post": the office held
    elif m.re is _LEFT_AFTER:
        if _LEFT_HOSPITAL.search(m["verb"]):
            return "in hospital"
        return "in detention" if _LEFT_DETENTION.search(m["verb"]) else "tenure"
    elif m.re is _WITHOUT:
        event = f"without {m['event'].lower().split()[-1]}"  # "143 days without rain"
    elif m.re is _SERVED:
        office = _SERVED_AS.match(m["rest"])
        if office is not None:
            return f"as {office['office'].lower()}"  # as "after 11 years as mayor" is
        return "in detention" if _SERVED_DETENTION.search(m["rest"]) else "tenure"
    else:
        event = m.groupdict().get("event") or _TOLD_EVENT.get(m.re, "delay")
    if m.re is DONE_FOR:
        event = _DONE_EVENT.get(m["verb"][:4].lower(), "closure")
    if m.re in (_WAITED, _WAIT_WAS):
        kind = (m["kind"] or "").lower()
        event = f"{kind} wait" if kind in _OTHER_WAITS else "wait"
    event = re.sub(r"[\s-]+", " ", event.lower())
    return _SAME_EVENT.get(event, event)


def _hedged(q: Quantity, text: str, sent: Sentence, a: int, hedge: str, step: float) -> Quantity:
    """`q` from offset `a` of `sent` on, with the bounds its hedge gives (`_PREFIX_KIND`, as
    before any number): "more than", "over", "at least" a floor; "nearly" just under; "about"
    and the like at most one `step` (one of its unit) either side, as any rounded number is
    read."""
    start = sent.start + a
    number = text[start : q.number_span[1]]
    kind = _PREFIX_KIND[hedge]
    low, high, qualifier = _bounds(kind, q.value or 0.0, step=step)
    return q.model_copy(
        update={
            "number": number,
            "number_span": (start, q.number_span[1]),
            "low": low,
            "high": high,
            "qualifier": qualifier,
        }
    )


def _exact(text: str, sent: Sentence, a: int, b: int, value: float, unit: str) -> Quantity:
    """An exact figure code found at `[a, b)` of `sent` (an age, a score, a time taken)."""
    start, end = sent.start + a, sent.start + b
    return Quantity(
        number=text[start:end],
        number_span=(start, end),
        value=value,
        low=value,
        high=value,
        unit=unit,
        qualifier="exact",
    )


#: A running count told by its ordinal: "its third acquisition this year", "their 14th win
#: of the season", "the fifth deal the group has announced in 2026" (so far, N of them).
ORDINAL_UNIT = "ordinal"
#: The minute of a match a thing happened in: "in the 78th minute", "an 87th-minute winner".
MINUTE_UNIT = "match minute"
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth"
).split()
_ORD = (
    r"\d{1,3}(?:st|nd|rd|th)|(?i:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"[\s-])?(?:{'|'.join(_ORDINAL_WORDS)}))"
)
_RUNNING = re.compile(
    rf"\b(?:(?i:its|their|his|her|our|the)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?)\s+"
    rf"(?P<ord>{_ORD})\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)"
    r"(?P<gap>[^.;:!?\"“”()]{0,50}?)\s+"
    r"(?P<window>of\s+(?:the|this|his|her|its|their)\s+(?:season|year|campaign|tournament|"
    r"month|week|term|decade|career|tour)|this\s+(?:season|year|month|week|term|campaign)|"
    r"in\s+(?:19|20)\d\d|so\s+far|to\s+date|since\s+[A-Za-z0-9]+)\b"
)
_MINUTE = re.compile(rf"\b(?P<ord>{_ORD})(?:\s+|-)minute\b")
#: Words after an ordinal that name a rank, a part or a moment, not a thing counted so far:
#: "the third round", "the second half", "the 21st century", "for the first time".
_NOT_RUNNING = frozenset(
    "time times place round quarter half floor century minute hour day week month year "
    "stage leg set lap period edition anniversary birthday generation person party".split()
)
#: Words that end an ordinal's noun phrase ("its third acquisition this year").
_NOUN_STOP = frozenset("of this in the that since so to a an for at with on as and by".split())


def _ordinal_value(written: str) -> float | None:
    """3 for "third", "3rd" or "3RD"; None for a word that is no ordinal ("second-hand" is
    read by the caller's context, not here)."""
    converted = alpha2digit(written.lower(), "en", threshold=0)
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", converted.strip())
    return float(m.group(1)) if m else None


def find_ordinals(text: str, sents: list[Sentence]) -> list[tuple[Quantity, Sentence, str]]:
    """Counts told by an ordinal, each with what it counts: a running count with its window
    ("their 14th win of the season": 14 wins so far; unit `ORDINAL_UNIT`, the noun) and a
    match minute (unit `MINUTE_UNIT`, noun "minute"). An ordinal of a rank, a part or a
    moment ("the third round", "finished second", "third-largest") is none of these."""
    out: list[tuple[Quantity, Sentence, str]] = []
    for sent in sents:
        if sent.skipped:
            continue
        for m in _RUNNING.finditer(sent.text):
            value = _ordinal_value(m["ord"])
            words = m["noun"].split()
            if len(words) > 1 and words[1] in _NOUN_STOP:
                words = words[:1]
            noun = words[-1]
            if (
                value is None
                or value < 2  # "the first team to", "their first title since 1908": a rank
                or noun in _NOT_RUNNING
                or noun in _NOUN_STOP
                or any(w.endswith("est") or w == "most" for w in words)  # "third richest"
                or _words_to_number(noun) is not None  # "the first five World Series"
            ):
                continue
            a, b = m.start("ord"), m.end("ord")
            out.append((_exact(text, sent, a, b, value, ORDINAL_UNIT), sent, noun))
        for m in _MINUTE.finditer(sent.text):
            value = _ordinal_value(m["ord"])
            if value is None or not 0 < value <= 130:
                continue
            out.append((_exact(text, sent, m.start(), m.end(), value, MINUTE_UNIT), sent, "minute"))
    return out
