"""A file that takes longer to parse than its time budget is an error for that file; the import
goes on with the rest."""

import gc
import shutil
import threading
import time

import pytest

from statements.models import Statement
from statements.timebudget import TookTooLong, time_limit
from tests.test_importer_command import SAMPLES, run

pytestmark = [
    pytest.mark.django_db,
    # An alarm that goes off inside a finaliser or a garbage collector callback (hypothesis
    # installs one for the whole session) raises where Python ignores the exception and only
    # prints it; pytest turns that print into a warning. The budget gives the alarm again 0.1 s
    # later (the last two tests), so such a warning is noise: hidden, for TookTooLong alone.
    pytest.mark.filterwarnings(
        r"ignore:Exception ignored in[\s\S]*TookTooLong:pytest.PytestUnraisableExceptionWarning"
    ),
]


def test_a_file_slower_than_its_budget_is_an_error_and_the_rest_is_imported(tmp_path, settings):
    settings.IMPORT_SECONDS_MIN, settings.IMPORT_SECONDS_PER_MB = 3, 0.5
    slow = tmp_path / "a-slow.txt"  # 2 MB of one-word questions and answers: seconds to parse
    slow.write_text("\n".join("Q: Why?" if i % 2 == 0 else "A: Because." for i in range(200_000)))
    shutil.copy(SAMPLES / "nato-transcript.txt", tmp_path / "b-good.txt")
    started = time.monotonic()
    _out, err, status = run(tmp_path)
    elapsed = time.monotonic() - started
    assert f"error: {slow}: took longer than 4 s to parse (limit: 3 s + 0.5 s per MB" in err
    assert "Imported 1, updated 0, unchanged 0, skipped 0, failed 1." in err + _out
    assert status == 1
    assert list(Statement.objects.values_list("source_file", flat=True)) == ["b-good.txt"]
    assert elapsed < 30  # interrupted at 4 s, not parsed to the end and refused after


def test_the_budget_is_off_when_both_settings_are_zero(tmp_path, settings):
    settings.IMPORT_SECONDS_MIN, settings.IMPORT_SECONDS_PER_MB = 0, 0
    shutil.copy(SAMPLES / "nato-transcript.txt", tmp_path / "good.txt")
    _out, err, status = run(tmp_path)
    assert status == 0, err


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_the_limit_interrupts_the_work_in_the_main_thread():
    started = time.monotonic()
    with pytest.raises(TookTooLong), time_limit(0.2):
        spin(5)
    assert time.monotonic() - started < 2


def test_outside_the_main_thread_the_work_is_refused_after_it_ends():
    outcome = []

    def work():
        try:
            with time_limit(0.05):
                spin(0.2)
        except TookTooLong:
            outcome.append("refused")
        else:
            outcome.append("accepted")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == ["refused"]


class Finalised:
    def __del__(self):
        spin(0.3)  # the alarm goes off in here, where Python ignores what a handler raises


def test_an_alarm_lost_in_a_finaliser_is_given_again():
    started = time.monotonic()
    with pytest.raises(TookTooLong), time_limit(0.1):
        Finalised()  # collected at once: its __del__ runs past the limit
        spin(5)
    assert time.monotonic() - started < 2


def test_an_alarm_lost_in_a_garbage_collector_callback_is_given_again():
    def slow_callback(phase, info):  # as hypothesis's, which times each collection
        if phase == "start":
            spin(0.3)  # the alarm goes off in here, where Python ignores what a handler raises

    gc.callbacks.append(slow_callback)
    started = time.monotonic()
    try:
        with pytest.raises(TookTooLong), time_limit(0.1):
            gc.collect()
            gc.callbacks.remove(slow_callback)
            spin(5)
    finally:
        if slow_callback in gc.callbacks:
            gc.callbacks.remove(slow_callback)
    assert time.monotonic() - started < 2
