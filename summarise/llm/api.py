"""The public Python API; the CLI calls exactly these functions."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from summarise.config import Settings
from summarise.llm.embedded import embedded_server
from summarise.llm.model import ModelClient
from summarise.llm.replay import cassette, keep_only

#: Where requests "go" when replaying the embedded model's recording: never contacted,
#: since replay matches on method, path and body, not on host or port.
REPLAY_BASE_URL = "http://127.0.0.1:8080/v1"


@contextlib.contextmanager
def connect(
    settings: Settings, *, replay: Path | None = None, record: Path | None = None
) -> Iterator[ModelClient]:
    """A model client for `settings`, live for the duration of the `with` block.

    - replay=CASSETTE: no model and no network; a request not in the cassette fails with
      ReplayMissError.
    - record=CASSETTE: replays what CASSETTE already answers, calls the real model for the
      rest, and leaves CASSETTE holding exactly the exchanges of this run.
    - otherwise: the endpoint in `settings`, or the embedded model, started here and stopped
      when the block exits, however it exits.
    """
    if replay is not None and record is not None:
        raise ValueError("replay and record exclude each other")
    if replay is not None:
        with cassette(replay):
            yield ModelClient(
                settings, settings.base_url or REPLAY_BASE_URL, replay_label=str(replay)
            )
        return
    with contextlib.ExitStack() as stack:
        base_url = settings.base_url or stack.enter_context(embedded_server(settings))
        client = ModelClient(settings, base_url)
        if record is None:
            yield client
            return
        # Record into a copy: requests the old recording answers are replayed (no model
        # time spent on them), new ones are recorded, and, when the run finishes, recordings
        # it did not use are dropped, so the result holds exactly this run's traffic.
        record.parent.mkdir(parents=True, exist_ok=True)
        for stale in record.parent.glob(f".{record.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # the copy a killed recording left behind
        fd, tmp_name = tempfile.mkstemp(dir=record.parent, prefix=f".{record.name}.", suffix=".tmp")
        os.close(fd)
        tmp = Path(tmp_name)
        if record.exists():
            shutil.copyfile(record, tmp)
        else:
            tmp.unlink()
        try:
            finished = False
            try:
                with cassette(tmp, record=True, secrets=settings.secrets) as cass:
                    known = len(cass.data)
                    yield client
                    used = [i for i in range(len(cass.data)) if i >= known or cass.play_counts[i]]
                    finished = True
            finally:
                # A run that failed after some answers (a report it could not write, Ctrl-C)
                # keeps every exchange it made, and the old ones it did not get to: model
                # time is never thrown away. Only a finished run drops what it no longer asks.
                if tmp.exists():
                    if finished:
                        keep_only(tmp, used)
                    os.chmod(tmp, 0o644)  # mkstemp's 0600 would follow it into the repository
                    os.replace(tmp, record)
        finally:
            tmp.unlink(missing_ok=True)


def lazy_client(
    stack: contextlib.ExitStack,
    settings: Settings,
    *,
    replay: Path | None = None,
    record: Path | None = None,
) -> Callable[[], ModelClient]:
    """A thread-safe getter that connects on first use, inside `stack`, and then reuses it.

    A batch whose briefs are all cached never calls it, so never starts a model.
    """
    lock = threading.Lock()
    held: list[ModelClient] = []

    def get() -> ModelClient:
        with lock:
            if not held:
                held.append(stack.enter_context(connect(settings, replay=replay, record=record)))
            return held[0]

    return get
