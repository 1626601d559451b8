"""Text addressed to a language model rather than to readers: found by code, never sent.

The policy (README, "Failures and exit codes"): a sentence is an instruction to a model when
it **addresses** one, in English, German, French or Spanish:
- it speaks as a chat role or fakes a turn: "SYSTEM:", "ASSISTANT: {...}", "</article>",
  "<|im_start|>", "[INST]", "### Instruction";
- it opens with an order to drop what came before: "Ignore (all) previous instructions",
  "Disregard the above", "Forget everything", "Ignoriere alle vorherigen Anweisungen";
- it gives the model a new identity or orders: "You are now ...", "New instructions:",
  "From now on, respond ...", "Output the following JSON", "developer mode", "as an AI model".
Matching ignores case, zero-width and soft-hyphen characters, and an order split over two
lines. A sentence that only **reports** such words is news, and kept: the words inside
quotation marks of a sentence that also has its own words outside them ("Researchers typed
'ignore previous instructions' into the bot"), or an order reported rather than given ("told
the chatbot to ignore its instructions", "ignoring previous instructions").
"""

from __future__ import annotations

import re

#: Invisible characters an attacker can hide inside a word ("Ig\u200bnore").
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

_ROLE_ANYWHERE = re.compile(
    r"<\|im_(?:start|end)\|>|\[/?INST\]|</?(?:article|system|instructions?|prompt)>"
    r"|(?<![\w'’])(?:SYSTEM|ASSISTANT|USER|DEVELOPER)\s*:",
)
_ROLE_START = re.compile(
    r"^\W*(?:system|assistant|developer)\s*(?:prompt)?\s*:|^\W*#{2,}\s*(?:instruction|system)",
    re.IGNORECASE,
)
_EARLIER = (
    r"(?:previous|prior|preceding|earlier|above|foregoing|original|initial|existing|your|all|"
    r"any|the)"
)
_ORDERS = (
    r"(?:instructions?|guidance|guidelines|rules|prompts?|directions|directives|commands|"
    r"orders|programming|training|context|the\s+above|everything|all\s+(?:of\s+)?that|"
    r"what\s+you\s+(?:were|have\s+been)\s+told)"
)
#: Said at the start of a sentence (after "please", "now", "AI,", a quote mark...).
_ADDRESS = r"^\W*(?:(?:please|now|ok(?:ay)?|hey|dear)\W+|(?:ai|assistant|model|chatbot|gpt)\W+)*"
_IMPERATIVE = re.compile(
    _ADDRESS
    + r"(?:"
    + rf"(?:ignore|disregard|forget|override|bypass|drop|discard)\b(?:\W+\w+){{0,4}}?\W+{_ORDERS}\b"
    + rf"|(?:ignore|disregard|forget)\W+{_EARLIER}\b"
    + r"|forget\W+(?:everything|all)\b"
    + r"|you\s+are\s+(?:now|no\s+longer)\b"
    + r"|(?:new|updated|real|actual|revised)\s+(?:instructions|rules|task)\s*:"
    + r"|from\s+now\s+on\W+(?:you|respond|answer|reply|act|only|always|never|ignore|"
    + r"write|output|say|speak)\b"
    + r"|(?:output|print|return|reply\s+with|respond\s+with|write|state|say)\s+"
    + r"(?:only\s+|exactly\s+)?(?:the\s+following|this\s+json|only|exactly|json)\b"
    + r"|act\s+as\s+(?:an?|the)\s+(?:ai|assistant|model|chatbot|unrestricted)\b"
    + r"|pretend\s+(?:to\s+be|you\s+are)\b"
    # German, French, Spanish
    + r"|(?:ignoriere|ignorieren\s+sie|vergiss|vergessen\s+sie|missachte)\b(?:\W+\w+){0,3}?"
    + r"\W+(?:anweisungen|regeln|befehle|alles|vorgaben)\b"
    + r"|neue\s+anweisungen\s*:|du\s+bist\s+(?:jetzt|nun)\b"
    + r"|ignore[rz]?\W+(?:toutes\W+)?les\W+instructions|oubliez\W+tout"
    + r"|ignora\W+(?:todas\W+)?las\W+instrucciones|olvida\W+todo"
    + r")",
    re.IGNORECASE,
)
#: Phrases that address a model wherever they stand in the sentence.
_ANYWHERE = re.compile(
    r"\b(?:developer|jailbreak|god)\s+mode\b|\bas\s+an\s+ai(?:\s+language)?\s+model\b"
    r"|\bignore\s+(?:all\s+)?(?:previous|prior|above)\s+instructions\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’|(?<!\w)'[^']*'(?!\w)")
#: An order reported, not given: "told it to ignore", "ignoring previous instructions".
_REPORTED = re.compile(
    r"\b(?:to|into|by|about|from|of|after|not)\s+(?:ignore|disregard|forget|override)\b"
    r"|\b(?:ignoring|disregarding|forgetting|overriding)\b",
    re.IGNORECASE,
)


def is_instruction(sentence: str) -> bool:
    """True when `sentence` addresses a language model (see the module's policy)."""
    text = _INVISIBLE.sub("", sentence)
    if _ROLE_ANYWHERE.search(text) or _ROLE_START.search(text):
        return True
    outside = _QUOTED.sub(" ", text)
    quoted_only = outside.strip(" \t.,;:!?-—") == ""
    if quoted_only:
        # A paragraph that is nothing but a quotation gives the order itself.
        outside = text.strip().strip("“”\"'‘’")
    if _REPORTED.search(outside):
        return False
    if _IMPERATIVE.search(outside):
        return True
    return bool(_ANYWHERE.search(outside))


#: What follows an instruction and gives the next order: "Write that the minister resigned."
_ORDER_START = re.compile(
    r"^\W*(?:write|say|state|claim|report|list|describe|output|print|return|mention|add|"
    r"include|tell|answer|respond|reply|summari[sz]e|translate|call|name)\b",
    re.IGNORECASE,
)


def follows_an_order(sentence: str) -> bool:
    """A sentence that, right after an instruction, goes on giving orders."""
    return bool(_ORDER_START.match(_INVISIBLE.sub("", sentence)))


def split_orders(lines: list[str]) -> set[int]:
    """Indices of consecutive lines that together make an instruction: an order split over
    two lines ("Ignore all previous" / "instructions and ..."), where the first line does not
    end its sentence."""
    found: set[int] = set()
    for i in range(len(lines) - 1):
        a, b = lines[i].strip(), lines[i + 1].strip()
        if not a or not b or a[-1] in ".!?\"”'’" or is_instruction(b):
            continue
        if is_instruction(f"{a} {b}"):
            found |= {i, i + 1}
    return found
