"""Index versions on disk: build beside the live one, check, then switch a pointer atomically.

    ROOT/CURRENT              name of the live version (replaced with os.replace: atomic)
    ROOT/rebuild.lock         pid and start time of the running rebuild or update
    ROOT/versions/NAME/       a complete Whoosh index + manifest.json + records.sqlite
    ROOT/versions/NAME.building/   a version being written; never read, removed if abandoned

Readers open the version CURRENT names and keep it open; a switch only changes what the next
open sees. The live version and the one before it are kept, so a reader that opened the previous
version a moment before the switch keeps working; older ones are removed.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

CURRENT = "CURRENT"
MANIFEST = "manifest.json"          # in a version: when and from what it was built, page counts
LOCK = "rebuild.lock"
VERSIONS = "versions"
BUILDING = ".building"
KEEP_VERSIONS = 2


class StoreError(RuntimeError):
    """A problem with the index folder, said in words a person can act on."""


class Locked(StoreError):
    pass


def default_index_root() -> Path:
    """Flask's instance folder of this checkout (``instance/index``): where the index is when
    the ``index`` setting (search/settings.py) names none."""
    return Path(__file__).resolve().parent.parent / "instance" / "index"


def no_index_message(root: Path | None = None) -> str:
    """The one sentence for a missing index, naming the command that builds one (and the folder,
    unless the reader should not see paths on disk)."""
    where = f" in {root}" if root is not None else ""
    index = f" --index {root}" if root is not None else ""
    return f"no search index{where} yet: build one with `fahras rebuild --archive DIR{index}`"


def read_manifest(version: Path) -> dict:
    return json.loads((version / MANIFEST).read_text("utf-8"))


def current_version(root: Path) -> Path | None:
    """The live version's folder, or None when no index has been built."""
    try:
        name = (root / CURRENT).read_text("utf-8").strip()
    except FileNotFoundError:
        return None
    path = root / VERSIONS / name
    return path if name and path.is_dir() else None


def new_version(root: Path) -> Path:
    """A fresh folder to build a version in (ends in .building until published)."""
    (root / VERSIONS).mkdir(parents=True, exist_ok=True)
    while True:
        now = time.time()
        name = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f"{int(now * 1000) % 1000:03d}-{os.getpid()}"
        path = root / VERSIONS / (name + BUILDING)
        if not (root / VERSIONS / name).exists():
            try:
                path.mkdir()
                return path
            except FileExistsError:
                pass
        time.sleep(0.002)


def publish(root: Path, building: Path) -> Path:
    """Rename a checked build to its final name and point CURRENT at it, atomically."""
    final = building.with_name(building.name.removesuffix(BUILDING))
    os.replace(building, final)
    pointer = root / (CURRENT + ".tmp")
    pointer.write_text(final.name + "\n", "utf-8")
    with open(pointer, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(pointer, root / CURRENT)
    remove_old_versions(root)
    return final


def remove_old_versions(root: Path) -> list[str]:
    """Drop abandoned builds and all but the newest KEEP_VERSIONS published versions."""
    live = current_version(root)
    folder = root / VERSIONS
    if not folder.is_dir():
        return []
    removed = []
    published = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.endswith(BUILDING))
    keep = set(published[-KEEP_VERSIONS:]) | ({live} if live else set())
    for path in folder.iterdir():
        stale_build = path.name.endswith(BUILDING) and not _building_is_alive(path)
        if stale_build or (path.is_dir() and not path.name.endswith(BUILDING) and path not in keep):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    return removed


def _building_is_alive(path: Path) -> bool:
    pid = path.name.removesuffix(BUILDING).rsplit("-", 1)[-1]
    return pid.isdigit() and _pid_alive(int(pid)) and int(pid) != os.getpid()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class RebuildLock:
    """One rebuild or update at a time. A lock left by a dead process is taken over."""
    root: Path

    def __enter__(self) -> "RebuildLock":
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / LOCK
        for _ in range(2):
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = _read_lock(path)
                if holder and _pid_alive(holder["pid"]) and holder["pid"] != os.getpid():
                    raise Locked(f"another rebuild is running (pid {holder['pid']}, started "
                                 f"{holder['started']}); lock file {path}") from None
                path.unlink(missing_ok=True)          # stale: its process is gone
                continue
            with os.fdopen(fd, "w") as handle:
                json.dump({"pid": os.getpid(), "started": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                        time.gmtime())}, handle)
            return self
        raise Locked(f"could not take the lock {path}")

    def __exit__(self, *exc) -> None:
        path = self.root / LOCK
        holder = _read_lock(path)
        if holder and holder["pid"] == os.getpid():
            path.unlink(missing_ok=True)


def _read_lock(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        return data if isinstance(data.get("pid"), int) else None
    except (OSError, ValueError):
        return None
