"""Outputs that change as one set: a lock per destination, staged files, a commit journal.

Every command that writes (extract, factcheck, datapackage, official, report) goes through
here. The protocol, under an exclusive lock on the destination folder:

1. finish or discard what a killed run left (`recover`): a commit journal is rolled
   forward, stray temporaries are removed;
2. every file is written whole to a hidden temporary beside its target, with the
   permissions the user's umask gives;
3. the journal (`.border-desk-commit-XXXX.json`, listing temporary -> target) is renamed
   into place: that single rename is the commit point;
4. the temporaries are renamed over their targets and the journal removed.

A kill before step 3 leaves the earlier set (the temporaries are cleaned next time); a
kill after it leaves a journal that the next run on that folder completes, so the folder
ends with the new set, whole. Where every file of a set goes into one folder of plain
files (extract, factcheck and official into data/processed or data/reference), steps 2-4
are instead one atomic exchange of the folder with a copy built beside it (Linux
renameat2), so no instant shows a mix: the journal remains for sets spread over several
folders (datapackage with its dictionary, a report's figures) and systems without it. A second run into a folder that is locked is refused in one
line rather than mixing its files with the first one's.

`checkpoint(name)` is the fault-injection hook the tests use: with
BORDER_DESK_KILL_AT=name in the environment, the process kills itself (SIGKILL) there.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import json
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

from analysis.errors import InputError

JOURNAL_PREFIX = ".border-desk-commit"
_TEMP_MARK = ".bd-"  # in every temporary's name: `.NAME.bd-XXXX.tmp`


def checkpoint(name: str) -> None:
    """Kill this process here when BORDER_DESK_KILL_AT names this point (tests only)."""
    if os.environ.get("BORDER_DESK_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def current_umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """What `open(path, 'w')` would give: 0666 less the umask (mkstemp gives 0600)."""
    return 0o666 & ~current_umask()


def folder_mode() -> int:
    """What `mkdir` would give: 0777 less the umask (mkdtemp gives 0700)."""
    return 0o777 & ~current_umask()


def lock_file_of(folder: Path) -> Path:
    """The lock file of a destination folder: beside it, so it outlives a swap of the folder."""
    return folder.with_name(f".{folder.name}.lock")


@contextlib.contextmanager
def locked(folder: Path, lock_file: Path | None = None) -> Iterator[None]:
    """Hold the destination's exclusive lock, or refuse in one line if another run has it.

    The lock is on a file beside the folder (`.NAME.lock`, see `lock_file_of`), so that a
    folder swapped whole keeps one lock; where that file cannot be made (a folder whose
    parent is read-only) the lock is on the folder itself. Locks die with their process,
    so a killed run never leaves a stale lock.
    """
    descriptor = None
    candidates = [lock_file] if lock_file is not None else [lock_file_of(folder), None]
    for candidate in candidates:
        try:
            if candidate is not None:
                descriptor = os.open(candidate, os.O_RDWR | os.O_CREAT, file_mode())
            else:
                descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            break
        except OSError as exc:
            error = exc
            if candidate is None or lock_file is not None:
                raise InputError(f"{candidate or folder}: cannot open ({exc.strerror})") from None
    assert descriptor is not None, error
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(f"{folder}: another run is writing here; wait for it to finish "
                             "and run again") from None
        yield
    finally:
        os.close(descriptor)


def recover(folder: Path) -> None:
    """Complete a committed set a killed run left in `folder`, and remove its temporaries.

    Call only while holding the folder's lock."""
    for journal in sorted(folder.glob(f"{JOURNAL_PREFIX}-*.json")):
        try:
            pairs = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pairs = []  # a journal is renamed in whole, so this cannot be half of one
        for temporary, target in pairs:
            if os.path.exists(temporary):
                os.replace(temporary, target)
        journal.unlink()
    for stray in folder.glob(f".*{_TEMP_MARK}*.tmp"):
        with contextlib.suppress(OSError):
            stray.unlink()
    for leftover in folder.parent.glob(f".{folder.name}.staging-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def write_temporary(path: Path, data: bytes) -> str:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}{_TEMP_MARK}", suffix=".tmp",
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), file_mode())
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary


def commit_files(contents: dict[Path, bytes]) -> None:
    """Write `contents` as one set. When every target lies in one folder of plain files
    (data/processed, data/reference), a copy of the folder is built beside it and swapped
    in with one atomic exchange, so a kill at any instant leaves the old set or the new one
    whole; otherwise (targets in several folders, sub-folders, no atomic exchange) through
    the commit journal, which the next run on the folder completes."""
    if not contents:
        return
    folders = {path.parent.resolve() for path in contents}
    if len(folders) == 1:
        folder = folders.pop()
        if folder.is_dir() and not any(entry.is_dir() for entry in folder.iterdir()) \
                and _commit_by_swap(folder, contents):
            return
    _commit_with_journal(contents)


def _commit_by_swap(folder: Path, contents: dict[Path, bytes]) -> bool:
    """Build the folder's next state beside it (its files hard-linked, the new ones written)
    and exchange the two; False, with nothing changed, where no atomic exchange exists."""
    staging = staging_folder(folder)
    try:
        os.chmod(staging, folder.stat().st_mode & 0o7777)
        new_names = {path.name for path in contents}
        for entry in folder.iterdir():
            if entry.name in new_names or _TEMP_MARK in entry.name or \
                    entry.name.startswith(JOURNAL_PREFIX):
                continue
            try:
                os.link(entry, staging / entry.name)
            except OSError:
                shutil.copy2(entry, staging / entry.name)
        for path, data in contents.items():
            with open(staging / path.name, "xb") as stream:
                os.fchmod(stream.fileno(), file_mode())
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        checkpoint("staged")
        checkpoint("commit")
        if not _exchange(staging, folder):
            shutil.rmtree(staging, ignore_errors=True)
            return False
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    checkpoint("renamed")
    shutil.rmtree(staging, ignore_errors=True)
    return True


def _commit_with_journal(contents: dict[Path, bytes]) -> None:
    """Write `contents` as one set through a commit journal (see the module docstring).
    Targets may lie in several folders; the journal lives in the first target's folder,
    under a name of its own, so runs writing into private folders at once (a report's
    figures) never share one."""
    staged: list[tuple[str, str]] = []
    journal_folder = next(iter(contents)).parent
    try:
        for path, data in contents.items():
            staged.append((str(Path(write_temporary(path, data)).resolve()),
                           str(path.resolve())))
        checkpoint("staged")
        journal_temporary = write_temporary(journal_folder / f"{JOURNAL_PREFIX}.json",
                                             json.dumps(staged).encode("utf-8"))
        journal = journal_folder / (f"{JOURNAL_PREFIX}-"
                                    f"{Path(journal_temporary).name.split(_TEMP_MARK)[1][:-4]}.json")
        checkpoint("commit")
        os.replace(journal_temporary, journal)
    except BaseException:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise
    for number, (temporary, target) in enumerate(staged, start=1):
        checkpoint(f"rename:{number}")
        os.replace(temporary, target)
    checkpoint("renamed")
    journal.unlink()


# -- folders swapped whole (reports) ---------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                       _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def staging_folder(final: Path) -> Path:
    """A fresh, uniquely named folder beside `final` to build its new content in."""
    staging = Path(tempfile.mkdtemp(prefix=f".{final.name}.staging-", dir=final.parent))
    os.chmod(staging, folder_mode())
    return staging


def recover_folder(final: Path) -> None:
    """Undo what a killed swap of `final` left: a missing `final` gets its old copy back;
    staging and old copies are removed. Call only while holding `final`'s lock."""
    old = final.with_name(f".{final.name}.old")
    if not final.exists() and old.exists():
        old.rename(final)
    for leftover in final.parent.glob(f".{final.name}.staging-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)


def swap_folder(staging: Path, final: Path) -> None:
    """Put `staging` in the place of `final` so that a kill at any instant leaves one of
    the two whole at `final` (or, on systems without an atomic exchange, leaves the old
    one beside it for `recover_folder` to put back)."""
    if not final.exists():
        checkpoint("swap")
        staging.rename(final)
        return
    checkpoint("swap")
    if _exchange(staging, final):
        checkpoint("swapped")
        shutil.rmtree(staging, ignore_errors=True)
        return
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    final.rename(old)
    checkpoint("swap:between")
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)
