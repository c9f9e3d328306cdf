import datetime

import pytest

from cms.translation_status.status import MISSING, OUTDATED, UP_TO_DATE, translation_status

T0 = datetime.datetime(2025, 3, 1, 12, 0, tzinfo=datetime.UTC)
T1 = T0 + datetime.timedelta(hours=1)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (
            {"translated": False, "source_changed": False, "synced_at": T0, "translated_at": T1},
            MISSING,
        ),
        (
            {"translated": True, "source_changed": False, "synced_at": T0, "translated_at": T1},
            UP_TO_DATE,
        ),
        (
            {"translated": True, "source_changed": True, "synced_at": T0, "translated_at": T1},
            OUTDATED,
        ),
        (
            {"translated": True, "source_changed": False, "synced_at": T1, "translated_at": T0},
            OUTDATED,
        ),
        (
            {"translated": True, "source_changed": False, "synced_at": T1, "translated_at": None},
            OUTDATED,
        ),
        (
            {"translated": True, "source_changed": False, "synced_at": None, "translated_at": None},
            UP_TO_DATE,
        ),
    ],
)
def test_translation_status(facts, expected):
    assert translation_status(**facts) == expected
