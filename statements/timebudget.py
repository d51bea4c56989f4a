"""A time limit on a piece of pure-Python work, such as parsing one file.

In the main thread of a process (a management command), ``time_limit`` arms a real-time
interval timer: SIGALRM interrupts the work where it is, regular expressions included, by
raising ``TookTooLong``. Elsewhere (another thread, a platform without ``setitimer``), signals
cannot be used: the work runs to its end and ``TookTooLong`` is raised after it if it took
longer, so the result is still refused, only later.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class TookTooLong(BaseException):
    """The work took longer than its time limit. A BaseException, like KeyboardInterrupt, so that
    no "except Exception" in the interrupted code can swallow it."""


_AGAIN_EVERY = 0.1


def _on_alarm(signum, frame):
    raise TookTooLong


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TookTooLong if the block runs longer than ``seconds`` (0 or less: no limit)."""
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        started = time.monotonic()
        yield
        if time.monotonic() - started > seconds:
            raise TookTooLong
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    # Then again every 0.1 s: a handler that happens to run inside a finaliser (__del__ of
    # some garbage collected meanwhile) has its exception ignored; the next one is not.
    signal.setitimer(signal.ITIMER_REAL, seconds, _AGAIN_EVERY)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
