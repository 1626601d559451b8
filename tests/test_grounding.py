"""Locating quotes: exact, tolerant of typography and case, fuzzy within a bound, or not at all."""

from pathlib import Path

from summarise.find.grounding import FUZZY_THRESHOLD, find_mentions, ground_quote
from summarise.find.text import read_article

SEEDS = Path(__file__).parent.parent / "seeds"
ARTICLE = read_article(SEEDS / "001_c21b84e8ba4fc628.txt")


def test_exact_quote_gets_its_offsets():
    g = ground_quote(ARTICLE, "We need a cease-fire")
    assert g is not None and g.match == "exact"
    assert ARTICLE[g.start : g.end] == "We need a cease-fire"
    assert g.start == ARTICLE.index("We need a cease-fire")


def test_curly_quotes_and_dashes_match_straight_ones():
    text = "He said: \u201cWe\u2019re ready \u2013 at any level.\u201d"
    g = ground_quote(text, "We're ready - at any level")
    assert g is not None and g.match == "normalised"
    assert text[g.start : g.end] == "We\u2019re ready \u2013 at any level"


def test_line_breaks_and_case_are_tolerated():
    text = "Idlib is home to nearly two million\ninternally displaced people, who fled."
    g = ground_quote(text, "NEARLY TWO MILLION INTERNALLY DISPLACED PEOPLE")
    assert g is not None and g.match == "normalised"
    assert text[g.start : g.end] == "nearly two million\ninternally displaced people"


def test_diacritics_are_folded():
    g = ground_quote(ARTICLE, "Cavusoglu said later Saturday")
    assert g is not None and ARTICLE[g.start : g.end] == "Çavuşoglu said later Saturday"


def test_model_quotation_marks_around_the_quote_are_ignored():
    g = ground_quote(ARTICLE, '"Russia offers various excuses,"')
    assert g is not None and ARTICLE[g.start : g.end] == "Russia offers various excuses"


def test_small_copying_slip_is_found_fuzzily_and_spans_the_article_words():
    # the model wrote "said at the news conference" for "said at a news conference"
    quote = "Kenneth Roth, executive director of Human Rights Watch, said at the news conference"
    g = ground_quote(ARTICLE, quote)
    assert g is not None and g.match == "fuzzy" and g.score >= FUZZY_THRESHOLD
    found = ARTICLE[g.start : g.end]
    assert (
        found == "Kenneth Roth, executive director of Human Rights Watch, said at a news conference"
    )


def test_paraphrase_is_not_found():
    quote = "Russia is the key to stopping the crisis because it gives the Syrian government air support"
    assert ground_quote(ARTICLE, quote) is None


def test_invented_quote_is_not_found():
    assert (
        ground_quote(ARTICLE, "Turkey will send troops to Idlib next week to stop the regime")
        is None
    )


def test_shortened_sentence_is_not_found():
    # words dropped from the middle change the claim's context: scores ~83, below the bound
    quote = (
        "The Russian foreign minister told the Munich conference that parts of Idlib "
        "remain one of the last hotbeds of terrorism"
    )
    assert ground_quote(ARTICLE, quote) is None


def test_short_quote_is_never_matched_fuzzily():
    assert ground_quote(ARTICLE, "Lavrov warned") is None


def test_empty_quote_is_not_found():
    assert ground_quote(ARTICLE, '  "" ') is None


def test_mentions_are_whole_words_across_spellings():
    spans = find_mentions(ARTICLE, "Cavusoglu")
    assert [ARTICLE[s:e] for s, e in spans] == ["Çavuşoğlu"] * 3 + ["Çavuşoglu"]
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
    whole = [s.sent.strip() for s in pysbd.Segmenter(language="en", clean=False, char_span=True).segment(line)]
    found = sentences(line)
    assert [s.text for s in found] == whole
    assert all(line[s.start : s.end] == s.text for s in found)
