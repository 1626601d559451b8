"""Who said what, by the parse: a table of attribution cases written from news phrasing.

Each case is a short text, a few words of one statement in it, and who says that statement:
the canonical name of the article's actor where the speaker is one, else the words naming
the speaker. Quote-first and quote-last, pronouns across sentences, titles, "according to",
passive announcements, two speakers in one paragraph, a quotation inside reported speech, and
a quotation paragraph continuing the speaker of the paragraph before.
"""

from __future__ import annotations

import pytest

from summarise.find.analysis import analyse

CASES = [
    # --- quote last: the speaker, a speech verb, then the quotation
    (
        'Russian Foreign Minister Sergei Lavrov said: "We will not allow terrorists to hide '
        'behind civilians in Idlib."',
        "We will not allow",
        "Sergei Lavrov",
    ),
    (
        'Angela Merkel told reporters in Berlin on Tuesday: "Europe cannot take in another '
        'million refugees this year."',
        "Europe cannot take",
        "Angela Merkel",
    ),
    (
        'The White House warned that "all options remain on the table if chemical weapons are '
        'used again".',
        "all options remain",
        "United States",
    ),
    # --- quote first: the quotation, then the speech verb and the speaker
    (
        '"What is presented as an offensive is not a faithful representation of the facts," '
        "said Sergei Lavrov during a forum in Berlin.",
        "What is presented",
        "Sergei Lavrov",
    ),
    (
        '"The battle is fateful for us and for Daesh too," said Lilwa al-Abdullah, a spokeswoman '
        "for the Syrian Democratic Forces.",
        "The battle is fateful",
        "Lilwa al-Abdullah",
    ),
    (
        '"We are ready to work at any level, including the highest," Dmitry Peskov told '
        "journalists.",
        "We are ready to work",
        "Dmitry Peskov",
    ),
    (
        '"There will be no new conditions at these talks," the ministry said in a statement.',
        "There will be no new",
        "ministry",
    ),
    # --- pronouns, in the sentence and across sentences
    (
        "Kenneth Roth spoke at a news conference in Munich. "
        '"Russia offers various excuses for the bombing of hospitals," he said.',
        "Russia offers various",
        "Kenneth Roth",
    ),
    (
        "Heiko Maas warned of a humanitarian catastrophe. "
        '"We are very worried that this is going to become a catastrophe," he added.',
        "We are very worried",
        "Heiko Maas",
    ),
    (
        "Jacinda Ardern met Emmanuel Macron in Paris on Monday. "
        "She said the two leaders had agreed to meet again before the summit.",
        "two leaders had agreed",
        "Jacinda Ardern",
    ),
    (
        "Lavrov met Mevlut Cavusoglu in Moscow. Sergei Lavrov later spoke to the press. "
        '"These agreements do not end the fight against terrorists in the province," he said.',
        "These agreements do not",
        "Sergei Lavrov",
    ),
    (
        "Human Rights Watch published its report on Thursday. It said that at least 40 "
        "hospitals had been bombed since April.",
        "at least 40 hospitals",
        "Human Rights Watch",
    ),
    (
        "Maria Zakharova spoke at a briefing in Moscow. She stressed that no one had promised "
        "the militants an amnesty.",
        "no one had promised",
        "Maria Zakharova",
    ),
    (
        '"The offensive will be limited to the southern part of the province," Bashar '
        'al-Assad said. "Civilians will be given corridors to leave before it begins."',
        "The offensive will be limited",
        "Bashar al-Assad",
    ),
    # --- a pronoun does not reach into a quotation for its person
    (
        "Kenneth Roth addressed the conference. "
        '"Putin could stop this bombing tomorrow if he wanted to do so," he said.',
        "Putin could stop this",
        "Kenneth Roth",
    ),
    # --- titles resolved to the person who holds them
    (
        "Turkish Foreign Minister Mevlut Cavusoglu met his Russian counterpart on Saturday. "
        "Some 2 million more people could head for the border, the foreign minister added.",
        "Some 2 million more",
        "Mevlut Cavusoglu",
    ),
    (
        "Defense Secretary James Mattis visited the base on Monday. Later the secretary told "
        "reporters that the strikes had been successful.",
        "strikes had been successful",
        "James Mattis",
    ),
    (
        "Kremlin spokesman Dmitry Peskov said the talks had gone well and would continue next "
        "week in Ankara.",
        "talks had gone well",
        "Dmitry Peskov",
    ),
    # --- according to
    (
        "Some three million people live in the zone now, about half of them displaced, "
        "according to the United Nations.",
        "Some three million",
        "United Nations",
    ),
    (
        "Heavy clashes have killed 46 jihadists and 15 fighters since Monday, according to the "
        "Syrian Observatory for Human Rights.",
        "Heavy clashes have killed",
        "Syrian Observatory for Human Rights",
    ),
    (
        # officials of a state named by its adjective speak for it
        "According to Turkish officials, the convoy was hit twice near the border crossing.",
        "the convoy was hit",
        "Turkey",
    ),
    (
        "The death toll has risen to 31, according to local health authorities.",
        "The death toll has risen",
        "local health authorities",
    ),
    # --- passive announcements
    (
        "Despite the efforts, it was announced by Mevlut Cavusoglu that there had been no "
        "agreement on a ceasefire.",
        "no agreement on a ceasefire",
        "Mevlut Cavusoglu",
    ),
    (
        "The new sanctions were announced by the European Union on Friday after a meeting of "
        "its foreign ministers.",
        "The new sanctions were",
        "European Union",
    ),
    # --- states, governments and organisations that speak
    (
        "Russia has accused rebel fighters of staging a chemical attack to provoke a strike "
        "from the United States.",
        "accused rebel fighters",
        "Russia",
    ),
    (
        "The Syrian government said on Sunday that its forces had retaken the town.",
        "its forces had retaken",
        "Syria",
    ),
    (
        "Moscow insisted that the ceasefire zones would be respected by its forces.",
        "ceasefire zones would be",
        "Russia",
    ),
    (
        "The Kremlin denied that Russian jets had bombed the hospital in Maarat al-Numan.",
        "Russian jets had bombed",
        "Russia",
    ),
    (
        "The United Nations said recent hostilities had displaced more than 38,500 people in "
        "less than two weeks.",
        "recent hostilities had displaced",
        "United Nations",
    ),
    (
        "Human Rights Watch said the attacks on schools amounted to war crimes.",
        "attacks on schools",
        "Human Rights Watch",
    ),
    # --- speakers that are not named actors keep their words
    (
        # a state's diplomat speaks for the state
        "A senior Turkish diplomat said that Ankara was negotiating with some of the groups.",
        "was negotiating with some",
        "Turkey",
    ),
    (
        "Aid agencies warned that a full assault could create the worst humanitarian "
        "catastrophe of the century.",
        "a full assault could",
        "Aid agencies",
    ),
    (
        "A source has told reporters that a phased offensive is being prepared.",
        "a phased offensive",
        "A source",
    ),
    # --- two speakers in one paragraph
    (
        "Sergei Lavrov said the talks would continue. Heiko Maas, however, said Europe would "
        "not pay for reconstruction while the bombing went on.",
        "Europe would not pay",
        "Heiko Maas",
    ),
    (
        "Sergei Lavrov said the talks would continue next week in Moscow. Heiko Maas, however, "
        "said Europe would not pay for reconstruction.",
        "the talks would continue",
        "Sergei Lavrov",
    ),
    (
        'Recep Tayyip Erdogan said the regime must stop. "We will not allow this," Hulusi Akar '
        "added later in Ankara.",
        "We will not allow this",
        "Hulusi Akar",
    ),
    # --- a quotation inside reported speech: the speech verb nearest the quotation
    (
        'Heiko Maas said Sergei Lavrov had told him that Russia "will do everything to protect '
        'the civilian population" in the province.',
        "will do everything to protect",
        "Sergei Lavrov",
    ),
    (
        "Heiko Maas said that he had pushed Sergei Lavrov to lean on the regime to stop the "
        "attacks on civilians.",
        "had pushed Sergei Lavrov",
        "Heiko Maas",
    ),
    # --- verbs beyond "said"
    (
        "Recep Tayyip Erdogan told his party's lawmakers that the agreement was far from what "
        "Turkey wants.",
        "far from what Turkey",
        "Recep Tayyip Erdogan",
    ),
    (
        "Sergei Lavrov stressed that no one had ever promised the terrorists that they would "
        "be left alone.",
        "no one had ever promised",
        "Sergei Lavrov",
    ),
    (
        "Heiko Maas warned that a large-scale military offensive would trigger a humanitarian "
        "disaster.",
        "a large-scale military offensive",
        "Heiko Maas",
    ),
    (
        "Sergei Lavrov claimed that the regime forces were only responding to attacks from the "
        "zone.",
        "regime forces were only",
        "Sergei Lavrov",
    ),
    (
        "Mevlut Cavusoglu acknowledged that the talks had not produced a ceasefire agreement.",
        "talks had not produced",
        "Mevlut Cavusoglu",
    ),
    # --- a quotation paragraph continuing the speaker of the paragraph before
    (
        "Kenneth Roth, executive director of Human Rights Watch, spoke at length on Saturday:\n\n"
        '"What is needed now is firm pressure on Moscow to stop the bombing of civilians."',
        "What is needed now",
        "Kenneth Roth",
    ),
    (
        '"We will take care of these issues and set up ceasefire zones," Sergei Lavrov said.\n\n'
        '"We are doing everything to ensure that the civilian population would not suffer."',
        "We are doing everything",
        "Sergei Lavrov",
    ),
    # --- pages that run a quotation's paragraphs into one line: each paragraph opens with a
    # mark and only the last closes, so marks paired in order alone go out of step
    (
        "Grace Mensah, the tournament's top scorer, said at the ceremony broadcast on national "
        'radio: "It is hard to believe. I still cannot find the words. "Every player in this '
        'squad fought for the others and that is how we came back after the break." Adeyemi '
        "added that it was the proudest night of her career.",
        "Every player in this squad",
        "Grace Mensah",
    ),
    (
        'Harbour City coach Thomas Brennan praised his young striker. "We asked a great deal '
        'of him this season and the way he answered was remarkable. (Photo: Getty Images) "Sam '
        'was a class above everyone on the pitch tonight, and what the fans saw was rare," '
        "Brennan said.",
        "Sam was a class above",
        "Thomas Brennan",
    ),
    # --- a speech verb inside the quotation is its speaker's story, not its attribution
    (
        'Helen Carter, a former trade negotiator, watched the two delegations. "My sense is '
        'that the older man has been told something he was not expecting," Ms Carter said. '
        '"Novak keeps his folder closed as he begins speaking, which shows he wants no '
        'surprises."',
        "Novak keeps his folder closed",
        "Helen Carter",
    ),
    (
        '"I am insulted the FBI has finished its review so quickly," said Nicole Calisti, a '
        'voter. "What does that say about our country?" "Hillary should be in prison for what '
        'she did," declared 42-year-old Amy Rodgers.',
        "Hillary should be in prison",
        "Amy Rodgers",
    ),
    (
        '"I am insulted the FBI has finished its review so quickly," said Nicole Calisti, a '
        'voter. "What does that say about our country?" "Hillary should be in prison for what '
        'she did," declared 42-year-old Amy Rodgers.',
        "What does that say",
        "Nicole Calisti",
    ),
    # --- what the article's own pronouns say of a person's sex: "her defeat" is Clinton's, so
    # "he" is not Clinton
    (
        "FBI director James Comey revived the inquiry into the emails of Hillary Clinton. "
        "Clinton blamed Comey's letter for her defeat in her call with donors. "
        '"The emails amounted to '
        'nothing in the end and the damage was done," he said a week later.',
        "The emails amounted",
        "James Comey",
    ),
    # --- "he" is the subject of the main clause before it, not of a clause inside it
    (
        "Peter Walsh won the race for mayor on Sunday. Michael Grant has repeatedly said Peter "
        "Walsh was unfit to run the city. In the last week of the race, he told volunteers: "
        '"If his own staff will not let him near the budget, how can voters trust him with '
        'their money?"',
        "If his own staff",
        "Michael Grant",
    ),
    # --- "according to" a paper that reports what a person said: the person says it
    (
        "Sarah Collins held a call with campaign volunteers on Sunday. According to the Daily "
        'Herald, she said: "We ran out of time and money in the final week, and that is on me."',
        "We ran out of time",
        "Sarah Collins",
    ),
    # --- a quotation after a sentence of reported speech is not that sentence's speaker's
    # unless the sentence quotes them too
    (
        "In 1962, ferry captain Tomas Varga was asked to leave the harbour club's dinner with "
        'his dog. Varga allegedly vowed the Rovers would never lift the cup again. "The spell '
        'is broken at last, and the old dog can rest." Supporters sang in the square until '
        "morning.",
        "The spell is broken",
        None,
    ),
    # --- "according to" inside the quotation is the speaker's own words
    (
        "Sergei Lavrov spoke at length about the agreements on Idlib.\n\n"
        '"I speak about this in such detail because, according to comments of some Western '
        'representatives, Russia and Turkey agreed to simply freeze the situation."',
        "I speak about this",
        "Sergei Lavrov",
    ),
    # --- "Lady Eleanor Hartley" is a woman, though "Mr Hartley" is a man
    (
        "Mr Hartley thanked the outgoing board on Monday. Lady Eleanor Hartley met Susan Price "
        "for lunch at the club. He said: \"Governor Reid's staff could not have been more "
        'helpful during the handover four years ago."',
        "Governor Reid's staff",
        "Hartley",
    ),
]


def speaker_of(text: str, fragment: str) -> str | None:
    analysis = analyse(text)
    for start, end, _ in analysis.statement_spans:
        if fragment in text[start:end]:
            found = analysis.speakers.of_span(start, end)
            return found.name if found is not None else None
    raise AssertionError(f"no statement holds {fragment!r}")


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_the_speaker_is_found_by_the_parse(text: str, fragment: str, speaker: str | None):
    assert speaker_of(text, fragment) == speaker


def test_the_table_is_large_enough():
    assert len(CASES) >= 40


def test_a_description_holding_a_name_backs_no_position():
    """ "A Democratic source" or "both Democrats" say who is speaking only vaguely: their
    statements are not shown to the model as anyone's position."""
    text = (
        'A Democratic source said the two women would "talk about how they can get to work on '
        'the budget from the first day". Both Democrats said the verdict would "only deepen '
        'the distrust of whoever takes office next spring".'
    )
    assert analyse(text).statements() == []


def test_a_statement_nobody_says_backs_no_position():
    text = (
        "The delegations discussed steps to boost the political process in the war-torn "
        "country in the coming weeks."
    )
    assert analyse(text).statements() == []


def test_the_speaker_is_placed_in_the_text():
    text = (
        "Heiko Maas warned of a humanitarian catastrophe. "
        '"We are very worried that this is going to become a catastrophe," he added.'
    )
    [*_, st] = analyse(text).statements()
    assert st.speaker_span is not None
    assert text[st.speaker_span[0] : st.speaker_span[1]] == "he"


def test_an_appositive_speaker_is_the_person_named():
    text = (
        "Kellyanne Conway ran the campaign. Trump's campaign manager, Kellyanne Conway, "
        "said that the FBI had criticised Clinton in July."
    )
    assert speaker_of(text, "the FBI had criticised") == "Kellyanne Conway"


def test_the_narrative_between_two_quotations_is_not_a_statement():
    """A quotation left open (its next paragraph run into the same line) must not put the
    marks out of step, which made the narrative between two quotations a 'quotation'."""
    text = (
        'Christian Horner said: "We gave him a huge amount to do today. "Max was in a league of '
        'his own and we saw something special." While Hamilton sauntered to victory in the '
        "rain, Verstappen stole the show with a virtuoso drive through the field. "
        '"It was one of the best drives I have seen," Horner added.'
    )
    quoted = [text[s:e] for s, e, _ in analyse(text).statement_spans]
    assert not any("sauntered" in q for q in quoted)
    assert any(q.startswith("We gave him") for q in quoted)
    assert any(q.startswith("Max was in a league") for q in quoted)
