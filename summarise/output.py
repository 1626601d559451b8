"""Writing outputs: atomically, and only inside the directory the user chose."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path


def write_atomic(path: Path, content: str) -> None:
    """Write `content` to `path` so readers see the old file or the whole new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
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
    """A file name for the brief of `source` that cannot climb out of the output directory."""
    stem = re.sub(r"[^\w.-]+", "_", source.stem).strip("._") or "article"
    return f"{stem}{suffix}"


def output_paths(sources: list[Path], folder: Path, suffix: str) -> list[Path]:
    """One output file per source inside `folder`, unique even when names repeat
    (`a/x.txt` and `b/x.txt` give `x.json` and `x-2.json`)."""
    seen: dict[str, int] = {}
    result = []
    for p in sources:
        name = output_name(p, "")
        n = seen.get(name, 0)
        seen[name] = n + 1
        result.append(folder / f"{name}{f'-{n + 1}' if n else ''}{suffix}")
    return result
