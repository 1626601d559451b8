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

#: Quotations of two speakers, paragraphs of one of them run together, that the sentence
#: splitter runs into one sentence ("-- apiece." and the open quotation marks).
FANS = (
    'One pair of seats behind the home bench went for $6,500 -- apiece. "Their fans '
    'have deeper pockets than ours," visiting coach Tom Hale conceded. Outside the ground '
    "stood Rosa Diaz, a nurse in a faded away shirt. \"I've followed this club since the "
    'day I was born," she said. "My father is 81 and has never missed a home game. He '
    "used to sell programmes at the turnstiles in the '60s and '70s to earn a seat for "
    'the next match. "So it was never my choice. Every one of us follows the club -- '
    'sisters, nephews, grandchildren," said Diaz, who was asked what she had paid for her '
    'seat. "Far too much. I\'d rather not tell you," she said. "But my husband is glad it '
    'cost less than his boat."'
)

CASES = [
    # --- quote last: the speaker, a speech verb, then the quotation
    (
        'Dutch Finance Minister Pieter Claassen said: "We will not sign a budget that punishes '
        'the poorest families."',
        "We will not sign",
        "Pieter Claassen",
    ),
    (
        'Margaret Olsen told reporters in Bergen on Tuesday: "The port cannot get through '
        'another winter without new cranes."',
        "The port cannot get",
        "Margaret Olsen",
    ),
    (
        'The White House warned that "every option stays open if the shipping lanes are closed '
        'a second time".',
        "every option stays open",
        "United States",
    ),
    # --- quote first: the quotation, then the speech verb and the speaker
    (
        '"What the papers call a crisis is a delay of two weeks at most," said Daniel Hewitt '
        "during a forum in Leeds.",
        "What the papers call",
        "Daniel Hewitt",
    ),
    (
        '"The next month decides the season for the club and for the league as well," said '
        "Rosa Delgado, a spokeswoman for the Western Football Association.",
        "The next month decides",
        "Rosa Delgado",
    ),
    (
        '"We are open to talks at any time, including this weekend," Martin Kowalski told '
        "journalists.",
        "We are open to talks",
        "Martin Kowalski",
    ),
    (
        '"There will be no further changes to the timetable," the ministry said in a statement.',
        "There will be no further",
        "ministry",
    ),
    # --- pronouns, in the sentence and across sentences
    (
        "Thomas Reilly spoke at a news conference in Cork. "
        '"The council offers one excuse after another for closing the libraries," he said.',
        "The council offers one",
        "Thomas Reilly",
    ),
    (
        "Laura Finch warned of a housing emergency in the city. "
        '"We are deeply concerned that renters will be the ones who pay for this," she added.',
        "We are deeply concerned",
        "Laura Finch",
    ),
    (
        "Helen Marsh met Owen Pryce in Cardiff on Monday. "
        "She said the two leaders had agreed to meet again before the summit.",
        "two leaders had agreed",
        "Helen Marsh",
    ),
    (
        "Brennan met Victor Osei in Dublin. Patrick Brennan later spoke to the press. "
        '"These measures do not end the dispute at the bus depot," he said.',
        "These measures do not",
        "Patrick Brennan",
    ),
    (
        "Human Rights Watch published a report on prisons on Thursday. It said that at least "
        "12 inmates had died in custody since March.",
        "at least 12 inmates",
        "Human Rights Watch",
    ),
    (
        "Irene Novak spoke at a briefing in Prague. She stressed that no one had promised the "
        "strikers a pay rise.",
        "no one had promised",
        "Irene Novak",
    ),
    (
        '"The works will be limited to the northern end of the bridge," Omar al-Rashid said. '
        '"Drivers will be given a second route before they begin."',
        "The works will be limited",
        "Omar al-Rashid",
    ),
    # --- a pronoun does not reach into a quotation for its person
    (
        "Thomas Reilly addressed the conference. "
        '"Gerry Grady could stop these closures tomorrow if he wanted to do so," he said.',
        "could stop these closures",
        "Thomas Reilly",
    ),
    # --- titles resolved to the person who holds them
    (
        "Irish Foreign Minister Declan Moran met his Spanish counterpart on Saturday. "
        "Some 2,000 more fishing boats could lose their licences, the foreign minister added.",
        "Some 2,000 more fishing",
        "Declan Moran",
    ),
    (
        "Defense Secretary Alan Whitford visited the base on Monday. Later the secretary told "
        "reporters that the drills had gone to plan.",
        "drills had gone to plan",
        "Alan Whitford",
    ),
    (
        "Kremlin spokesman Ivan Sokolov said the talks had gone well and would resume next "
        "week in Minsk.",
        "talks had gone well",
        "Ivan Sokolov",
    ),
    # --- according to
    (
        "Some two million people live in the flood zone now, about a third of them without "
        "power, according to the United Nations.",
        "Some two million",
        "United Nations",
    ),
    (
        "Storms have destroyed 46 homes and 15 bridges since Monday, according to the "
        "National Emergency Management Agency.",
        "Storms have destroyed",
        "National Emergency Management Agency",
    ),
    (
        # officials of a state named by its adjective speak for it
        "According to Greek officials, the ferry was struck twice near the harbour entrance.",
        "the ferry was struck",
        "Greece",
    ),
    (
        "The number of cases has risen to 31, according to local health authorities.",
        "The number of cases",
        "local health authorities",
    ),
    # --- passive announcements
    (
        "Despite the talks, it was announced by Declan Moran that there had been no "
        "agreement on the quotas.",
        "no agreement on the quotas",
        "Declan Moran",
    ),
    (
        "The new tariffs were announced by the European Union on Friday after a meeting of "
        "its trade ministers.",
        "The new tariffs were",
        "European Union",
    ),
    # --- states, governments and organisations that speak
    (
        "Russia has accused foreign hackers of staging the outage to stir up anger at the "
        "power companies.",
        "accused foreign hackers",
        "Russia",
    ),
    (
        "The Peruvian government said on Sunday that its police had cleared the mountain road.",
        "its police had cleared",
        "Peru",
    ),
    (
        "Moscow insisted that the new pipeline would be finished by the spring.",
        "new pipeline would be",
        "Russia",
    ),
    (
        "The Kremlin denied that Russian ships had entered the strait near the island.",
        "Russian ships had entered",
        "Russia",
    ),
    (
        "The United Nations said the floods had forced more than 12,000 people from their "
        "homes in less than a week.",
        "the floods had forced",
        "United Nations",
    ),
    (
        "Human Rights Watch said the raids on newspapers amounted to censorship.",
        "raids on newspapers",
        "Human Rights Watch",
    ),
    # --- speakers that are not named actors keep their words
    (
        # a state's diplomat speaks for the state
        "A senior Turkish diplomat said that Ankara was talking to both shipping firms.",
        "was talking to both",
        "Turkey",
    ),
    (
        "Aid agencies warned that a second failed harvest could bring the worst famine in a "
        "generation.",
        "a second failed harvest",
        "Aid agencies",
    ),
    (
        "A source has told reporters that a phased withdrawal is being planned.",
        "a phased withdrawal",
        "A source",
    ),
    # --- two speakers in one paragraph
    (
        "Pieter Claassen said the talks would continue. Margaret Olsen, however, said Norway "
        "would not pay for the new bridge while the dispute went on.",
        "Norway would not pay",
        "Margaret Olsen",
    ),
    (
        "Pieter Claassen said the talks would continue next week in The Hague. Margaret Olsen, "
        "however, said Norway would not pay for the bridge.",
        "the talks would continue",
        "Pieter Claassen",
    ),
    (
        'Maria Luisa Ferreira said the strike must end. "We will not accept this," Paulo Mendes '
        "added later in Lisbon.",
        "We will not accept this",
        "Paulo Mendes",
    ),
    # --- a quotation inside reported speech: the speech verb nearest the quotation
    (
        'Laura Finch said Daniel Hewitt had told her that the council "will do everything to '
        'protect the tenants of the estate" this winter.',
        "will do everything to protect",
        "Daniel Hewitt",
    ),
    (
        "Laura Finch said that she had pushed Daniel Hewitt to lean on the landlords to stop "
        "the evictions.",
        "had pushed Daniel Hewitt",
        "Laura Finch",
    ),
    # --- verbs beyond "said"
    (
        "Maria Luisa Ferreira told her party's lawmakers that the deal was far from what "
        "Portugal wants.",
        "far from what Portugal",
        "Maria Luisa Ferreira",
    ),
    (
        "Pieter Claassen stressed that no one had ever promised the banks that they would be "
        "rescued.",
        "no one had ever promised",
        "Pieter Claassen",
    ),
    (
        "Margaret Olsen warned that a long strike at the port would trigger a fuel shortage.",
        "a long strike at the port",
        "Margaret Olsen",
    ),
    (
        "Daniel Hewitt claimed that the wardens were only responding to complaints from residents.",
        "wardens were only",
        "Daniel Hewitt",
    ),
    (
        "Declan Moran acknowledged that the talks had not produced a deal on the quotas.",
        "talks had not produced",
        "Declan Moran",
    ),
    # --- a quotation paragraph continuing the speaker of the paragraph before
    (
        "Thomas Reilly, executive director of the Tenants Union, spoke at length on Saturday:"
        '\n\n"What is needed now is firm pressure on the council to keep the libraries open."',
        "What is needed now",
        "Thomas Reilly",
    ),
    (
        '"We will deal with these complaints and set up a hotline," Pieter Claassen said.\n\n'
        '"We are doing everything we can so that no family is left without heating."',
        "We are doing everything",
        "Pieter Claassen",
    ),
    # --- sentences nobody is the source of: "it was reported that" is impersonal, not a
    # body named before; a speech verb in a while-clause, or saying what is not given, is
    # the background of the article's own news
    (
        "The valley council met on Monday. It was reported that residents were already "
        "leaving the valley before the flood warning was revealed.",
        "residents were already",
        None,
    ),
    (
        "Mayor Jo Doe toured the valley on Monday. While Doe said the bridge was safe, the "
        "cracks in its pier have dominated talk in the town for a month.",
        "dominated talk",
        None,
    ),
    (
        "Mayor Jo Doe toured the valley on Monday. The mayor's warning echoes what engineers "
        "have said about the old bridge since the flood.",
        "echoes what",
        None,
    ),
    # counters: a passive with its agent, or "quoted as saying", has its speaker; a
    # speaker's own clause beside a while-clause, an after-clause that gives what was
    # said, and a quotation in a while-clause are statements
    (
        "The valley council met on Monday. It was reported by the Valley Times that "
        "residents were already leaving before the flood warning was revealed.",
        "residents were already",
        "Valley Times",
    ),
    (
        "Mayor Jo Doe spoke on Monday. Doe was quoted as saying that the old bridge over "
        "the river would stay shut to all traffic until the end of May.",
        "would stay shut",
        "Jo Doe",
    ),
    (
        "Mayor Jo Doe toured the valley on Monday. Doe said the bridge was safe, while "
        "engineers found new cracks in its pier on the same day.",
        "engineers found",
        "Jo Doe",
    ),
    (
        "Mayor Jo Doe toured the valley on Monday. Residents were furious after the valley "
        "council announced the bridge would stay shut until May.",
        "Residents were furious",
        "valley council",
    ),
    (
        'Mayor Jo Doe toured the valley on Monday. While Doe said "the old bridge is safe '
        'for everyone", engineers found new cracks in its pier.',
        "the old bridge is safe",
        "Jo Doe",
    ),
    # --- quotations of two speakers that the sentence splitter runs into one sentence
    # (`FANS`): the coach's verb is not the nurse's, nor is the coach the "she" of the
    # nurse's first words, with narrative naming her between
    (FANS, "Far too much", "Rosa Diaz"),
    (FANS, "I've followed this club", "Rosa Diaz"),
    # … and a verb right after another speaker's quotation is that one's (Sam's)
    (
        'One pair of seats behind the home bench went for $6,500 -- apiece. "Their fans '
        'have deeper pockets than ours," visiting coach Tom Hale conceded. Outside the ground '
        "stood Rosa Diaz, a nurse in a faded away shirt. \"I've followed this club since the "
        'day I was born," she said. "My father is 81 and has never missed a home game. He '
        "used to sell programmes at the turnstiles in the '60s and '70s to earn a seat for "
        'the next match. "So it was never her choice," said Mr Sam Diaz, her brother, who '
        'stood beside her. "Far too much. I\'d rather not tell you," she said.',
        "Far too much",
        "Rosa Diaz",
    ),
    # a verb inside another quotation is no attribution; two quoted fragments of one
    # sentence share its verb
    (
        'Tom Hale said the plan was "a mess that nobody in the valley asked for" and "a waste '
        'of public money on a bridge to nowhere" on Monday.',
        "a waste of public money",
        "Tom Hale",
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
        "Pieter Claassen spoke at length about the budget talks.\n\n"
        '"I speak about this in such detail because, according to comments of some opposition '
        'members, the coalition agreed to simply freeze pensions."',
        "I speak about this",
        "Pieter Claassen",
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
        "The delegations discussed ways to speed up the talks over the coming weeks, "
        "officials said."
    )
    assert analyse(text).statements() == []


def test_the_speaker_is_placed_in_the_text():
    text = (
        "Laura Finch warned of a housing emergency in the city. "
        '"We are deeply concerned that renters will be the ones who pay for this," she added.'
    )
    [*_, st] = analyse(text).statements()
    assert st.speaker_span is not None
    assert text[st.speaker_span[0] : st.speaker_span[1]] == "she"


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
        'Team boss Ines Moreau said: "We asked a lot of her on Sunday. "Kira was in a class of '
        'her own and we saw something rare." While Dalton cruised to a win in the '
        "wet, Kira stole the show with a brilliant charge from the back. "
        '"It was one of the finest drives I can recall," Moreau added.'
    )
    quoted = [text[s:e] for s, e, _ in analyse(text).statement_spans]
    assert not any("cruised" in q for q in quoted)
    assert any(q.startswith("We asked a lot") for q in quoted)
    assert any(q.startswith("Kira was in a class") for q in quoted)
