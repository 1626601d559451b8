"""Prompt templates load strictly, and few-shot examples quote their own text."""

import jinja2
import pytest

from summarise.llm.prompts import FigureExample, PromptError, _check_examples, load_prompts


def test_templates_load_and_version_is_a_content_hash():
    prompts = load_prompts()
    assert prompts.version.startswith("brief-v1+") and len(prompts.version) == len("brief-v1+") + 10
    assert "ARTICLE:" in prompts.render("article.j2", text="Some text.")


def test_a_missing_variable_is_an_error_not_an_empty_string():
    with pytest.raises(PromptError, match="text"):
        load_prompts().render("article.j2")


def test_examples_must_quote_their_own_sentence():
    good = {
        "sentence": "About 9,000 workers walked out on Monday, the union said.",
        "number": "About 9,000",
        "measure": "workers on strike",
    }
    assert _check_examples([good]) == (FigureExample(**good),)
    with pytest.raises(PromptError, match="not in its sentence"):
        _check_examples([{**good, "number": "About 8,000"}])


def test_template_errors_are_jinja_errors_at_load():
    env = load_prompts().env
    assert isinstance(env.undefined, type) and issubclass(env.undefined, jinja2.StrictUndefined)
