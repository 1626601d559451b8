"""One article's brief.

Code's analysis first, then the model calls that only label and state, then one assembly
that verifies and builds the brief.
"""
