"""A fresh Python process that runs one function over a list of tasks, in order, and streams the results back.

Why not ProcessPoolExecutor: with the spawn start method it also starts multiprocessing's
resource tracker (one more interpreter for the whole build) and has every worker import the
generator's `__main__` module; a build's helper needs only the function's own module.
Run as `python -m linter.calendar.helper`: it reads one pickled (function, tasks) from stdin
and writes one pickled (ok, result or exception) per task to stdout.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any, BinaryIO


class HelperStopped(RuntimeError):
    """The helper process ended before answering every task (killed, out of memory, or a bug)."""


class Helper:
    """Starts at once; `futures[i]` holds the result of `function(*tasks[i])`."""

    def __init__(self, function: Callable[..., Any], tasks: Sequence[tuple[Any, ...]]) -> None:
        self.futures: list[Future[Any]] = [Future() for _ in tasks]
        self._process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE)
        self._job = (function, list(tasks))
        self._talk = threading.Thread(target=self._exchange, name="calendar-helper", daemon=True)
        self._talk.start()

    def _exchange(self) -> None:
        """Send the job, then collect the answers (a thread: the pipes must not block the build)."""
        process = self._process
        assert process.stdin is not None and process.stdout is not None
        answered = 0
        try:
            with process.stdin:
                pickle.dump(self._job, process.stdin, pickle.HIGHEST_PROTOCOL)
            self._job = None
            while answered < len(self.futures):
                ok, value = pickle.load(process.stdout)
                if ok:
                    self.futures[answered].set_result(value)
                else:
                    self.futures[answered].set_exception(value)
                answered += 1
        except (OSError, EOFError, pickle.UnpicklingError):
            pass
        finally:
            process.stdout.close()
            code = process.wait()
            for future in self.futures[answered:]:
                future.set_exception(HelperStopped(f"the calendar's helper process stopped (exit status {code})"))

    def close(self) -> None:
        """Stop the helper if it is still working (a failed build), and wait until it is gone."""
        if self._process.poll() is None:
            self._process.kill()
        self._talk.join()


def _serve(source: BinaryIO, answers: BinaryIO) -> None:
    function, tasks = pickle.load(source)
    for task in tasks:
        try:
            answer = (True, function(*task))
        except Exception as error:  # the build shows it where it asked for this result
            answer = (False, error)
        try:
            data = pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # an exception that cannot be pickled still names what went wrong
            data = pickle.dumps((False, HelperStopped(f"{type(error).__name__}: {error}")))
        answers.write(data)
        answers.flush()


def main() -> None:
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print() must not corrupt the answers
    _serve(sys.stdin.buffer, answers)


if __name__ == "__main__":
    from linter.calendar.helper import main as serve  # this module's classes, not __main__'s, get pickled

    serve()
