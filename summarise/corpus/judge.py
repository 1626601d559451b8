"""Judgement calls the deterministic checks leave open, asked of the model.

Reconciliation finds two numbers that cannot both hold; this asks the model one narrow
question about their two sentences, with the numbers masked: do they report the same
quantity of the same event over the same time? The call goes through the same recorded
boundary as briefs.
"""

from __future__ import annotations

from collections.abc import Callable

from summarise.corpus.compare import Judge
from summarise.corpus.pairing import number_in_quote
from summarise.errors import SummariseError
from summarise.llm.model import ModelClient
from summarise.llm.prompts import Prompts, load_prompts
from summarise.schemas import Claim, SameMeasure

JUDGE_MAX_TOKENS = 120


#: What stands for the number in the sentences the judge reads.
MASK = "[N]"


def masked(c: Claim) -> str:
    """The claim's sentence with its number replaced by MASK: the judge is asked only
    whether the two sentences report one quantity, and a small model shown two different
    numbers tends to answer that the quantities differ because the numbers do."""
    a, b = number_in_quote(c)
    return c.quote[:a] + MASK + c.quote[b:]


def model_judge(client: Callable[[], ModelClient], prompts: Prompts | None = None) -> Judge:
    """A reconciliation judge asking the model `client()` returns (made only when first needed).

    A failed call gives no verdict (None): the rule-based flag then stands as it is.
    """
    prompts = prompts or load_prompts()

    def judge(a: Claim, b: Claim) -> tuple[bool, str] | None:
        content = (prompts or load_prompts()).render(
            "judge.j2", a=a, b=b, a_sentence=masked(a), b_sentence=masked(b)
        )
        messages = [{"role": "user", "content": content}]
        try:
            verdict, _ = client().structured(SameMeasure, messages, max_tokens=JUDGE_MAX_TOKENS)
        except SummariseError:
            return None
        return verdict.same, verdict.reason.strip()

    return judge
