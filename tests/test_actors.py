"""Actors found by code from the parse: one per real-world actor, every mention, roles, and
nothing that is a place, a byline, a credit or the press."""

from __future__ import annotations

from summarise.find.analysis import analyse
from summarise.find.names import fold
from summarise.schemas import Actor


def actors(text: str) -> dict[str, Actor]:
    return {a.canonical: a for a in analyse(text).actors}


def test_a_state_is_one_actor_across_its_names_with_every_mention():
    text = (
        "The Kremlin said on Monday that talks would go on. Moscow will do everything to "
        "protect civilians, the ministry added. The Syrian regime is not preparing an "
        "offensive, and Russia has accused the rebels of staging an attack."
    )
    found = actors(text)
    russia = found["Russia"]
    assert russia.kind == "country"
    assert russia.forms == ["Kremlin", "Moscow", "Russia"]
    assert [text[s:e] for s, e in russia.mentions] == ["Kremlin", "Moscow", "Russia"]
    assert found["Syria"].forms == ["Syrian"]  # "the Syrian regime": the state acting


def test_a_place_that_only_hosts_events_is_not_an_actor():
    text = (
        "Lavrov met his counterpart in Moscow on Friday. Fighting in Idlib province and "
        "around Deraa went on, and refugees fled to Turkey.\n"
        "Sergei Lavrov said the talks in Berlin had been useful."
    )
    found = actors(text)
    assert set(found) == {"Sergei Lavrov"}


def test_a_person_is_one_actor_across_spellings_and_keeps_the_role_the_article_gives():
    text = (
        "Russian Foreign Minister Sergey Lavrov arrived in Berlin. Sergei Lavrov said the "
        "offensive was not planned, and Lavrov repeated it later.\n"
        "Heiko Maas, Germany's foreign minister, said Europe was worried."
    )
    found = actors(text)
    lavrov = found["Sergey Lavrov"]
    assert lavrov.role == "Russian Foreign Minister"
    assert lavrov.forms == ["Sergey Lavrov", "Sergei Lavrov", "Lavrov"]
    assert len(lavrov.mentions) == 3
    assert found["Heiko Maas"].role == "Germany's foreign minister"
    assert "Germany" in found  # its foreign minister speaks for it


def test_two_people_of_one_surname_stay_apart():
    text = (
        "Hillary Clinton said she would not comment. Bill Clinton told reporters the "
        "investigation was over."
    )
    assert {"Hillary Clinton", "Bill Clinton"} <= set(actors(text))


def test_an_acronym_joins_the_organisation_whose_initials_it_is():
    text = (
        "The US-backed Syrian Democratic Forces launched an offensive on Monday. The SDF said "
        "it had retaken three villages, and SDF fighters were advancing."
    )
    sdf = actors(text)["Syrian Democratic Forces"]
    assert sdf.kind == "armed_group"
    assert sdf.forms == ["Syrian Democratic Forces", "SDF"]
    assert len(sdf.mentions) == 3


def test_bylines_credits_and_the_press_are_not_actors():
    text = (
        "Floods in Sindh\nBy Ayhan Simsek\n"
        "Rescuers pulled survivors from the water (Photo: Paulo Whitaker/Reuters).\n"
        "Sara Khan, a local official, told the BBC that 40 people had died."
    )
    found = actors(text)
    assert set(found) == {"Sara Khan"}
    assert found["Sara Khan"].role == "local official"


def test_every_mention_is_in_the_text_in_one_of_the_actors_forms():
    text = (
        "Turkish President Recep Tayyip Erdogan said Turkey would not allow a new wave of "
        "refugees. Erdogan told his party that Ankara would act, and Turkish troops moved."
    )
    for actor in analyse(text).actors:
        assert actor.mentions
        for s, e in actor.mentions:
            assert fold(text[s:e]) in {fold(f) for f in actor.forms}
    assert actors(text)["Recep Tayyip Erdogan"].role == "Turkish President"


def test_scraped_page_furniture_and_credits_are_not_names():
    """Shapes from the dev corpus's pages: a credit run into a caption, a video player's
    labels, a headline in capitals, a name the tagger doubled."""
    text = (
        "GETTY*EPA Donald Trump met Barack Obama at the White House on Thursday.\n"
        "Video Loading Video Unavailable Click to play\n"
        "DEMOCRATS NOT LETTING COMEY OFF HOOK\n"
        "Donald Trump said the meeting was great. Barack Obama said it went well.\n"
        "Verstappen Verstappen crossed the line third, and Max Verstappen said he was happy."
    )
    names = set(actors(text))
    assert {"Donald Trump", "Barack Obama", "Max Verstappen"} <= names
    assert not any(
        "GETTY" in n or "Video" in n or "DEMOCRATS" in n or n == "Verstappen Verstappen"
        for n in names
    ), names


def test_a_name_mentioned_once_in_passing_is_not_an_actor():
    text = (
        "Kris Bryant threw to Anthony Rizzo for the final out. The crowd sang songs by "
        "Bruce Springsteen. Bryant said the team had waited a long time."
    )
    names = set(actors(text))
    assert "Kris Bryant" in names  # he acts and speaks
    assert "Bruce Springsteen" not in names  # named once, doing nothing in the story


def test_a_name_after_mr_or_ms_or_beside_a_person_noun_is_a_person():
    """The tagger calls "Ms Wood" a work of art or an organisation, and "Navin Nayak" an
    organisation; the honorific, or a noun only a person is ("head of…"), says otherwise."""
    text = (
        'Patti Wood, a body language expert, watched the meeting. "Both men sat in the alpha '
        'position," Ms Wood told the Daily Mail. A letter by Navin Nayak, head of the '
        "campaign's research division, blamed the FBI director. Nayak said the second letter "
        "energised the other side."
    )
    found = actors(text)
    assert found["Patti Wood"].kind == "person"
    assert "Ms Wood" in found["Patti Wood"].forms
    assert found["Navin Nayak"].kind == "person"
    assert [text[s:e] for s, e in found["Navin Nayak"].mentions] == ["Navin Nayak", "Nayak"]


def test_a_surname_alone_is_a_mention_where_the_tagger_missed_it():
    text = (
        "Katy Perry campaigned for Hillary Clinton across the country. Perry - who stripped "
        "off to urge people to vote - called for a revolution after the result."
    )
    perry = actors(text)["Katy Perry"]
    assert [text[s:e] for s, e in perry.mentions] == ["Katy Perry", "Perry"]
    assert perry.forms == ["Katy Perry", "Perry"]


def test_a_full_name_with_another_role_is_not_the_surname_the_story_is_about():
    """The story's "President Mensah", named by surname alone, is not "first lady Abena
    Mensah" who comes later: their roles share no word."""
    text = (
        "President Mensah met Daniel Hale at the palace on Tuesday. Mensah said the "
        "talks were useful. Mensah added that he hoped Hale would do well. Grace Hale "
        "met separately with Abena Mensah. In the garden, first lady Abena Mensah and "
        "Grace Hale planted a tree."
    )
    found = actors(text)
    abena = found["Abena Mensah"]
    assert [text[s:e] for s, e in abena.mentions] == ["Abena Mensah", "Abena Mensah"]
    assert abena.role == "first lady"
    president = next(a for a in found.values() if a.role == "President")
    assert "Abena Mensah" not in president.forms


def test_a_name_given_once_by_one_word_joins_the_person_named_in_full():
    """A headline's "Hillary" before the article names Hillary Clinton: one person."""
    found = actors(
        "Hillary urged voters to turn out on Tuesday. Later, Hillary Clinton said the "
        "result was close, and Clinton thanked her staff."
    )
    assert "Hillary" not in found
    assert "Hillary" in found["Hillary Clinton"].forms
