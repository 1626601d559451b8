"""Actor names: titles stripped, fullest form found, spellings folded."""

from pathlib import Path

import pytest

from summarise.find.names import fold, fullest_person_name, strip_titles
from summarise.find.text import read_article

SEEDS = Path(__file__).parent.parent / "seeds"
T000 = read_article(SEEDS / "000_5735a69cd88fe9d6.txt")
T001 = read_article(SEEDS / "001_c21b84e8ba4fc628.txt")


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        (T001, "Lavrov", "Sergey Lavrov"),
        (T001, "Çavuşoğlu", "Mevlüt Çavuşoğlu"),
        (T001, "Roth", "Kenneth Roth"),
        (T001, "Assad", "Bashar Assad"),
        # "Special Envoy on Syria Alexander Lavrentiev": Syria is a place, not a given name
        (T001, "Lavrentiev", "Alexander Lavrentiev"),
        (T000, "Erdogan", "Recep Tayyip Erdogan"),
        (T000, "Turkish President Recep Tayyip Erdogan", "Recep Tayyip Erdogan"),
        (T000, "Maas", "Heiko Maas"),
    ],
)
def test_fullest_person_name(text, name, full):
    assert fullest_person_name(text, name) == full


def test_strip_titles():
    assert strip_titles("Russian Foreign Minister Sergey Lavrov") == "Sergey Lavrov"
    assert strip_titles("Deputy Foreign Minister Sedat Önal") == "Sedat Önal"
    assert strip_titles("President") == "President"  # never strips a name to nothing


def test_fold_spellings():
    assert fold("Mevlüt Çavuşoğlu") == fold("Mevlut Cavusoglu") == "mevlut cavusoglu"
    assert fold("Erdoğan") == fold("ERDOGAN")


def test_photo_credits_and_descriptions_are_not_names():
    from summarise.find.names import has_proper_name, is_credit

    text = (
        "Massa cries in the pit lane. (Paulo Whitaker/Pool via AP) "
        "Image copyright The Paper Image caption Rescuers dig. Getty Images 5 Massa waves. "
        "Paulo Whitaker said the photos were his."
    )
    for name in ("Paulo Whitaker", "The Paper", "Getty Images"):
        at = text.index(name)
        assert is_credit(text, at, at + len(name)), name
    last = text.rindex("Paulo Whitaker")  # named as a speaker: not a credit
    assert not is_credit(text, last, last + len("Paulo Whitaker"))
    assert not is_credit(text, text.index("Massa"), text.index("Massa") + 5)
    assert [
        n
        for n in ("rescuers", "local volunteers", "the UN", "Sara Khan", "Chinese boy")
        if has_proper_name(n)
    ] == ["the UN", "Sara Khan", "Chinese boy"]


def test_a_place_is_not_an_actor(seed_briefs):
    brief = seed_briefs["003_73afe5bdf0f6d93d.txt"]
    assert all("Idlib" not in a.canonical for a in brief.actors)


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("Floods in Sindh\nBy Ayhan Simsek\nBERLIN\nText.", "Ayhan Simsek"),
        ("Floods\n\nBy JOHN SMITH | AP\nText.", "JOHN SMITH"),
        ("Floods\nBy Sara Khan and Ali Raza, Karachi\nText.", "Sara Khan"),
        ("Floods\nBy the river, 5 people died.\n", None),
        ("Floods\nBy Sunday, Smith Jones had left.\n", None),
        ("Floods\n" + "Text.\n" * 8 + "By Sara Khan\n", None),  # not near the top
    ],
)
def test_the_byline_names_the_author(head: str, author: str | None):
    from summarise.find.names import find_author

    found = find_author(head)
    assert (head[found[0] : found[1]] if found else None) == author


def test_the_author_is_recorded_and_is_not_an_actor(seed_briefs):
    brief = seed_briefs["000_5735a69cd88fe9d6.txt"]
    assert brief.author is not None and brief.author.quote == "Ayhan Simsek"
    assert all("Simsek" not in a.canonical for a in brief.actors)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Dmitry Orlov", "Dmitri Orlov", True),  # transliterations
        ("Yuri Petrov", "Yury Petrov", True),
        ("Aleksandr Volkov", "Alexander Volkov", True),
        ("Deputy Mayor Laura Finch", "L. Finch", True),  # a title dropped, an initial
        ("Finch", "Laura Finch", True),  # a surname alone
        ("Maria Luisa Ferreira", "Luisa Ferreira", True),  # one given name of two
        ("Maria Luisa Ferreira", "Maria Ferreira", True),
        ("Michael Grant", "Michelle Grant", False),  # alike, but two names
        ("Omar Haddad", "Karim Haddad", False),
        ("Laura Finch", "Laura Fincher", False),
    ],
)
def test_one_rule_says_whether_two_names_are_one_person(a: str, b: str, same: bool):
    from summarise.find.identity import same_person

    assert same_person(a, b) is same
    assert same_person(b, a) is same
