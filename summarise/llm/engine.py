"""The embedded model's server: llama-cpp-python's own, with the grammar checked lazily.

    python -m summarise.llm.engine --model FILE.gguf ...   (llama_cpp.server's arguments)

llama-cpp-python samples a grammar-constrained answer with the chain penalties → grammar →
greedy, so at every step the grammar is run over all 151,936 tokens of Qwen's vocabulary.
That halves generation speed on these CPUs (18 vs 34 tokens/s, bench/RESULTS.md). For
greedy decoding (temperature 0, which is all summarise asks for) this module takes the
greedy token after penalties, asks the grammar about that one token, and runs the grammar
over the whole vocabulary only if it is rejected (llama.cpp's own `common_sampler` does the
same). The answer is identical token for token: when the grammar allows the overall best
token, it is also the best token the grammar allows. Anything else (temperature > 0,
mirostat, logits processors, no grammar) goes through llama-cpp-python's sampler unchanged.

`SUMMARISE_EAGER_GRAMMAR=1` turns the lazy check off (for benchmarks that compare both).
"""

from __future__ import annotations

import ctypes
import functools
import math
import os
import sys
from typing import Any

import llama_cpp
import numpy as np
from llama_cpp import _internals
from llama_cpp.llama import Llama


class LazyGrammarSampler:
    """Greedy sampling under a grammar that is checked on the greedy pick first.

    Quacks like llama-cpp-python's `LlamaSampler` where `Llama.sample` uses it.
    """

    def __init__(self, penalties: Any, grammar: Any, n_vocab: int) -> None:
        # Both are one-sampler chains from llama-cpp-python, which frees them.
        self._penalties = penalties
        self._grammar = grammar
        self._n_vocab = n_vocab
        self._data = (llama_cpp.llama_token_data * n_vocab)()
        self._view = np.ctypeslib.as_array(self._data)
        self._ids: Any = np.arange(n_vocab, dtype=np.int32)
        self._one = (llama_cpp.llama_token_data * 1)()
        #: Steps at which the greedy pick broke the grammar (the whole vocabulary was checked).
        self.fallbacks = 0
        self.steps = 0

    @staticmethod
    def _candidates(data: Any, size: int) -> Any:
        return llama_cpp.llama_token_data_array(
            data=ctypes.cast(data, llama_cpp.llama_token_data_p),
            size=size,
            selected=-1,
            sorted=False,
        )

    def sample(self, ctx: Any, idx: int = -1) -> int:
        self.steps += 1
        logits = np.ctypeslib.as_array(
            llama_cpp.llama_get_logits_ith(ctx.ctx, idx), shape=(self._n_vocab,)
        )
        view = self._view
        view["id"] = self._ids
        view["logit"] = logits
        view["p"] = 0.0
        every = self._candidates(self._data, self._n_vocab)
        llama_cpp.llama_sampler_apply(self._penalties.sampler, ctypes.byref(every))
        token = int(np.argmax(view["logit"]))  # the first best, as llama.cpp's greedy picks
        self._one[0].id = token
        self._one[0].logit = float(view["logit"][token])
        one = self._candidates(self._one, 1)
        llama_cpp.llama_sampler_apply(self._grammar.sampler, ctypes.byref(one))
        if math.isinf(self._one[0].logit):  # rejected: the grammar sets -inf
            self.fallbacks += 1
            llama_cpp.llama_sampler_apply(self._grammar.sampler, ctypes.byref(every))
            token = int(np.argmax(view["logit"]))
        llama_cpp.llama_sampler_accept(self._penalties.sampler, token)
        llama_cpp.llama_sampler_accept(self._grammar.sampler, token)
        return token


def _lazy(llama: Any, kwargs: dict[str, Any]) -> LazyGrammarSampler | None:
    """The lazy sampler for this request, or None where it would not give the same answer."""
    if (
        kwargs.get("grammar") is None
        or kwargs.get("temp", 0.8) != 0.0
        or kwargs.get("logits_processor") is not None
        or kwargs.get("mirostat_mode", 0) != 0
    ):
        return None
    penalties = _internals.LlamaSampler()
    penalties.add_penalties(
        n_vocab=llama._n_vocab,
        penalty_last_n=llama.last_n_tokens_size,
        penalty_repeat=kwargs.get("repeat_penalty", 1.0),
        penalty_freq=kwargs.get("frequency_penalty", 0.0),
        penalty_present=kwargs.get("presence_penalty", 0.0),
    )
    grammar = _internals.LlamaSampler()
    grammar.add_grammar(llama._model, kwargs["grammar"])
    return LazyGrammarSampler(penalties, grammar, llama._n_vocab)


def lazy_init_sampler(original: Any) -> Any:
    """`Llama._init_sampler` that samples grammars lazily where that gives the same answer."""

    @functools.wraps(original)
    def init_sampler(self: Any, **kwargs: Any) -> Any:
        return _lazy(self, kwargs) or original(self, **kwargs)

    init_sampler._summarise_lazy = True  # type: ignore[attr-defined]
    return init_sampler


#: The llama-cpp-python whose private sampler internals this module was written against.
PATCHED_VERSION = "0.3.36"


def install() -> bool:
    """Make every `Llama` in this process sample grammars lazily (idempotent). On any other
    llama-cpp-python than PATCHED_VERSION, change nothing and say so: its own sampler gives
    the same answers, only slower."""
    installed = getattr(llama_cpp, "__version__", "?")
    if installed != PATCHED_VERSION or not hasattr(Llama, "_init_sampler"):
        print(
            f"summarise.llm.engine: llama-cpp-python {installed} is not {PATCHED_VERSION}, whose "
            "internals the lazy grammar check patches; using its own sampler (same answers, "
            "slower generation)",
            file=sys.stderr,
            flush=True,
        )
        return False
    if not getattr(Llama._init_sampler, "_summarise_lazy", False):
        Llama._init_sampler = lazy_init_sampler(Llama._init_sampler)
    return True


def main() -> None:
    from llama_cpp.server.__main__ import main as serve

    if os.environ.get("SUMMARISE_EAGER_GRAMMAR") != "1":
        install()
    serve()


if __name__ == "__main__":
    main()
