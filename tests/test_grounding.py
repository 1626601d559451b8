"""Locating quotes: exact, tolerant of typography and case, fuzzy within a bound, or not at all."""

from summarise.find.grounding import FUZZY_THRESHOLD, find_mentions, ground_quote

# An invented article of the shape of a wire story: a name spelt two ways, quotes, a
# quoted fragment inside a longer sentence, and an attribution with a title.
ARTICLE = (
    "Valmora and Teskar hold talks on Dravos\n"
    "\n"
    "On Tuesday, Teskari Foreign Minister Şükrü Çelikoğlu said after meeting his Austrian "
    "counterpart on the sidelines of the Lisbon Water Forum that a Teskari delegation would "
    "travel to Valmora on Thursday to discuss the dam on the Selva river.\n"
    "\n"
    "\"There are already families leaving the valley, and with Austria's help, we are going "
    'to put up tents but these are stopgaps," Çelikoğlu said. "We need a corridor for the '
    'convoys," he added.\n'
    "\n"
    "Çelikoğlu said the two sides had not yet agreed on who would pay for repairs.\n"
    "\n"
    "Çelikoglu said later Tuesday that he held a useful meeting with Orlov.\n"
    "\n"
    "The Valmoran envoy told the Lisbon forum after that meeting that parts of Dravos remain "
    '"one of the last refuges of smugglers, at least the only one north of the Selva."\n'
    "\n"
    "Orlov warned that nothing would move before the spring thaw.\n"
    "\n"
    "Ingrid Halvorsen, director of the Nordic Refugee Forum, said at a press briefing that "
    "Valmora is the key to ending the blockade since it supplies the northern garrison with "
    "fuel.\n"
    "\n"
    '"The council offers endless excuses," she said.\n'
)


def test_exact_quote_gets_its_offsets():
    g = ground_quote(ARTICLE, "We need a corridor for the convoys")
    assert g is not None and g.match == "exact"
    assert ARTICLE[g.start : g.end] == "We need a corridor for the convoys"
    assert g.start == ARTICLE.index("We need a corridor for the convoys")


def test_curly_quotes_and_dashes_match_straight_ones():
    text = "He said: \u201cWe\u2019re ready \u2013 at any level.\u201d"
    g = ground_quote(text, "We're ready - at any level")
    assert g is not None and g.match == "normalised"
    assert text[g.start : g.end] == "We\u2019re ready \u2013 at any level"


def test_line_breaks_and_case_are_tolerated():
    text = "The valley is home to nearly forty thousand\nseasonal farm workers, who stayed."
    g = ground_quote(text, "NEARLY FORTY THOUSAND SEASONAL FARM WORKERS")
    assert g is not None and g.match == "normalised"
    assert text[g.start : g.end] == "nearly forty thousand\nseasonal farm workers"


def test_diacritics_are_folded():
    g = ground_quote(ARTICLE, "Celikoglu said later Tuesday")
    assert g is not None and g.match == "normalised"
    assert ARTICLE[g.start : g.end] == "Çelikoglu said later Tuesday"


def test_model_quotation_marks_around_the_quote_are_ignored():
    g = ground_quote(ARTICLE, '"The council offers endless excuses,"')
    assert g is not None and ARTICLE[g.start : g.end] == "The council offers endless excuses"


def test_small_copying_slip_is_found_fuzzily_and_spans_the_article_words():
    # the model wrote "said at the press briefing" for "said at a press briefing"
    quote = "Ingrid Halvorsen, director of the Nordic Refugee Forum, said at the press briefing"
    g = ground_quote(ARTICLE, quote)
    assert g is not None and g.match == "fuzzy" and g.score >= FUZZY_THRESHOLD
    found = ARTICLE[g.start : g.end]
    assert found == (
        "Ingrid Halvorsen, director of the Nordic Refugee Forum, said at a press briefing"
    )


def test_paraphrase_is_not_found():
    # the article's words, reworded: scores ~89, just below the bound
    quote = (
        "Valmora is the key to ending the blockade because it gives the northern garrison its fuel"
    )
    assert ground_quote(ARTICLE, quote) is None


def test_invented_quote_is_not_found():
    assert (
        ground_quote(ARTICLE, "Teskar will send engineers to Dravos next month to repair the dam")
        is None
    )


def test_shortened_sentence_is_not_found():
    # words dropped from the middle change the claim's context: scores ~81, below the bound
    quote = (
        "The Valmoran envoy told the Lisbon forum that parts of Dravos "
        "remain one of the last refuges of smugglers"
    )
    assert ground_quote(ARTICLE, quote) is None


def test_short_quote_is_never_matched_fuzzily():
    # "Orlova warned" is one letter from the article's "Orlov warned" (it would score ~96),
    # but it names someone else
    assert ground_quote(ARTICLE, "Orlova warned") is None


def test_empty_quote_is_not_found():
    assert ground_quote(ARTICLE, '  "" ') is None


def test_mentions_are_whole_words_across_spellings():
    spans = find_mentions(ARTICLE, "Celikoglu")
    assert [ARTICLE[s:e] for s, e in spans] == ["Çelikoğlu"] * 3 + ["Çelikoglu"]
    assert find_mentions("Russian and Russia", "Russia") == [(12, 18)]


def test_a_long_line_is_split_as_pysbd_splits_it_in_pieces_cut_where_sentences_end():
    """A page run into one line is cut into pieces before pysbd (whose time grows with the
    square of a line's length: issue 23 item 12); the sentences and offsets are the same."""
    import pysbd

    from summarise.find.text import LINE_CHUNK, sentences

    line = " ".join(
        f"Mr. Okafor said {n} families had left the valley by Sept. {n % 28 + 1}, the U.N. said."
        f" Officials in the town counted {n * 3} tents."
        for n in range(1, 120)
    )
    assert len(line) > 3 * LINE_CHUNK
    whole = [
        s.sent.strip()
        for s in pysbd.Segmenter(language="en", clean=False, char_span=True).segment(line)
    ]
    found = sentences(line)
    assert [s.text for s in found] == whole
    assert all(line[s.start : s.end] == s.text for s in found)
