"""Judgement calls the deterministic checks leave open, asked of the model.

Reconciliation flags a value conflict by rule; this asks the model whether the two sentences
really count the same thing. The call goes through the same recorded boundary as briefs.
"""

from __future__ import annotations

from collections.abc import Callable

from summarise.corpus.compare import Judge
from summarise.errors import SummariseError
from summarise.llm.model import ModelClient
from summarise.llm.prompts import Prompts, load_prompts
from summarise.schemas import Claim, SameMeasure

JUDGE_MAX_TOKENS = 120


def model_judge(client: Callable[[], ModelClient], prompts: Prompts | None = None) -> Judge:
    """A reconciliation judge asking the model `client()` returns (made only when first needed).

    A failed call gives no verdict (None): the rule-based flag then stands as it is.
    """
    prompts = prompts or load_prompts()

    def judge(a: Claim, b: Claim) -> tuple[bool, str] | None:
        content = (prompts or load_prompts()).render("judge.j2", a=a, b=b)
        messages = [{"role": "user", "content": content}]
        try:
            verdict, _ = client().structured(SameMeasure, messages, max_tokens=JUDGE_MAX_TOKENS)
        except SummariseError:
            return None
        return verdict.same, verdict.reason.strip()

    return judge
