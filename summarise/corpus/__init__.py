"""A corpus: briefing many articles, reconciling their briefs, judging doubtful pairs, and
writing the report (`pipeline.brief_corpus` runs them in order)."""
