"""The rules that keep two articles' differing figures from being a flag, as data.

Each rule has a name (what `corpus.json` and the report show) and the one line a reader is
given for it. A rule stops a comparison only through `compare`, which records every pair it
stopped as a `SetAside` with the rule's name and reason: nothing is dropped without a trace.
"""

from __future__ import annotations

#: name -> the reason shown with each pair the rule set aside.
SET_ASIDE_RULES: dict[str, str] = {
    "forecast": "one figure's own clause is a possibility or condition (could, may, if), or a "
    "forecast or pledge (expected to, vowed to) set against a report of fact; forecasts and "
    "pledges are compared only with each other",
    "different-sources": "two forecasts or pledges given by different people or bodies, or "
    "two shares from polls run by different pollsters, can each be what its source found",
    "part-of-count": "one figure is a part of a count ('of the injured, six are...'), not its "
    "total",
    "background-year": "one figure's sentence names an earlier year: background, not this event",
    "different-places": "the two figures are placed in different places, or in scopes that "
    "cannot be one ('nationwide' and 'in the city', 'globally' and 'in Poland', 'across 12 "
    "districts' and one district), or one figure's place may be either of two the others "
    "name ('France' beside 'the Var' and 'Draguignan'), so code cannot tell which to set it "
    "against",
    "different-matches": "each figure's sentence names a match by its two sides, and no "
    "side is in both ('Chile beat Peru 2-0' and 'Brazil beat Bolivia 3-1'): two matches",
    "different-people": "the two figures are of two people: two people of one surname, "
    "named with different first names ('Marco Ferlini', 'Luca Ferlini'), or one of them and "
    "a surname alone; or a term, fine or poll support each sentence gives to a different "
    "person named as its holder ('sentenced Ramon Dizon, 44, to', 'Lito Abad, 29, was'), or "
    "to defendants named by two parts in one crime ('the ringleader', 'the getaway driver')",
    "different-findings": "the two figures are shares of one group a survey, poll or study "
    "asked, but say different things ('44% had visited a museum', '31% went to a concert'): "
    "two findings, not one measure",
    "different-windows": "the two figures count over different windows ('since March', 'on "
    "Saturday')",
    "different-moments": "the two counts are stamped with different hours of the day ('as of "
    "9am', 'by 6pm', 'in an update at 14:00'), or are counts of those in a state ('still "
    "without power', 'remained closed') read on different days or at different hours, or "
    "are counts each sentence dates to a different day of its own ('six flights cancelled "
    "on Monday', 'eleven on Tuesday'): a count that changes can hold both",
    "revised": "one figure is told as a revision of an earlier one ('revised up', 'revising "
    "its first estimate', 'raised its offer to'), and the other is told as the earlier one "
    "(a first or estimated figure, or one of an earlier day or hour) and lies on the side it "
    "was revised from: superseded, not a contradiction",
    "rounding": "the gap is within one step of the rounder number's last digit and under a "
    "ratio of 1.1: rounding can explain it",
    "vague": "a vague plural ('dozens', 'thousands') is too loose to contradict a number",
    "several-values": "an article gives this measure several different values itself: it "
    "names several things (moments of a game, parts of a whole), so code cannot tell which "
    "one the other article's number answers",
    "previous-value": "one figure is the value a change started from ('rose to 5.8% from "
    "5.4%', 'up from 30'), not the value now",
    "one-moment": "one figure describes a moment or one instance of a kind ('a two-run homer', "
    "'five outs away from', 'within 10 votes of'), not the event's total",
    "streak": "one figure is a run of consecutive games or wins ('three straight games', 'four "
    "in a row'), not the event's total",
    "standing": "one figure is a place in a championship ('19 points clear in the title race'), "
    "which changes with every race or game: two articles can give it before and after one",
    "headline-repeat": "the figure is the headline's, and the article's body gives the same "
    "number with its full sentence (what is counted, over what window): the body's is compared",
    "rate-base": "the figure is the base of a rate ('per 100,000'), not a count of anything",
    "partial-count": "one figure is read from a count still in progress ('with 40% of "
    "ballots counted', 'early results', or votes in an article that says its count is not "
    "finished): the final count can end anywhere",
    "different-variants": "the two figures name two variants of one statistic next to their "
    "numbers ('pre-tax' and 'net' profit, 'real' and 'nominal' wages, a change 'after "
    "adjusting for inflation'; 'core' or 'food' inflation and the headline rate; the "
    "'two-year' and the 'five-year' fixed rate; the 'official' rate and one 'on the expanded "
    "definition'; 'fixed' and 'mobile' broadband; a premium to the last close and one to an "
    "average price; one party's 'contribution' to a cost and "
    "the cost; 'proposed' and "
    "'approved', 'confirmed' and 'suspected' cases; the 'first dose' and 'both doses' of a "
    "vaccine; an annualised rate), or a change "
    "measured on a year against one on the period before ('1.1% up on a year earlier', "
    "'grew 0.3% in the quarter'): both can hold",
    "standing-total": "one figure is a standing total a body holds ('has 212 shops', "
    "'represents 18,000 dockers'), the other a count of a doing ('closed 48 shops', '11,000 "
    "joined'): the doing can touch a part of the total, so both can hold",
    "increment": "one figure is an amount added to one already told ('another 300 residents', "
    "'a further €12 million', '20 more nurses', '32 new cases' on a day), the other a whole: "
    "both can hold",
    "limit": "one figure is a limit set on an amount ('the legal limit of 30 pupils', 'a cap of "
    "500 people'), the other the amount: an amount can be under or over its limit",
    "change-and-level": "one figure is a change of a count or sum ('fell by 12,000', 'an "
    "increase of 320', 'up 6 per cent'), the other its level ('stood at 1.41 million') or a "
    "part of it ('a quarter of the victims'): both can hold",
    "margin": "one figure is a margin between two values ('11 points above the relegation "
    "zone', '0.5 degrees below the record', 'three behind the leaders'), the other a value: "
    "both can hold",
    "subgroup": "one count or rate is of a group its sentence names by 'among' ('deaths "
    "among cyclists rose to 241', 'unemployment among under-25s') or by an age bracket "
    "('people aged 16 to 24', 'adults over 65'), the other of all: the group is a part of "
    "the whole, so both can hold",
    "habitual": "one figure tells what happens as a rule ('postal ballots usually add about 1 "
    "point', 'a typical season sees 40 storms'), the other what happened this time: both can "
    "hold",
    "stake-and-whole": "one price is paid for a stake in a company ('a 51 per cent stake for "
    "2.04 billion rand'), the other for, or as the value of, the whole ('values the group at "
    "R4 billion'): both can hold",
    "bought-and-held": "one share of a company is the part bought ('has bought 15% of the "
    "developer'), the other the holding after it ('lifted its holding to 22 per cent'): both "
    "can hold",
    "destroyed-and-damaged": "one count is of things destroyed ('destroyed 340 homes', "
    "'flattened'), the other of things damaged, or damaged or destroyed ('520 houses were "
    "damaged'): both can hold",
    "different-doings": "the two counts are of doings that cannot be one count of one thing "
    "('300 trains were delayed' and 'cancelled 64 trains', jobs created and jobs cut, shops "
    "opened and shops closed): both can hold",
    "asked-and-granted": "one count is of things asked for ('received 1,900 applications', "
    "'submitted 1,931 proposals'), the other of those decided on ('approved 262', 'granted "
    "asylum to 3,100'): the decided are some of the asked",
    "before-discount": "one sum is told before a discount is taken off it ('set at £61m "
    "before a 30% discount'), the other may be the sum after it: both can hold",
    "total-of-several": "one sum or term is a total over several parties its sentence counts "
    "('fined five firms a total of €1.1bn', 'the two were jailed for a total of 17 years'), "
    "the other may be one party's: both can hold",
    "real-terms": "one sum or change is told after inflation ('1.2% in real terms', "
    "'adjusted for inflation'), the other may be the cash figure: both can hold",
    "sum-of-parts": "one sum is the other plus a second sum, the two listed as parts in one "
    "sentence of an article ('a £45,000 fine and £7,500 in costs' against 'ordered to pay "
    "£52,500'; '£340m for the shares and £120m of debt' against '£460m including debt'): a "
    "total and one of its parts",
    "both-given": "each article also gives the other's number: the two agree on both numbers, "
    "so the pair counts two different things",
    "told-beside": "one figure's own sentence also gives the other article's number, as a "
    "second thing ('opened to $31.5m, second only to Iron Meridian, which took $48.2m'): the "
    "two agree on that number, and the sentence tells the two apart",
    "told-elsewhere": "the other article also gives this figure's number, of the same kind, "
    "beside its own ('selling 84,000 copies' against '57,000 copies' where the other adds 'it "
    "was beaten by an album which sold 84,000'): the two agree on that number, and the other "
    "counts a second thing",
    "sum-of-two": "the larger figure is exactly the smaller plus a third figure of the two "
    "articles counting the same thing ('214 rhinos' here, '125' at the neighbouring reserve, "
    "against '339' for the two together): a whole and one of its parts",
    "refuted": "one figure stands in a claim its own sentence denies or marks as wrong "
    "('denied a claim by the agent that the deal was worth €50 million', 'dismissed rumours "
    "of 12 overdoses', 'an earlier version of this article said 31'): not the article's figure",
    "label-only": "what the figure counts is known only from the model's label, not from the "
    "sentence's grammar",
}
