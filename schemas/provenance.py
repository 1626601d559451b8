"""Where a brief came from: which text, which model, which prompt, at what cost."""

from pydantic import BaseModel, Field


class Usage(BaseModel):
    """Tokens and calls spent on one brief (summed over every model call, re-asks included)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    seconds: float = Field(
        default=0.0,
        description="Wall time spent waiting for the model here (0 for answers replayed from a "
        "recording or read from a Batch API results file).",
    )

    def add(self, other: "Usage") -> "Usage":
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            calls=self.calls + other.calls,
            seconds=round(self.seconds + other.seconds, 2),
        )


class Provenance(BaseModel):
    source: str = Field(description="Path of the article as given.")
    sha256: str = Field(description="SHA-256 of the article text (UTF-8).")
    model: str
    endpoint: str = Field(description="Base URL of the model server ('embedded' for the default).")
    prompt_version: str
    usage: Usage
    warnings: list[str] = Field(default_factory=list, description="Items dropped, and why.")
