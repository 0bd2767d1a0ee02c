"""One writer at a time: an exclusive lock on a store directory.

The mechanism is ``flock(2)`` on ``<store>/kg.lock``, chosen over a bare pid file
because the kernel drops the lock when its holder ends in any way, SIGKILL and
crashes included: a dead writer cannot leave the store locked, and no pid check
can race with a process that is just starting. The file also records the
holder's pid and command, for the message a second writer gets; when a writer
finds a pid there whose process is gone (it was killed), it reports it as a
stale lock it cleared (:attr:`StoreLock.stale_pid`) and writes its own.

The descriptor is close-on-exec, so programs the writer starts do not inherit
the lock; after locking, the file is checked to still be the one at the path
(a store deleted and made again meanwhile). Readers take no lock: Oxigraph's
read-only opens work beside a writer.
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from kg.errors import StoreError, StoreLockedError

__all__ = ["DEFAULT_WAIT", "LOCK_NAME", "StoreLock", "lock_holder", "pid_alive"]

LOCK_NAME = "kg.lock"
DEFAULT_WAIT = 5.0  # seconds a writer waits for another to finish
_POLL = 0.1


def pid_alive(pid: int) -> bool:
    """True when a process with this pid exists (possibly owned by someone else)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_holder(directory: str | Path) -> tuple[int | None, str]:
    """The pid and command recorded in a store's lock file (None, "" when there is none)."""
    try:
        text = (Path(directory) / LOCK_NAME).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None, ""
    return _parse(text)


def _parse(text: str) -> tuple[int | None, str]:
    lines = text.splitlines()
    try:
        pid = int(lines[0]) if lines else None
    except ValueError:
        pid = None
    return pid, lines[1] if len(lines) > 1 else ""


class StoreLock:
    """The write lock of the store in ``directory``; a context manager.

    ``acquire`` waits up to ``wait`` seconds for another writer, then raises
    :class:`~kg.errors.StoreLockedError` naming the lock file and the holder.
    """

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.path = self.directory / LOCK_NAME
        self.stale_pid: int | None = None  # a dead writer's pid found in the file
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait: float = DEFAULT_WAIT) -> None:
        if self._fd is not None:
            return
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                left = deadline - time.monotonic()
                if left <= 0:
                    raise self._locked_error(wait) from None
                time.sleep(min(_POLL, left))
                continue
            except OSError as exc:
                os.close(fd)
                raise StoreError(f"{self.path}: cannot lock the store ({exc.strerror})") from None
            if not self._still_at_path(fd):
                os.close(fd)
                continue
            self._fd = fd
            break
        previous, _ = _parse(os.pread(fd, 4096, 0).decode("utf-8", "replace"))
        if previous is not None and previous != os.getpid() and not pid_alive(previous):
            self.stale_pid = previous
        command = " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv))
        record = f"{os.getpid()}\n{command[:200]}\n{time.strftime('%Y-%m-%dT%H:%M:%S')}\n"
        os.ftruncate(fd, 0)
        os.pwrite(fd, record.encode("utf-8", "replace"), 0)

    def release(self) -> None:
        """Give the lock up; the file stays, empty (deleting it would race with waiters)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass  # closing the descriptor releases it anyway
        finally:
            os.close(fd)

    def __enter__(self) -> StoreLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the lock file ({exc.strerror})") from None

    def _still_at_path(self, fd: int) -> bool:
        try:
            return os.stat(self.path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            return False

    def _locked_error(self, wait: float) -> StoreLockedError:
        pid, command = lock_holder(self.directory)
        if pid is None:
            who = "another process"
        elif pid_alive(pid):
            who = f"pid {pid}" + (f" ({command})" if command else "")
        else:  # the lock was passed to a child process that outlived the writer
            who = f"a child of pid {pid}, which has ended"
        hint = f"gave up after {wait:g} s; " if wait > 0 else ""
        return StoreLockedError(
            f"{self.directory}: the store is being written by {who}, which holds the lock "
            f"{self.path} ({hint}use --wait SECONDS to wait for it)"
        )
