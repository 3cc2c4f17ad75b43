"""Reading ease works offline: textstat must not try to download NLTK data."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from linter.prose import Prose
from linter.readability import reading_ease

PLAIN = (
    "Send the invoice the day the work ends. Clients pay faster when they still remember the job. "
    "Put the due date in the first line. Add your bank details under it. Keep the tone friendly and short."
)
DENSE = (
    "Our organisation's comprehensive, multidisciplinary methodology operationalises stakeholder-centric "
    "value propositions, facilitating unprecedented interdepartmental synergies, institutionalising "
    "continuous improvement, and revolutionising organisational effectiveness considerably. Consequently, "
    "institutional transformation necessitates comprehensive recalibration of organisational infrastructure."
)

CHECK = (
    "import sys; from linter.prose import Prose; from linter.readability import reading_ease; "
    f"print(reading_ease(Prose({PLAIN!r}))); print('nltk' in sys.modules)"
)


def test_plain_text_reads_easier_than_corporate_text() -> None:
    plain, dense = reading_ease(Prose(PLAIN)), reading_ease(Prose(DENSE))
    assert plain is not None and dense is not None
    assert plain > 60 > 10 > dense


def test_short_posts_have_no_score() -> None:
    assert reading_ease(Prose("What do you charge per hour?")) is None


def _offline_command() -> list[str]:
    """Run Python with no network at all (a fresh network namespace), where the machine allows it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn", sys.executable]
    pytest.skip("cannot create a network namespace here (unshare -rn); the nltk import check still runs")


def test_works_without_any_network() -> None:
    result = subprocess.run([*_offline_command(), "-c", CHECK], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    score, nltk_loaded = result.stdout.split()
    assert float(score) > 60 and nltk_loaded == "False"


def test_never_imports_nltk() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60)
    assert result.stdout.split()[1] == "False", result.stderr


ODD = (
    "Naïve café owners rarely invoice on Fridays; do you? Supercalifragilistic words and 2027 numbers, "
    "e-mail addresses, and ALL CAPS still count. "
) * 3


@pytest.mark.parametrize("text", [PLAIN, DENSE, ODD])
def test_scores_equal_textstats_own(text: str) -> None:
    """Our compact syllable table must give textstat's exact figure (it only saves memory)."""
    import textstat

    from linter.readability import flesch_reading_ease

    assert flesch_reading_ease(text) == textstat.flesch_reading_ease(text)
