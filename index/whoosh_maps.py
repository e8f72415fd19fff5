"""Segment files read in place from one shared read-only mapping per file: the replacements of
fixes 2 and 3 (index/whoosh_patches.py lists every fix and applies them; index/whoosh_fixes.py is
the adapter the rest of the code imports).

2. ``BufferFile.__init__`` (``buffer_file_init``) wraps a sub-file's bytes in ``ViewFile``, which
reads the mapped view in place, where Whoosh's ``BytesIO(buf)`` copied it into the process.

3. ``CompoundStorage.__init__`` / ``close`` (``compound_storage_init`` / ``compound_storage_close``)
take the mapping of a segment file from ``SHARED_MAPS``: every storage of the same file (same
device, inode, size and mtime) in a process shares one read-only mapping, unmapped when its last
user goes, where each searcher (one per web thread) mapped the whole file again.
"""
from __future__ import annotations

import mmap
import os
import threading
import weakref

from whoosh.filedb import compound


class ViewFile:
    """The file interface StructFile uses, over a memoryview, without copying it."""

    def __init__(self, view):
        self._view = memoryview(view)
        self._pos = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else min(len(self._view), self._pos + size)
        data = self._view[self._pos:end].tobytes()
        self._pos = end
        return data

    def readline(self, size: int = -1) -> bytes:
        rest = self._view[self._pos:].tobytes() if size is None or size < 0 else \
            self._view[self._pos:self._pos + size].tobytes()
        cut = rest.find(b"\n")
        line = rest if cut < 0 else rest[:cut + 1]
        self._pos += len(line)
        return line

    def __iter__(self):
        while self._pos < len(self._view):
            yield self.readline()

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self._view = memoryview(b"")

    def write(self, data) -> int:
        raise OSError("read-only segment file")

    def truncate(self, size=None) -> int:
        raise OSError("read-only segment file")


def buffer_file_init(self, buf, name=None, onclose=None):
    """BufferFile.__init__ over a ``ViewFile`` of ``buf`` (fix 2)."""
    self._buf = buf
    self._name = name
    self.file = ViewFile(buf)
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False


class SharedMaps:
    """Read-only mappings of whole files, one per file in this process. The registry holds them
    weakly: a mapping lives as long as a storage (or a view of it) uses it, and is unmapped when
    the last one goes, whether it was closed or only dropped."""

    def __init__(self):
        self._lock = threading.Lock()
        self._maps: dict[tuple, weakref.ref] = {}   # file identity -> its mapping

    def acquire(self, fileno: int) -> mmap.mmap:
        st = os.fstat(fileno)
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        with self._lock:
            known = self._maps.get(key)
            mapping = known() if known is not None else None
            if mapping is None:
                mapping = mmap.mmap(fileno, 0, access=mmap.ACCESS_READ)
                self._maps[key] = weakref.ref(mapping, lambda ref, key=key: self._forget(key, ref))
            return mapping

    def _forget(self, key: tuple, ref: weakref.ref) -> None:
        with self._lock:
            if self._maps.get(key) is ref:
                del self._maps[key]


SHARED_MAPS = SharedMaps()
_compound_init = compound.CompoundStorage.__init__   # Whoosh's own: imported before the patches


def compound_storage_init(self, dbfile, use_mmap=True, basepos=0):
    """CompoundStorage.__init__ reading the directory without mapping, then taking the shared map."""
    _compound_init(self, dbfile, use_mmap=False, basepos=basepos)
    if use_mmap and hasattr(self._file, "fileno") and basepos == 0:
        try:
            self._source = SHARED_MAPS.acquire(self._file.fileno())
        except (OSError, ValueError):
            return                             # not mappable: Whoosh's sub-file reads
        self._file.close()
        self._file = None


def compound_storage_close(self):
    if self.is_closed:
        raise Exception("Already closed")
    self.is_closed = True
    self._source = None                        # the mapping goes with its last user (SharedMaps)
    if self._file:
        self._file.close()
