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
    # a run of a widget's buttons, capitalised as buttons are (invented: the rule is the
    # shape, not a list of strings)
    (
        "Crews worked all night. Clip Loading Clip Unavailable Tap to watch Click to replay "
        "The army arrived on Tuesday.",
        "Clip Loading Clip Unavailable Tap to watch Click to replay",
        "video",
    ),
    (
        "The water fell. Full Screen Autoplay Close The army arrived.",
        "Full Screen Autoplay Close",
        "gallery",
    ),
    (
        "The bridge was shut. Newsletter Sign Up Subscribe Now The river peaked at noon.",
        "Newsletter Sign Up Subscribe Now",
        "newsletter",
    ),
    # links that say they open a new window, each from its first button word
    (
        "Tap to share on Snapchat (Opens in new window) Tap to share on Reddit (Opens in new "
        "window) The rain stopped at dawn.",
        "Tap to share on Snapchat (Opens in new window) Tap to share on Reddit (Opens in new "
        "window)",
        "share",
    ),
    (
        "The bridge was shut. Click here for our guide to the flood defences. The army arrived.",
        "Click here for our guide to the flood defences.",
        "link",
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
    # a label with an apostrophe inside its quotation
    (
        "The rain stopped. 'It's gone': A baker looks at her empty shop Fresh start: "
        "Volunteers repaint the school The army arrived on Tuesday.",
        "'It's gone': A baker looks at her empty shop Fresh start: Volunteers repaint the school",
        "caption",
    ),
    # --- captions run into the text with no label, credit or full stop: a new sentence
    # plainly begins inside words with no full stop before it
    (
        "The council met on Monday. Volunteers stack sandbags along the river wall at dusk "
        "The water rose by two metres overnight, officials said.",
        "Volunteers stack sandbags along the river wall at dusk",
        "caption",
    ),
    (
        "The council met on Monday. Residents wade through the flooded high street She was "
        "later seen carrying a child to safety.",
        "Residents wade through the flooded high street",
        "caption",
    ),
    (
        "The council met on Monday. Rescue boats wait by the old bridge However, engineers "
        "said the dam would hold.",
        "Rescue boats wait by the old bridge",
        "caption",
    ),
    (
        "The council met on Monday. Rescue boats wait by the old bridge As the rain eased, "
        "engineers returned to the dam.",
        "Rescue boats wait by the old bridge",
        "caption",
    ),
    (
        "The council met on Monday. Two captions run together here The first shows the dam "
        "The second shows the bridge But the council said both would hold.",
        "Two captions run together here The first shows the dam The second shows the bridge",
        "caption",
    ),
    (
        "The council met on Monday. Players lift the trophy in the pouring rain 'I don't "
        "think any of us will ever forget this night,' said the captain.",
        "Players lift the trophy in the pouring rain",
        "caption",
    ),
    (
        "The council met on Monday. Residents cheer as the bridge reopens Harbour Radio host "
        "Jo Doe exclaimed: 'What a day for the whole town.'",
        "Residents cheer as the bridge reopens",
        "caption",
    ),
    # a name and its verb begin a sentence only where the words point at a picture
    (
        "The mayor spoke first. Councillor Ann Pike (left) greets volunteers at the shelter "
        "Jo Doe and Al Roe met the engineers at the dam on Tuesday.",
        "Councillor Ann Pike (left) greets volunteers at the shelter",
        "caption",
    ),
    (
        "The mayor spoke first. Volunteers fill sandbags behind the town hall Jo Doe "
        "(pictured) said the river had never risen so fast.",
        "Volunteers fill sandbags behind the town hall",
        "caption",
    ),
    (
        "The mayor spoke first. A baker posted this picture of her flooded shop Jo Doe said "
        "the river had never risen so fast.",
        "A baker posted this picture of her flooded shop",
        "caption",
    ),
    # a day and a time of day are no role: the caption ends on "evening", and the words
    # after it, a name pointing at a picture, are the article's ("(pictured)" alone)
    (
        "The mayor spoke first. Volunteers hand out soup at the shelter on Friday evening "
        "Jo Doe (pictured) said the shelter would stay open all week.",
        "Volunteers hand out soup at the shelter on Friday evening",
        "caption",
    ),
    # after a caption, a role, a name with its place in a picture and a verb: the
    # picture's caption too, to its full stop
    (
        "The mayor spoke first. Volunteers hand out soup at the shelter on Friday evening "
        "Radio presenter Jo Doe (left) visited the shelter with her two children. The army "
        "arrived on Tuesday.",
        "Volunteers hand out soup at the shelter on Friday evening Radio presenter Jo Doe "
        "(left) visited the shelter with her two children.",
        "caption",
    ),
    # … or to where a sentence opens in it ("On" before a lower-case word)
    (
        "The mayor spoke first. Crews pump water from the flooded depot Al Roe (right, "
        "pictured in May) was rescued from his car early on On the next day the army arrived.",
        "Crews pump water from the flooded depot Al Roe (right, pictured in May) was rescued "
        "from his car early on",
        "caption",
    ),
    # a picture series: captions that open alike, a role, a name and a verb, run together,
    # the first pointing at its picture; a nationality after a name opens the next one
    (
        "The mayor spoke first. And radio presenter Jo Doe (right) thanked Mayor Pike Welsh "
        "radio presenter Al Roe posted a photo of the flooded bridge.",
        "And radio presenter Jo Doe (right) thanked Mayor Pike Welsh radio presenter Al Roe "
        "posted a photo of the flooded bridge.",
        "caption",
    ),
    # … but not where the caption before does not point at its picture
    (
        "The mayor spoke first. Radio presenter Jo Doe thanked the crews Local radio "
        "presenter Al Roe exclaimed: 'What a day for the whole town.'",
        "Radio presenter Jo Doe thanked the crews",
        "caption",
    ),
    # a quotation left open at its paragraph's end and opened again after a caption (the
    # page's way with a quotation of several paragraphs): the caption between is no quote
    (
        "Mayor Tom Avery toured the streets. 'We have never seen water like it. Volunteers "
        "fill sandbags outside the bakery 'We will not give up on this town, whatever it "
        "takes,' he said.",
        "Volunteers fill sandbags outside the bakery",
        "caption",
    ),
    # two names the page uses apart, run together with a verb after the second: a caption
    # ends between them
    (
        "The engineers met at Harbour Point on Monday. Jo Doe and Al Roe met the engineers, "
        "and then they toured the dam at Harbour Point Roe says the dam will hold.",
        "Jo Doe and Al Roe met the engineers, and then they toured the dam at Harbour Point",
        "caption",
    ),
    # "Above" before a name, run into the text: the caption of the picture above
    (
        "The clean-up began on Monday. Above Jo Doe hands out blankets at the shelter in "
        "Eastvale March 3, 2019: The council votes to close the old bridge.",
        "Above Jo Doe hands out blankets at the shelter in Eastvale",
        "caption",
    ),
    # a note on a video before the video's credit is the video's
    (
        "The bridge was shut. Editor's note: An earlier version of this video gave the wrong "
        "date for the flood. The river peaked on a Sunday. (Jane Doe/The Valley Times) The "
        "army arrived.",
        "Editor's note: An earlier version of this video gave the wrong date for the flood. "
        "The river peaked on a Sunday. (Jane Doe/The Valley Times)",
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
    # button words in real sentences: one at a time, in lower case
    "Shares in the company fell by a third on Monday.",
    "She said she would subscribe to the plan if the council backed it.",
    "Loading of the ferry was halted when the wind rose.",
    "Viewers can watch the video again on the council's website.",
    "Police asked anyone with video of the crash to email the station.",
    "The Full Council will vote on the plan in March.",
    "Click Energy, the supplier, said prices would rise in the spring.",
    # sentences with a full stop and names in them: no new sentence begins without one
    "The mayor said the day Jo Doe met the engineers was the turning point.",
    "Photos (left) show the flood line, and Rovers fan Jo Doe said it was the worst yet.",
    "Her husband Tom (pictured) said the water rose in minutes.",
    "Protesters held a banner 'We want our bridge back' outside the town hall.",
    "Above all, the council wants the bridge open by May.",
    # a quotation that quotes another, after a full stop inside it: no caption between
    "'We asked them twice. They told us 'Stay indoors' and we did,' said the mayor.",
    # a name's place in a picture in a sentence of its own, with a full stop before it
    "Radio presenter Jo Doe (left) visited the shelter with her two children.",
    # two names run together: a forename the page uses alone ("Ann"), a title ("Deputy
    # Mayor"), a phrase before its subject with no verb of its own
    "The mayor thanked Jo Doe and his wife Ann. Jo Doe greeted the crowd and Ann Doe said "
    "the town would recover.",
    "Al Roe was made Deputy Mayor in May. He toured the dam, and Deputy Mayor Roe says it "
    "will hold.",
    "The engineers met at Harbour Point on Monday. In an interview at Harbour Point Roe "
    "said the dam would hold. Al Roe is an engineer.",
    "The engineers met at Harbour Point on Monday. When the crews arrived at Harbour Point "
    "Roe said the dam would hold. Al Roe is an engineer.",
    "The engineers met at Harbour Point on Monday. Hours later at Harbour Point Roe said "
    "the dam would hold. Al Roe is an engineer.",
    # a hashtag, a fact box set out with dashes, a timeline: not a caption's end
    "The mayor's post read We stand together #ValleyStrong He thanked the volunteers too.",
    "FLOOD FACTS - The river rose two metres - The bridge was shut for a week - The army "
    "was called to help The clean-up will take weeks, the council said.",
    "March 3, 2019: The council votes to close the bridge April 9, 2019: Work begins on a "
    "new bridge It will open in May, the council said.",
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


def test_a_short_line_pointing_at_its_picture_is_a_caption_but_a_sentence_is_not():
    text = (
        HEADLINE
        + "Jo Doe (left) and Al Roe at the reopened bridge\n"
        + "The bridge reopened on Monday, the council said.\n"
        + "Jo Doe (left) said the bridge was safe.\n"
        + "Flood defences\n"
    )
    assert kinds(text) == [("caption", "Jo Doe (left) and Al Roe at the reopened bridge")]


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


def test_a_name_only_in_a_run_in_caption_is_no_actor_and_the_sentence_after_is_kept():
    text = (
        HEADLINE + "Mayor Tom Avery said the water had never risen so fast. Singer Lola Brant "
        "(left) waves to fans at the shelter Volunteers said the shelter would stay open all "
        "week. Avery thanked them.\n"
    )
    names = {a.canonical for a in analyse(text).actors}
    assert "Tom Avery" in names
    assert not any("Brant" in n for n in names)
    found = [(s.text, s.boilerplate) for s in sentences(text)[1:]]
    assert ("Singer Lola Brant (left) waves to fans at the shelter", True) in found
    assert ("Volunteers said the shelter would stay open all week.", False) in found


def test_a_caption_after_another_caption_is_kept_apart_from_the_article():
    # a role and a name after a caption: a caption of the same shape as the one before it
    # and pointing at its picture is the page's; the article's sentence is kept, and so is
    # a role and a name after a caption that does not open alike
    series = (
        HEADLINE + "Mayor Tom Avery said the water had never risen so fast. Crowds line the "
        "bank at dawn Radio presenter Jo Doe (right) thanked the crews Local radio presenter "
        "Al Roe posted a photo of the bridge. Avery thanked them all.\n"
    )
    names = {a.canonical for a in analyse(series).actors}
    assert "Tom Avery" in names
    assert not any("Doe" in n or "Roe" in n for n in names)
    found = [(s.text, s.boilerplate) for s in sentences(series)[1:]]
    assert ("Avery thanked them all.", False) in found
    alone = (
        HEADLINE + "Councillor Ann Pike (left) greets volunteers at the shelter Radio "
        "presenter Jo Doe said the river had never risen so fast.\n"
    )
    assert marked(alone) == ["Councillor Ann Pike (left) greets volunteers at the shelter"]


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
