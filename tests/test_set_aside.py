"""Each rule that keeps two articles' differing figures from a flag, tested both ways: an
invented pair where it must fire (no flag; the pair is set aside under the rule's name, with
its reason) and one of the same shape where it must not (a flag). Issue 22."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures
from summarise.corpus.reconcile import reconcile
from summarise.corpus.rules import SET_ASIDE_RULES
from tests.synthetic import make_brief

# (rule, article a, article b, places of a, places of b)
FIRES = [
    (
        "forecast",
        "Officials warned the death toll could reach 300.",
        "The floods killed 45 people on Monday.",
    ),
    (
        "forecast",
        "Officials said the floods may have killed 300 people.",
        "The floods killed 45 people on Monday.",
    ),
    (
        "forecast",
        "If the dam fails, 3,000 homes will be flooded.",
        "Floodwater reached 450 homes on Sunday.",
    ),
    (
        "forecast",
        "Forecasters expect the river to rise to 9 metres on Friday.",
        "The river rose to 6 metres on Friday.",
    ),
    (
        "forecast",
        "Officials warned the death toll could reach 300.",
        "Officials warned the death toll could reach 1,000.",
    ),
    (
        "different-sources",
        "The central bank expects inflation to reach 2.1% next year, the central bank said.",
        "The IMF expects inflation to reach 3.4% next year, the IMF said.",
    ),
    (
        "rounding",
        "The storm left 600,000 homes without power.",
        "The storm left 640,000 homes without power.",
    ),
    ("rounding", "Unemployment was 7% in March.", "Unemployment was 7.3% in March."),
    ("rounding", "The tower is 40 metres tall.", "The tower is 42 metres tall."),
    (
        "part-of-count",
        "Of the 40 people injured, six are in a critical condition.",
        "Forty people were injured in the crash.",
    ),
    (
        "background-year",
        "The quake killed 80 people on Monday 2 March 2026. A quake in 2011 killed 15,000 people.",
        "The quake killed 80 people on Monday.",
    ),
    (
        "different-places",
        "In Peru, 12 people were arrested on Saturday.",
        "In Chile, 30 people were arrested on Saturday.",
    ),
    (
        "different-places",
        "Kelmora recorded 64mm of rain on Sunday.",
        "Dunmere received 41mm of rain on Sunday, the weather service said.",
    ),
    (
        "different-places",
        "The fire killed nine people in the village of Ostrova on Monday.",
        "Four people died in the village of Belcasta on Monday as the fire spread.",
    ),
    (
        "different-places",
        "Acme will cut 2,000 jobs at its plant in Tervola.",
        "Acme will cut 3,500 jobs at its plant in Sannio.",
    ),
    (
        "previous-value",
        "The jobless rate fell to 5.1% in May, down from 5.6%, the office said.",
        "The jobless rate was 5.1% in May, the office said.",
    ),
    (
        "different-sources",
        "Approval of the cabinet stood at 34% in a Kestrel Daily poll published on Sunday.",
        "Approval of the cabinet stood at 29% in a Harrow Press survey published on Sunday.",
    ),
    (
        "part-of-count",
        "In Lanvale province alone, eight people were killed by the storm on Friday.",
        "The storm killed 19 people on Friday.",
    ),
    (
        "both-given",
        "Brackwell Bank shut 19 branches this year, leaving it with 233.",
        "Brackwell Bank now has 233 branches after closing 19 this year.",
    ),
    (
        "different-variants",  # growth on the quarter before, and on a year
        "The economy grew 0.6% in the June quarter, the bureau said.",
        "Gross domestic product was 2.3% higher in the June quarter than a year earlier.",
    ),
    (
        "one-moment",
        "The Hawks were within four outs of the title before the rain came.",
        "The Hawks were five outs away from the title, but the rain came.",
    ),
    (
        "one-moment",
        "Dario Vance hit a two-run homer in the sixth inning on Sunday.",
        "Dario Vance hit a three-run homer on Sunday, his first of the season.",
    ),
    (
        "forecast",
        "The airline will cut 1,200 jobs, it said on Monday.",
        "The airline cut 900 jobs on Monday.",
    ),
    (
        "different-windows",
        "Police arrested 12 people on Saturday.",
        "Police arrested 31 people in the past month.",
    ),
    (
        "different-windows",
        "The company made a fourth-quarter profit of $340m.",
        "The company made an annual profit of $1.3bn.",
    ),
    (
        "different-windows",
        "Consumer prices in Chile rose 0.4% in March from February.",
        "Chile's annual inflation rate was 3.1% in March.",
    ),
    (
        "different-windows",
        "Nurses gave 1.2 million doses of vaccine in the first week of the campaign.",
        "Nurses gave 2.8 million doses of vaccine in the second week of the campaign.",
    ),
    (
        "vague",
        "Dozens of people were injured in the stampede.",
        "Some 150 people were injured in the stampede.",
    ),
    (
        "part-of-count",
        "Nine children are among those who have died in the outbreak.",
        "The outbreak has killed 31 people, the ministry said.",
    ),
    (
        "several-values",
        "The Hawks scored two runs in the third inning and eight runs in all.",
        "The Hawks scored five runs.",
    ),
    (
        "different-people",
        "Pavel Orlov, 41, was jailed on Friday.",
        "His brother Dmitri Orlov, 36, was also jailed.",
    ),
    (
        "different-findings",
        "Some 44 per cent of adults had visited a museum in the past year, a survey by the "
        "Arts Council of Dorrin found.",
        "Some 31 per cent of adults went to a concert in the past year, according to a "
        "survey by the Arts Council of Dorrin.",
    ),
    (
        "different-variants",
        "Corlan Foods made a pre-tax profit of £96m in the year to June.",
        "Corlan Foods made a net profit of £71m in the year to June.",
    ),
]

# The same shapes where the rule must not fire: each pair is one flag.
FLAGS = [
    (
        "one finding of a survey, told in other words, is compared",
        "Some 44 per cent of adults had visited a museum in the past year, a survey by the "
        "Arts Council of Dorrin found.",
        "Some 31 per cent of adults visited a museum in the past year, according to a "
        "survey by the Arts Council of Dorrin.",
    ),
    (
        "one variant named on both sides is compared",
        "Corlan Foods made a pre-tax profit of £96m in the year to June.",
        "Corlan Foods made a pre-tax profit of £71m in the year to June.",
    ),
    (
        "the month May is not a forecast",
        "In May, 40 people were killed in the floods.",
        "The floods in May killed 75 people.",
    ),
    (
        "a person named May before a verb is not a forecast",
        "Helen May won 54% of the vote among members on Saturday.",
        "Helen May won 61% of the members' vote on Saturday.",
    ),
    (
        "a person named May is not a forecast",
        "Theresa May said 40 people had been killed.",
        "Officials said 75 people had been killed.",
    ),
    (
        "a modal in another clause",
        "Police said 14 people were arrested and warned more arrests could follow.",
        "Police said 9 people were arrested.",
    ),
    (
        "two reports of one pledge",
        "The candidate vowed to deport 3 million illegal immigrants.",
        "The candidate pledged to deport 11 million illegal immigrants.",
    ),
    (
        "one forecaster's forecast, reported twice",
        "The central bank expects inflation to reach 2.1% next year, it said.",
        "The central bank expects inflation to reach 3.4% next year.",
    ),
    (
        "10,000 is not 6,000 rounded",
        "The fire forced 10,000 people from their homes.",
        "The fire forced 6,000 people from their homes.",
    ),
    (
        "same precision: not rounding",
        "Unemployment was 5.2% in March.",
        "Unemployment was 5.4% in March.",
    ),
    (
        "a total of is not a part",
        "A total of 40 people were injured in the crash.",
        "Twenty-five people were injured in the crash.",
    ),
    (
        "this year is not background",
        "The quake killed 120 people on Monday 2 March 2026.",
        "The quake killed 80 people on Monday.",
    ),
    (
        "one person named in full and by surname",
        "Pavel Orlov, 41, was jailed on Friday.",
        "Orlov, 44, was jailed on Friday.",
    ),
    (
        "one country, named twice",
        "In Lima, Peru, 12 people were arrested on Saturday.",
        "In Peru, 30 people were arrested on Saturday.",
    ),
    (
        "a town the data does not know, named twice",
        "Floods killed 23 people in Vila Corvina on Monday.",
        "Floods killed 41 people in the hill town of Vila Corvina on Monday.",
    ),
    (
        "a town and a country may be one place",
        "Floods killed 23 people in Vila Corvina on Monday.",
        "Floods killed 41 people in northern Portugal on Monday.",
    ),
    (
        "where people come from places nothing",
        "Tourists from Kelmora were among 40 people hurt in the crash.",
        "Tourists from Dunmere were among 60 people hurt in the crash.",
    ),
    (
        "a speaker the tagger may call a place",
        "De Vasconcelos said 40 people were killed in the attack.",
        "Officials said 75 people were killed in the attack.",
    ),
    (
        "a body that measured is not a place",
        "The Met Office recorded 64mm of rain in Kelmora on Sunday.",
        "Kelmora received 41mm of rain on Sunday.",
    ),
    (
        "the same window",
        "Police arrested 12 people in the past month.",
        "Police arrested 31 people in the past month.",
    ),
    (
        "a stated range is not vague",
        "Between 30 and 50 people were injured in the stampede.",
        "Some 80 people were injured in the stampede.",
    ),
    (
        "one value an article, even small",
        "Rebels seized 3 tourists on the border road.",
        "Rebels seized 7 tourists on the border road.",
    ),
    (
        "a kind of ship is a ship",
        "Three fishing ships were seized by the coastguard.",
        "Five ships were seized by the coastguard.",
    ),
    (
        "seven in 10 is a share",
        "Seven in 10 voters back the plan, the poll found.",
        "The poll found 42% of voters back the plan.",
    ),
    (
        "an age set off by commas",
        "Mark Tennant, 43, was arrested at the scene.",
        "Mark Tennant, 47, was arrested at the scene.",
    ),
    (
        "a magnitude written two ways",
        "An earthquake of magnitude 6.4 struck the coast.",
        "A 6.1-magnitude earthquake struck the coast.",
    ),
    (
        "a prison term, not a period",
        "The court sentenced 12 men to 5 years in prison.",
        "The court jailed 12 men for eight years.",
    ),
    (
        "a price paid and agreed",
        "Acme paid $2.1bn for the chain.",
        "Acme agreed to buy the chain for $2.4bn.",
    ),
    (
        "a rate and its thing",
        "The unemployment rate was 5.4% in March.",
        "Unemployment stood at 5.1% in March.",
    ),
    (
        "the agent of a verb is not what it counts",
        "A train derailed on Tuesday, injuring 65 people.",
        "Derailment in the hills injures 120.",
    ),
    (
        "a toll that reached a level",
        "The death toll reached 40 on Monday.",
        "The floods killed 75 people on Monday.",
    ),
    (
        "prices that rose are inflation",
        "Annual consumer price inflation in Spain eased to 3.2% in January.",
        "Consumer prices in Spain rose 4.6% in the year to January.",
    ),
    (
        "a dimension the other article states",
        "Brekke won a contract to build a 1,240-metre bridge across the fjord.",
        "The bridge will be 860 metres long, the director said.",
    ),
    (
        "ages written 'Name, aged N'",
        "Veltro has appointed Giulia Ferraresi, aged 58, as chief executive.",
        "Veltro named Giulia Ferraresi, aged 64, as its next chief executive.",
    ),
    (
        "a fine in the present perfect is no tally",
        "The regulator fined the supplier £250,000 on Wednesday.",
        "The supplier has been fined £400,000 by the regulator.",
    ),
    (
        "rain measured after 'of'",
        "A total of 142mm of rain fell on the city in the 24 hours to Monday evening.",
        "The city received 87mm of rain in the 24 hours to Monday evening.",
    ),
    (
        "a reading set off by commas is no label",
        "The station recorded a gust of 140 km/h on Thursday.",
        "The storm's strongest gust, 95 km/h, was recorded at the station on Thursday.",
    ),
    (
        "temperatures on one scale",
        "The weather station recorded 41.2C on Tuesday, a record.",
        "The station's record high of 38.6C came on Tuesday.",
    ),
    (
        "one window worded two ways",
        "Nurses gave 1.2 million doses of vaccine in the first week of a national campaign.",
        "Nurses gave 2.8 million doses of vaccine during the first week of its national campaign.",
    ),
    (
        "a quarter named by its months",
        "The economy grew 0.4% in the first quarter compared with the previous quarter.",
        "The economy expanded by 1.2% in the January-to-March quarter from the previous three months.",
    ),
    (
        "two readings of one thermometer",
        "The temperature at the airport reached 41.2C on Sunday.",
        "The airport recorded a high of 38.6C on Sunday, the weather agency said.",
    ),
    (
        "annual and 'in the year to' are one window",
        "Annual inflation in Chile was 4.2% in May.",
        "Prices in Chile rose 5.1% in the year to May.",
    ),
    (
        "'The N-year-old' is the person named before it",
        "Ines Marlow won the final on Sunday. The 19-year-old did not drop a set.",
        "The 23-year-old Austrian Ines Marlow won the final on Sunday.",
    ),
    (
        "a superlative's year is a yardstick, not background",
        "Unemployment was 6.1% in February, the highest since 2015.",
        "Unemployment was 5.2% in February.",
    ),
    (
        "a poll's verb of opinion is not its population",
        "Seven in 10 Finns support the plan, a poll found on Monday.",
        "Only 38% of Finns support the plan, the poll found on Monday.",
    ),
    (
        "a measurement's 'of' phrase names what is measured",
        "The storm soaked the town with 112mm of rain on Thursday.",
        "The weather agency recorded 48mm of rainfall in the town on Thursday.",
    ),
    (
        "snow with an adjective",
        "The storm buried the village under 74cm of snow on Monday.",
        "The village received 41cm of fresh snow on Monday.",
    ),
    (
        "the economy by any name",
        "The economy shrank 0.3% in the third quarter, the agency said.",
        "Gross domestic product contracted by 1.1% in the third quarter.",
    ),
    (
        "revenue and sales",
        "The group reported revenue of $4.5bn for the quarter on Wednesday.",
        "Quarterly sales rose to $6.2bn, the group said on Wednesday.",
    ),
    (
        "temperatures below zero",
        "The town recorded a low of -41.3C on Wednesday, the weather service said.",
        "The weather service said the town's low was -33.8C on Wednesday.",
    ),
    (
        "a pledge as the verb's object",
        "The carmaker vowed to create 3,000 jobs at the plant on Wednesday.",
        "The carmaker promised 1,200 jobs at the plant on Wednesday.",
    ),
    (
        "a fine the parse loses",
        "A court on Wednesday fined shipping company Norland Line €750,000 for the spill.",
        "Norland Line must pay a fine of €1.9 million over the spill, the court ruled on Wednesday.",
    ),
    (
        "turnout as the share of voters who voted",
        "Turnout was 58% in Sunday's election, the commission said.",
        "Some 71% of voters cast ballots in Sunday's election, the commission said.",
    ),
    (
        "the jobless rate is unemployment",
        "Romania's jobless rate rose to 5.8% in April.",
        "Unemployment in Romania climbed to 6.9% in April.",
    ),
    (
        "one pollster's poll, reported twice",
        "Approval of the cabinet stood at 34% in a Kestrel Daily poll published on Sunday.",
        "A Kestrel Daily poll published on Sunday put approval of the cabinet at 29%.",
    ),
    (
        "'the three months to September' is the third quarter",
        "The economy shrank 0.3% in the three months to September, the agency said.",
        "Gross domestic product contracted by 1.1% in the third quarter, the agency said.",
    ),
    (
        "a bare age ending its clause is the subject's",
        "Ana Ruiz won the vault final on Saturday, the first title for the 19-year-old.",
        "Ana Ruiz, 23, took gold in the vault final on Saturday.",
    ),
    (
        "two reports of one forecast noun",
        "The central bank cut its growth forecast to 1.8% on Wednesday.",
        "The central bank on Wednesday lowered its forecast for growth to 2.9%.",
    ),
    (
        "a majority is the vote's own margin",
        "The bill passed with a 20-vote majority on Tuesday.",
        "The bill passed on Tuesday with a 12-vote majority.",
    ),
    (
        "a forecast of growth is a forecast of the economy",
        "The central bank cut its growth forecast to 1.8% on Wednesday.",
        "The central bank expects the economy to grow 2.9%, it said on Wednesday.",
    ),
    (
        "a plan said with 'will' and with 'plans to'",
        "The airline will cut 1,200 jobs, it said on Monday.",
        "The airline plans to cut 2,000 jobs, it said on Monday.",
    ),
    (
        "a deal's terms with 'will' are stated, not planned",
        "Halden agreed to buy the brewer for $42 a share on Tuesday.",
        "Halden will pay $36 a share for the brewer, the companies said on Tuesday.",
    ),
    (
        "verbs joined by 'and' share one 'will'",
        "The senator said he will end the scheme and deport 3 million migrants.",
        "The senator vowed to deport 11 million migrants.",
    ),
    (
        "'alone' that names no place is no part",
        "The flooding alone killed 19 people on Friday.",
        "The flooding killed 31 people on Friday.",
    ),
    (
        "a place word is no subgroup of a rate",
        "UK inflation was 4.1% in March.",
        "Inflation in the UK was 3.2% in March.",
    ),
    (
        "the value now is compared, only the starting value set aside",
        "The jobless rate rose to 5.8% in April from 5.4% in March.",
        "The jobless rate stood at 6.9% in April.",
    ),
    (
        "a thing at a level, headline style",
        "Spain unemployment rate at 5.9% in March, agency says.",
        "Unemployment in Spain stood at 5.1% in March.",
    ),
]


def test_the_number_of_people_killed_is_a_death_toll_and_a_rising_one_a_tally() -> None:
    a = make_brief("a.txt", "A strong earthquake killed at least 62 people in the town on Monday.")
    b = make_brief(
        "b.txt", "The number of people killed by the earthquake has climbed to 118, officials said."
    )
    found = compare_figures([a, b])
    assert found.conflicts == []
    (tally,) = found.tallies
    assert tally.measure == "killed" and [c.number for c in tally.claims] == ["at least 62", "118"]


@pytest.mark.parametrize(
    ("rule", "a", "b"), FIRES, ids=[f"{r}-{i}" for i, (r, *_) in enumerate(FIRES)]
)
def test_the_rule_sets_the_pair_aside_with_its_reason(rule: str, a: str, b: str) -> None:
    found = compare_figures([make_brief("a.txt", a), make_brief("b.txt", b)])
    assert found.conflicts == []
    rules = {s.rule for s in found.set_aside}
    assert rule in rules, rules
    record = next(s for s in found.set_aside if s.rule == rule)
    assert record.reason == SET_ASIDE_RULES[rule]
    assert {c.source for c in record.claims} == {"a.txt", "b.txt"}


@pytest.mark.parametrize(("why", "a", "b"), FLAGS, ids=[w for w, *_ in FLAGS])
def test_the_same_shape_without_the_rule_is_a_flag(why: str, a: str, b: str) -> None:
    found = compare_figures([make_brief("a.txt", a), make_brief("b.txt", b)])
    assert len(found.conflicts) == 1, (found.conflicts, found.set_aside, found.worth_a_look)
    (flag,) = found.conflicts
    assert {c.source for c in flag.claims} == {"a.txt", "b.txt"}
    assert flag.verdict == "unjudged"  # no model asked: marked, never dropped


def test_two_kinds_of_one_thing_are_worth_a_look_not_a_flag() -> None:
    a = make_brief(
        "a.txt",
        "The winner of the men's race finished in 2 hours 8 minutes, with 40 men's runners.",
    )
    b = make_brief("b.txt", "The race had 55 women's runners.")
    found = compare_figures([a, b])
    assert found.conflicts == []


def test_the_corpus_lists_what_was_set_aside() -> None:
    corpus = reconcile(
        [
            make_brief("a.txt", "The storm left 600,000 homes without power."),
            make_brief("b.txt", "The storm left 640,000 homes without power."),
        ]
    )
    assert corpus.conflicts == []
    (record,) = corpus.set_aside
    assert record.rule == "rounding"
    assert sorted(c.number for c in record.claims) == ["600,000", "640,000"]


def test_the_reports_show_set_aside_pairs_by_rule_with_their_reason(tmp_path) -> None:
    from summarise.corpus.report import corpus_html, corpus_markdown

    a = make_brief("a.txt", "The storm left 600,000 homes without power.")
    b = make_brief("b.txt", "The storm left 640,000 homes without power.")
    corpus = reconcile([a, b])
    markdown = corpus_markdown(corpus)
    assert "## Set aside" in markdown and "**rounding** (1)" in markdown
    assert SET_ASIDE_RULES["rounding"] in markdown
    html = corpus_html(corpus, {"a.txt": "", "b.txt": ""}, [a, b])
    assert 'id="set-aside"' in html and "<details" in html
    assert "rounding (1)" in html and "640,000" in html


@pytest.mark.parametrize(
    ("later", "rule"),
    [
        ("The company aims to reach sales of €4bn by 2028.", "forecast"),
        ("The company's sales were €4bn in 2026.", None),
    ],
)
def test_a_target_for_a_later_year_than_the_story_is_a_forecast(
    later: str, rule: str | None
) -> None:
    a = make_brief(
        "a.txt", "The company's sales were €3.1bn in 2026, it said.", dated="2 March 2026"
    )
    b = make_brief("b.txt", later, dated="2 March 2026")
    found = compare_figures([a, b])
    if rule is None:  # the same year: a report, compared
        assert len(found.conflicts) == 1
    else:
        assert found.conflicts == [] and rule in {s.rule for s in found.set_aside}


def test_a_measurement_an_article_corrects_is_still_set_against_the_other() -> None:
    """An article that gives 80 m and mentions "earlier reports of 40 m" corrects them: it is
    flagged against the article that says 40 m; a count an article gives twice (a total and
    a part) agrees instead."""
    a = make_brief("a.txt", "The well is about 40 metres deep, officials said on Sunday.")
    b = make_brief(
        "b.txt",
        "Earlier reports said the well was 40 metres deep. Officials now say the well is 80 metres deep.",
    )
    (flag,) = compare_figures([a, b]).conflicts
    assert sorted(c.number for c in flag.claims) == ["80 metres", "about 40 metres"]
    c = make_brief("c.txt", "The floods killed 40 people. Three children were killed in the town.")
    d = make_brief("d.txt", "The floods killed 40 people.")
    assert compare_figures([c, d]).conflicts == []


def test_a_kind_of_thing_is_the_thing_only_when_the_same_happens_to_it() -> None:
    a = make_brief("a.txt", "The race saw five safety cars deployed.")
    b = make_brief("b.txt", "The teenager overtook 13 cars in the race.")
    found = compare_figures([a, b])
    assert found.conflicts == [] and len(found.worth_a_look) == 1


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The weather station recorded 41.2C on Tuesday.", "°C"),
        ("Temperatures hit 104F in the desert town.", "°F"),
        ("Section 3C of the law was amended on Tuesday.", None),  # a code, not a reading
        ("The family lives in Flat 4F of the tower.", None),
    ],
)
def test_a_bare_c_or_f_is_a_temperature_only_where_the_sentence_speaks_of_weather(
    sentence: str, unit: str | None
) -> None:
    from summarise.find.quantities import find_quantities

    units = [q.unit for q, _ in find_quantities(sentence)]
    assert (unit in units) if unit else not any(u in ("°C", "°F") for u in units)


def test_a_figure_only_the_model_labels_is_set_aside_and_one_the_parse_names_is_compared() -> None:
    labels = {"45": "people killed", "80": "people killed"}
    bare = make_brief("a.txt", "It was 45, officials said on Monday.", measures=labels)
    other = make_brief("b.txt", "It was 80, officials said on Monday.", measures=labels)
    found = compare_figures([bare, other])
    assert found.conflicts == []
    assert {s.rule for s in found.set_aside} == {"label-only"}
    # the same label where the sentence itself says what is counted: compared
    named = make_brief("b.txt", "The floods killed 80 people on Monday.", measures=labels)
    both_named = make_brief("a.txt", "The floods killed 45 people on Monday.", measures=labels)
    assert len(compare_figures([both_named, named]).conflicts) == 1


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Vila Corvina", "Portugal", True),  # a town the data does not know, in a country
        ("Vila Corvina, Portugal", "Vila Corvina", True),
        ("Ostrova", "Belcasta", False),  # two towns the data does not know
        ("Ostrova", "Idlib", False),  # a town and a known province, each alone
        ("Ostrova, Idlib", "Idlib", True),  # a town placed in the province
        ("Peru", "Chile", False),
        ("Hebei", "China", True),
    ],
)
def test_places_the_data_does_not_know_keep_their_names(a: str, b: str, same: bool) -> None:
    from summarise.find.places import compatible, place_levels

    assert compatible(place_levels(a), place_levels(b)) is same


def test_ages_of_people_nobody_names_are_not_compared() -> None:
    a = make_brief("a.txt", "The race ended in the rain. The 37-year-old did not finish.")
    b = make_brief("b.txt", "The race ended in the rain. The 41-year-old did not finish.")
    found = compare_figures([a, b])
    assert found.conflicts == []


def test_other_countries_dollars_are_not_us_dollars() -> None:
    a = make_brief("a.txt", "Kestrel agreed to buy the miner for A$3bn on Tuesday.")
    b = make_brief("b.txt", "Kestrel agreed to buy the miner for about US$2bn on Tuesday.")
    found = compare_figures([a, b])
    assert found.conflicts == []
    units = {c.unit for g in found.groups for c in g.claims}
    assert units == {"AUD", "USD"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Dunmore are 11th with 51 points after Saturday's games.",
            "Corran lead the table by 12 points after Saturday's games.",
        ),
        (
            "Unemployment was 5.8% in April, the office said.",
            "Youth unemployment was 21.3% in April, the office said.",
        ),
        (
            "Nineteen people died after drinking the liquor, police said on Monday.",
            "A total of 102 people have died or been taken to hospital after drinking the liquor on Monday.",
        ),
    ],
)
def test_a_part_of_a_population_or_a_wider_count_is_another_measure(a: str, b: str) -> None:
    found = compare_figures([make_brief("a.txt", a), make_brief("b.txt", b)])
    assert found.conflicts == []
