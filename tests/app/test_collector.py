"""While feeds are polled the collector looks at young objects less often, and its
thresholds come back when the last holder lets go (see monitor.app.collector)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from monitor.app.collector import YOUNG, collect_as_before, collect_less, fewer_collections


@pytest.fixture(autouse=True)
def default_thresholds() -> Iterator[None]:
    found = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*found)


def test_polling_collects_young_objects_less_often_then_as_before() -> None:
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_the_thresholds_come_back_when_the_last_holder_lets_go() -> None:
    collect_less()  # the daemon's feed loop, for its life
    with fewer_collections():  # a pass beside it
        pass
    assert gc.get_threshold()[0] == YOUNG
    collect_as_before()
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_set_before_is_kept() -> None:
    gc.set_threshold(YOUNG * 5, 20, 30)
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG * 5, 20, 30)
    assert gc.get_threshold() == (YOUNG * 5, 20, 30)


def test_holders_in_several_threads_restore_the_thresholds_once_all_are_done() -> None:
    start = threading.Barrier(8)

    def hold() -> None:
        start.wait()
        for _ in range(200):
            with fewer_collections():
                assert gc.get_threshold()[0] == YOUNG

    threads = [threading.Thread(target=hold) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.get_threshold() == (700, 10, 10)
