"""Private folders locked for their maker's life: the next maker removes those of makers
that died (killed, so that no clean-up ran), and nothing else."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from monitor.app.private_folders import OWNER, hold_private_folder, sweep_dead_folders

PREFIX = "monitor-test-folder-"
REPO = Path(__file__).resolve().parents[2]
MAKER = (
    "import sys\n"
    "from monitor.app.private_folders import hold_private_folder\n"
    "folder = hold_private_folder(sys.argv[1], sys.argv[2])\n"
    "print(folder.path, flush=True)\n"
    "sys.stdin.read()\n"  # until the test kills it (or closes its input)
)


class Maker:
    """A process that made a private folder and holds it until it is killed."""

    def __init__(self, where: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", MAKER, PREFIX, str(where)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ | {"PYTHONPATH": str(REPO)},
        )
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], 60)  # (bounded: no hang)
        if not ready:
            self.kill()
            pytest.fail("the folder-making process said nothing in 60 s")
        self.path = Path(self.process.stdout.readline().strip())

    def kill(self) -> None:
        """SIGKILL: no finalizer, no clean-up, as in a crash."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


@contextmanager
def makers(where: Path, count: int) -> Iterator[list[Maker]]:
    started: list[Maker] = []
    try:
        for _ in range(count):
            started.append(Maker(where))
        yield started
    finally:
        for maker in started:
            if maker.process.poll() is None:
                maker.kill()
            for stream in (maker.process.stdin, maker.process.stdout):
                if stream is not None:
                    stream.close()


def test_the_next_maker_removes_the_folder_of_a_killed_maker_and_keeps_a_living_ones(
    tmp_path: Path,
) -> None:
    with makers(tmp_path, 2) as (killed, living):
        assert (killed.path / OWNER).read_text() == f"{killed.process.pid}\n"
        assert oct(killed.path.stat().st_mode & 0o777) == "0o700"
        killed.kill()
        assert killed.path.is_dir()  # a crash leaves it

        mine = hold_private_folder(PREFIX, str(tmp_path))
        try:
            assert not killed.path.exists()
            assert living.path.is_dir()
            assert sorted(tmp_path.iterdir()) == sorted([living.path, Path(mine.path)])
        finally:
            mine.remove()
        assert not Path(mine.path).exists()

        living.kill()
        assert sweep_dead_folders(PREFIX, str(tmp_path)) == [str(living.path)]
        assert list(tmp_path.iterdir()) == []


def test_the_lock_decides_not_the_pid_the_marker_names(tmp_path: Path) -> None:
    # a dead maker's pid may be reused by a live process, and a pid says nothing across
    # pid namespaces (containers)
    with makers(tmp_path, 2) as (dead, living):
        dead.kill()
        (dead.path / OWNER).write_text(f"{os.getpid()}\n")  # a pid that lives
        (living.path / OWNER).write_text(f"{dead.process.pid}\n")  # a pid that is gone

        removed = sweep_dead_folders(PREFIX, str(tmp_path))

        assert removed == [str(dead.path)]
        assert living.path.is_dir()


def test_a_folder_this_process_holds_is_not_removed_by_its_own_sweep(tmp_path: Path) -> None:
    first = hold_private_folder(PREFIX, str(tmp_path))
    try:
        second = hold_private_folder(PREFIX, str(tmp_path))
        second.remove()
        second.remove()  # once is enough; a second call closes nothing else
        assert Path(first.path).is_dir()
        assert sweep_dead_folders(PREFIX, str(tmp_path)) == []
    finally:
        first.remove()


def test_what_is_not_a_dead_folder_of_ours_is_left_alone(tmp_path: Path) -> None:
    where, elsewhere = tmp_path / "tmp", tmp_path / "elsewhere"
    where.mkdir()
    elsewhere.mkdir()
    unmarked = where / f"{PREFIX}unmarked"  # an older version's, or one being made
    unmarked.mkdir(mode=0o700)
    (unmarked / "names").write_text("kept")
    a_file = where / f"{PREFIX}file"
    a_file.write_text("kept")
    with makers(elsewhere, 1) as (dead,):
        dead.kill()
    link = where / f"{PREFIX}link"
    link.symlink_to(dead.path)  # a dead folder, but the entry is a symlink

    assert sweep_dead_folders(PREFIX, str(where)) == []

    assert (unmarked / "names").read_text() == "kept"
    assert a_file.read_text() == "kept"
    assert link.is_symlink() and (dead.path / OWNER).exists()
    assert sweep_dead_folders(PREFIX, str(elsewhere)) == [str(dead.path)]  # (it was dead)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_a_dead_folder_of_another_user_is_left_alone(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    with makers(tmp_path, 1) as (dead,):
        dead.kill()
    os.chown(dead.path, 65534, 65534)  # nobody's

    assert sweep_dead_folders(PREFIX, str(tmp_path)) == []

    assert (dead.path / OWNER).exists()
