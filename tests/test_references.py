"""Who "he", "she" and a definite description ("the President", "the Renault driver") are: the
article's chain of references to people, by class of mistake (issue 24), each with invented
sentences where the rule must fire and counter-examples where it must not.

- a pronoun after a title subject is the person the title refers to, not a person named
  before it; a title the article resolves to no one stops the pronoun (no speaker is
  better than a wrong one);
- a description with a word of its own ("the Renault driver", "the 19-year-old") is the one
  person the sentence before is about;
- a chain of "he" reaches as far back as the story stays on one person, past a person
  named in passing; a person who is the subject of a later sentence breaks it;
- a page title run into a sentence does not take the pronoun from the chain.
"""

from __future__ import annotations

import pytest

from tests.test_speakers import speaker_of

TITLE_SUBJECTS = [
    # --- a pronoun after a title subject: the person the title refers to
    (
        "President Alan Reyes met Mayor Victor Lund at the palace on Thursday. Mr Lund said "
        'the talks had gone well. The President said he was "encouraged" by the meeting. He '
        "added that the two men had discussed the port strike.",
        "the two men had discussed",
        "Alan Reyes",
    ),
    (
        "Alan Reyes, the president, opened the new bridge on Thursday. Victor Lund said the "
        "bridge had cost far too much. The President said he was proud of the builders. He "
        "added that tolls would stay low for a year.",
        "tolls would stay low",
        "Alan Reyes",
    ),
    # counter: a title the article gives no one is not the person named last, and neither
    # is the "he" after it
    (
        "Victor Lund opened the new bridge on Thursday. The President said the bridge would "
        "help the whole region. He added that tolls would stay low for a year.",
        "tolls would stay low",
        None,
    ),
    (
        "Victor Lund opened the new bridge on Thursday. The President said the bridge would "
        "help the whole region.",
        "the bridge would help",
        "President",
    ),
    # counter: a woman's title, then "he": not her, the man named before
    (
        "Prime Minister Helen Ward met Daniel Frost in Oslo on Monday. Ms Ward had asked for "
        "the meeting. The Prime Minister said the talks had been frank. He said the fishing "
        "quotas were still unresolved.",
        "fishing quotas were still",
        "Daniel Frost",
    ),
    # --- a description with a word of its own: the one person the sentence before is about
    (
        "Felix Moreau crashed out on the first lap in Monza on Sunday. The Renault driver "
        'admitted: "I made a mistake at the first corner and I paid for it."',
        "I made a mistake",
        "Felix Moreau",
    ),
    (
        "Lena Hartwig won her first title in Vienna on Sunday. The 19-year-old said she had "
        "not slept the night before the final.",
        "had not slept",
        "Lena Hartwig",
    ),
    # counter: two people in the sentence before: which one, the words do not say
    (
        "Felix Moreau overtook Peter Grant on the last lap in Monza. The Renault driver "
        'admitted: "I made a mistake at the first corner and I paid for it." Peter Grant '
        "finished second for the third race running.",
        "I made a mistake",
        "Renault driver",
    ),
    # counter: a bare occupation is often someone new ("the driver" of a bus)
    (
        "Felix Moreau was hurt when a bus hit his car in Monza. The driver said the road had "
        "been wet and the brakes had failed.",
        "the brakes had failed",
        "driver",
    ),
    # counter: an age the article gives someone else
    (
        "Lena Hartwig, 31, won her first title in Vienna on Sunday. The 19-year-old said she "
        "had not slept the night before the final.",
        "had not slept",
        "19-year-old",
    ),
    # counter: a relation ("adviser", "counterpart") is someone else's
    (
        "Oliver Brandt arrived at the count in Leeds on Thursday night. The campaign adviser "
        "said the result would be close.",
        "the result would be close",
        "campaign adviser",
    ),
]

CHAINS = [
    # --- a chain of "he": as far back as the story stays on one person, past a man named
    # in passing
    (
        "Oliver Brandt left the party conference early on Sunday. He had spoken for an hour on "
        'the first morning. "I have said what I came to say," he told reporters at the '
        "station. He would not say whether he would back Simon Hale in the leadership race "
        "against Hale's old rival. He also declined to comment on the budget. "
        '"I expect to keep my seat until the election," he said.',
        "I expect to keep my seat",
        "Oliver Brandt",
    ),
    # a woman between two links of a man's chain does not break it
    (
        "Oliver Brandt left the party conference early on Sunday. He had spoken on the first "
        "morning. Anna Ruiz said she regretted the decision. "
        '"I have said what I came to say," he said.',
        "I have said what I came",
        "Oliver Brandt",
    ),
    # counter: another man who is the subject of a later sentence is the nearest one
    (
        "Oliver Brandt left the party conference early on Sunday. He had spoken on the first "
        "morning. Simon Hale stayed until the last vote. "
        '"The members have been patient with us," he said.',
        "The members have been patient",
        "Simon Hale",
    ),
    # counter: a chain with no name at its start is no one's
    (
        "He had spoken on the first morning of the conference. "
        '"The members have been patient with us," he said.',
        "The members have been patient",
        None,
    ),
    # --- a page's video title run into the next sentence: a name in it that is no
    # sentence's subject does not take the pronoun from the chain
    (
        "Singer Mara Quinn closed the rally in Denver on Friday. She had flown in from "
        "Nashville that morning. She sang four songs from her new album. She then spoke for "
        'ten minutes about the vote. Speaking after her set she said: "We want every one of '
        'you to vote. Bring your friends and your neighbours." Pop star sings for Jane '
        'Holloway in Denver Addressing the crowd she said: "You are the one this country '
        'needs." Jane Holloway spoke next.',
        "You are the one this country",
        "Mara Quinn",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), TITLE_SUBJECTS)
def test_a_title_subject_is_the_person_it_refers_to_or_no_one(
    text: str, fragment: str, speaker: str | None
):
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), CHAINS)
def test_a_pronoun_follows_the_chain_of_references(text: str, fragment: str, speaker: str | None):
    assert speaker_of(text, fragment) == speaker
