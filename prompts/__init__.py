"""Prompt templates (Jinja) and few-shot examples, shipped as package data."""
