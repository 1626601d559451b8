"""Page clutter in plain-text input (`find.clutter`): captions, galleries, credits, video
titles and link lines are marked before actors and statements are found, by the shape of
the page, and similar lines of real text are left alone.

Every line here is invented, in the shapes scraped pages have: a page cut into lines, or an
article run into one paragraph with its captions and widgets inside it.
"""

from __future__ import annotations

import pytest

from summarise.find.analysis import analyse
from summarise.find.clutter import page_clutter
from summarise.find.text import sentences

HEADLINE = "Floods close the valley road for a week\n\n"


def marked(text: str) -> list[str]:
    return [text[c.start : c.end] for c in page_clutter(text)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, text[c.start : c.end]) for c in page_clutter(text)]


# (paragraph, the words marked, kind): each must be marked exactly so
CLUTTER = [
    # --- paragraphs of their own
    ("Photograph: Jane Doe/Reuters", "Photograph: Jane Doe/Reuters", "credit"),
    ("Getty Images", "Getty Images", "credit"),
    ("AFP/Getty Images", "AFP/Getty Images", "credit"),
    ("(Photo: Reuters)", "(Photo: Reuters)", "credit"),
    ("4/12", "4/12", "gallery"),
    ("7 of 30", "7 of 30", "gallery"),
    ("Video: Drone footage shows the flooded valley", None, "video"),
    ("WATCH: The moment the bridge gave way", None, "video"),
    ("Read more: Why the river burst its banks", None, "link"),
    ("Sign up to our morning newsletter", None, "link"),
    ("Related: Farmers count the cost of the storm", None, "link"),
    ("Floods close the valley road for a week", None, "heading"),  # repeats the headline
    # --- run into a paragraph of the article
    (
        "Image copyright Reuters Image caption Volunteers fill sandbags near the bridge "
        "Dozens of homes were flooded overnight, the council said.",
        "Image copyright Reuters Image caption Volunteers fill sandbags near the bridge",
        "credit",
    ),
    (
        "The council opened two shelters. Residents wade through the high street (Getty) "
        "The water is expected to fall by Thursday.",
        "Residents wade through the high street (Getty)",
        "caption",
    ),
    (
        "Water levels rose again on Monday. Getty Images 14 A boat ferries families to "
        "safety EPA 14 Firefighters clear a blocked drain in the town centre The army was "
        "called in on Tuesday.",
        "Getty Images 14 A boat ferries families to safety EPA 14 Firefighters clear a "
        "blocked drain in the town centre",
        "gallery",
    ),
    (
        "Roads were closed. Play slideshow Getty Images 1 of 24 Homes under water in the "
        "lower valley A spokesman for the council said the road would reopen on Friday.",
        "Play slideshow Getty Images 1 of 24 Homes under water in the lower valley",
        "gallery",
    ),
    (
        "Crews worked all night. Video Loading Video Unavailable Click to play Tap to play "
        "The army arrived on Tuesday.",
        "Video Loading Video Unavailable Click to play Tap to play",
        "video",
    ),
    (
        "Get news updates directly to your inbox + Subscribe Thank you for subscribing! "
        "Could not subscribe, try again later Invalid Email The river peaked at noon.",
        "Get news updates directly to your inbox + Subscribe Thank you for subscribing! "
        "Could not subscribe, try again later Invalid Email",
        "newsletter",
    ),
    (
        "Click to share on Facebook (Opens in new window) The rain stopped at dawn.",
        "Click to share on Facebook (Opens in new window)",
        "share",
    ),
    (
        "The bridge was shut. [How the town prepared for the worst] Engineers inspected it "
        "on Monday.",
        "[How the town prepared for the worst]",
        "link",
    ),
    (
        "The bridge was shut. Drivers face long detours around the valley Read more "
        "Engineers inspected it on Monday.",
        "Drivers face long detours around the valley Read more",
        "link",
    ),
    (
        "The bridge was shut. Related stories STORM WARNING Forecasters expect more rain "
        "this weekend BRIDGE ALERT Ten crossings closed across the county The army arrived "
        "on Tuesday.",
        "Related stories STORM WARNING Forecasters expect more rain this weekend BRIDGE "
        "ALERT Ten crossings closed across the county",
        "link",
    ),
    (
        "The bridge was shut. Rising waters: Residents leave their homes by boat Clean-up: "
        "Volunteers sweep mud from a shop floor The army arrived on Tuesday.",
        "Rising waters: Residents leave their homes by boat Clean-up: Volunteers sweep mud "
        "from a shop floor",
        "caption",
    ),
    # an agency's credit alone: the sentence before it stays the article's (a page that
    # lost the picture's caption)
    (
        "The council said the road would reopen on Friday. (Photo: Getty Images) The army "
        "arrived on Tuesday.",
        "(Photo: Getty Images)",
        "credit",
    ),
    # a photographer's credit: the sentence before it is the photo's caption
    (
        "The bridge was shut. Engineers inspect the damaged pier on Monday. Jane Doe/The "
        "Valley Times Buy Photo The army arrived.",
        "Engineers inspect the damaged pier on Monday. Jane Doe/The Valley Times Buy Photo",
        "caption",
    ),
    (
        "The bridge was shut. Engineers inspect the damaged pier on Monday. (Photo: Jane "
        "Doe, AP) The army arrived.",
        "Engineers inspect the damaged pier on Monday. (Photo: Jane Doe, AP)",
        "caption",
    ),
]


@pytest.mark.parametrize(("paragraph", "words", "kind"), CLUTTER)
def test_page_clutter_is_marked(paragraph: str, words: str | None, kind: str):
    text = HEADLINE + paragraph + "\n"
    assert kinds(text) == [(kind, words or paragraph)]


# paragraphs of real text in the same shapes: nothing is marked
NOT_CLUTTER = [
    '"We will rebuild," the mayor said.',  # a short quoted sentence
    "The river burst its banks on Sunday.",  # a one-line paragraph with a verb
    "LONDON (Reuters) - The river burst its banks on Sunday, officials said.",  # a dateline
    "MARDEN, England (AP) -- Hundreds of homes were flooded overnight.",
    "By Jane Doe",  # a byline
    "Hundreds of people were moved to safety, the council said (pictured) on Monday.",
    '"We have not given up [on the bridge]," the engineer said.',  # an editor's insertion
    'Officials said: "The road will reopen on Friday."',
    "Only 2 of 12 bridges were open, and 9/11 was mentioned by nobody.",
    "Watch the water levels, the council told residents on Monday.",
    "Shops in the high street, among them a bakery run by Tom Getty, stayed shut.",
    "The Valley Times reported that the river peaked at noon on Sunday.",
    "She said the photo showed the old bridge before the flood.",
]


@pytest.mark.parametrize("paragraph", NOT_CLUTTER)
def test_real_text_is_not_marked(paragraph: str):
    assert marked(HEADLINE + paragraph + "\n") == []


def test_a_short_line_next_to_a_credit_is_its_caption_but_a_sentence_is_not():
    text = (
        HEADLINE
        + "Volunteers carry sandbags along the river bank\n"
        + "Photograph: Jane Doe/Reuters\n"
        + "The mayor said the water had risen by two metres.\n"
        + "Getty Images\n"
    )
    assert kinds(text) == [
        ("caption", "Volunteers carry sandbags along the river bank"),
        ("credit", "Photograph: Jane Doe/Reuters"),
        ("credit", "Getty Images"),
    ]


def test_a_caption_run_into_the_text_is_a_sentence_of_its_own():
    text = (
        HEADLINE + "Image copyright Reuters Image caption Volunteers fill sandbags near the "
        "bridge Dozens of homes were flooded overnight, the council said.\n"
    )
    found = [(s.text, s.boilerplate) for s in sentences(text)[1:]]
    assert found == [
        ("Image copyright Reuters Image caption Volunteers fill sandbags near the bridge", True),
        ("Dozens of homes were flooded overnight, the council said.", False),
    ]


def test_a_name_only_in_captions_and_links_is_no_actor():
    text = (
        HEADLINE + "Mayor Tom Avery said the water had never risen so fast. Avery told "
        "residents to stay indoors. Getty Images 9 Singer Lola Brant waves to fans at a "
        "charity gig AP 9 Lola Brant signs sandbags for volunteers The army arrived on "
        "Tuesday. Related stories STAR TURN Lola Brant says the valley is her home "
        '"We will open the road on Friday," Avery said.\n'
    )
    names = {a.canonical for a in analyse(text).actors}
    assert "Tom Avery" in names
    assert not any("Brant" in n for n in names)


def test_a_caption_inside_a_quotation_does_not_cut_it_off():
    # the quotation runs on across the caption: both halves are the mayor's, and no
    # statement holds the caption's words
    text = (
        HEADLINE + 'Mayor Tom Avery visited the shelter. "We have moved every family out of '
        "the lower streets. Image copyright Reuters Image caption Rescuers carry a child to "
        'a boat We will not leave anyone behind tonight," Mr Avery said.\n'
    )
    analysis = analyse(text)
    statements = [
        (text[a:b], analysis.speakers.of_span(a, b)) for a, b, _ in analysis.statement_spans
    ]
    assert [s for s, _ in statements] == [
        "We have moved every family out of the lower streets",
        "We will not leave anyone behind tonight",
    ]
    assert [sp.name if sp else None for _, sp in statements] == ["Tom Avery", "Tom Avery"]


def test_a_quotation_that_goes_on_after_a_caption_keeps_its_speaker():
    # the quotation's next paragraph follows a caption: it is still the mayor's
    text = (
        HEADLINE + 'Mayor Tom Avery said: "The water is still rising in the lower streets." '
        "GETTY Volunteers fill sandbags by the bridge "
        '"So we have asked the army to help with the clean-up this week."\n'
    )
    analysis = analyse(text)
    start = text.index("So we have asked")
    spans = [(a, b) for a, b, _ in analysis.statement_spans if a == start]
    assert spans, "the second quotation is a statement"
    found = analysis.speakers.of_span(*spans[0])
    assert found is not None and found.name == "Tom Avery"


def test_the_headline_itself_is_never_clutter():
    text = "Video: the flood in pictures\n\nThe river burst its banks on Sunday.\n"
    assert marked(text) == []
