"""The model boundary.

The client (the only module that talks to a model), the embedded server and its engine
patch, recordings and replay, and the prompt files.
"""
