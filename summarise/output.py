"""Writing outputs: atomically, and only inside the directory the user chose."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from summarise.errors import OutputError


def check_writable(path: Path) -> None:
    """Refuse, before any work, a target that is not a regular file: replacing `/dev/null`,
    a pipe or a socket with a file of ours would break whatever else uses it."""
    if path.exists() and not path.is_file() and not path.is_dir():
        raise OutputError(
            f"{path} is not a regular file (a device, pipe or socket); choose a file or folder"
        )


def write_atomic(path: Path, content: str) -> None:
    """Write `content` to `path` so readers see the old file or the whole new one, never half.
    Raises OutputError for a special file (see `check_writable`) or a folder it cannot make."""
    check_writable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"cannot make the folder {path.parent} ({err.strerror})") from err
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are ordinary readable files
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def output_name(source: Path, suffix: str) -> str:
    """A file name for the brief of `source` that cannot climb out of the output directory
    (line N of a record file `x.jsonl`, named `x.jsonl#N`, gives `x-lineN`)."""
    line = re.fullmatch(r"(.+)\.jsonl#(\d+)", source.name, re.IGNORECASE)
    name = f"{line.group(1)}-line{line.group(2)}" if line else source.stem
    stem = re.sub(r"[^\w.-]+", "_", name).strip("._") or "article"
    return f"{stem}{suffix}"


def output_paths(sources: list[Path], folder: Path, suffix: str) -> list[Path]:
    """One output file per source inside `folder`, unique even when names repeat
    (`a/x.txt` and `b/x.txt` give `x.json` and `x-2.json`)."""
    used: set[str] = set()  # folded: "X.json" and "x.json" are one file on some systems
    result = []
    for p in sources:
        name = output_name(p, "")
        candidate, n = name, 1
        while candidate.casefold() in used:  # "c/x-2.txt" must not take b/x.txt's "x-2"
            n += 1
            candidate = f"{name}-{n}"
        used.add(candidate.casefold())
        result.append(folder / f"{candidate}{suffix}")
    return result


_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]|[\x00-\x08\x0b-\x1f\x7f]")


def one_line(message: str) -> str:
    """`message` as one line for a terminal: line breaks shown as "⏎", bidirectional and
    other control characters dropped (a file name may hold any of them)."""
    return _CONTROLS.sub("", message.replace("\r\n", "⏎").replace("\n", "⏎"))
