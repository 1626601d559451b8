"""The public Python API; the CLI calls exactly these functions."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from summarise.config import Settings
from summarise.embedded import embedded_server
from summarise.model import ModelClient
from summarise.replay import cassette

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
    - record=CASSETTE: calls the real model and writes every exchange to CASSETTE (replacing
      it only when the block finishes without error).
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
        record.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            dir=record.parent, prefix=f".{record.name}.", suffix=".yaml"
        )
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.unlink()
        try:
            with cassette(tmp, record=True):
                yield client
            os.replace(tmp, record)
        finally:
            tmp.unlink(missing_ok=True)
