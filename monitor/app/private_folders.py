"""Private temporary folders that outlive no process of ours, even a killed one.

A crash (SIGKILL, the OOM killer, the power) runs no clean-up, and a folder a process made
in the temporary directory stays there. So each folder carries a lock that lives exactly as
long as the process that made it, and the next process to make one removes those whose
lock is free:

    folder = hold_private_folder("monitor-names-")  # made 0700, locked, then marked
    ... folder.path ...
    folder.remove()  # or the process ends, however it ends: its lock goes with it

- The maker takes an exclusive ``flock`` on the folder itself, and only then writes the
  marker (``OWNER``: its pid, for a person who looks). The kernel drops the lock when the
  last descriptor of the folder closes, at any exit; the descriptor is not inherited by
  programs started since (close-on-exec), and the parser processes come from a fork server.
  A lock is not a pid: a dead maker's pid reused by another process, or a live one's in
  another pid namespace, changes nothing.
- ``sweep_dead_folders`` looks at the entries of the same prefix and removes one only when
  it is a real folder (never a symlink: opened with ``O_NOFOLLOW``), owned by this user
  (never another user's; nor may it open theirs, 0700), marked (a folder still being made,
  or one of an older version without locks, is left alone) and its lock taken at once
  (nobody holds it). The sweeper removes it while holding the lock, after checking that
  the path still names the very folder it locked.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile

OWNER = "owner"  # the marker: written once the folder is locked


class HeldFolder:
    """A private folder and the open descriptor that holds its lock."""

    def __init__(self, path: str, descriptor: int) -> None:
        self.path = path
        self.descriptor: int | None = descriptor

    def remove(self) -> None:
        """Remove the folder, then let its lock go (once: a descriptor closed twice could
        close another file that took its number)."""
        shutil.rmtree(self.path, ignore_errors=True)
        descriptor, self.descriptor = self.descriptor, None
        if descriptor is not None:
            os.close(descriptor)


def hold_private_folder(prefix: str, where: str | None = None) -> HeldFolder:
    """A new folder (mode 0700) in ``where`` (the temporary directory by default), locked for
    as long as this process holds it, after removing the dead ones of the same ``prefix``
    (``sweep_dead_folders``). Raises OSError when it cannot be made."""
    where = where or tempfile.gettempdir()
    sweep_dead_folders(prefix, where)
    path = tempfile.mkdtemp(prefix=prefix, dir=where)
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        shutil.rmtree(path, ignore_errors=True)
        raise
    folder = HeldFolder(path, descriptor)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # unmarked: nobody else locks it
        marker = os.open(OWNER, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600, dir_fd=descriptor)
        try:
            os.write(marker, f"{os.getpid()}\n".encode())
        finally:
            os.close(marker)
    except OSError:
        folder.remove()
        raise
    return folder


def sweep_dead_folders(prefix: str, where: str) -> list[str]:
    """Remove the folders of ``prefix`` in ``where`` that a process of this user made and
    that no process holds any more (see the module's docstring); the paths removed."""
    try:
        names = sorted(name for name in os.listdir(where) if name.startswith(prefix))
    except OSError:
        return []
    removed = []
    for name in names:
        path = os.path.join(where, name)
        try:
            descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            continue  # gone, a symlink, a file, or not ours to open
        try:
            if is_dead_folder(path, descriptor):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
        finally:
            os.close(descriptor)  # (its lock, if taken, goes with it)
    return removed


def is_dead_folder(path: str, descriptor: int) -> bool:
    """Whether the folder open at ``descriptor`` is this user's, marked, unlocked (now
    locked by this call) and still at ``path``."""
    opened = os.fstat(descriptor)
    if opened.st_uid != os.geteuid():
        return False
    try:
        os.stat(OWNER, dir_fd=descriptor, follow_symlinks=False)
    except OSError:
        return False  # being made, or made by a version without locks
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # its maker lives
    try:
        now = os.lstat(path)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (opened.st_dev, opened.st_ino)
