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
    outlet: str | None = Field(
        default=None,
        description="The publication the article came from, as its page or record names it "
        "(a site name such as 'The Guardian', or a short name or domain such as 'bbc' or "
        "'www.bbc.com'); null for a plain text file.",
    )
    published: str | None = Field(
        default=None,
        description="When the article was published, as its page or record gives it, in ISO "
        "8601: a day ('2019-10-21') or a day and time ('2019-10-21T10:19:00', with its UTC "
        "offset where one was given). A time of exactly midnight with no offset is kept as the "
        "day alone: scrapers write it when a page gives only the day. Null when unknown.",
    )
    url: str | None = Field(
        default=None, description="The article's web address, as its page or record gives it."
    )
    authors: list[str] = Field(
        default_factory=list,
        description="The authors the page's metadata or the record names, in their order "
        "(the byline found in the text itself is the brief's `author`).",
    )
