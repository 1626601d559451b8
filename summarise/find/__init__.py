"""What code reads in an article's text, with no model and no network.

Sentences, numbers, periods, places, names, actors, speakers, statements, events, grounding
and the parse they share; `analysis.analyse` reads an article once into all of them.
"""
