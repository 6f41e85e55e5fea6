"""South Asian, Arabic, Slavic and clerical names as English news spells them otherwise than
the list (issue 14, "Names": listed people the scan did not find), class by class:

- the Arabic article after "Ould", "Ben", "Abu" written or left out ("Ould el-Dine" for Ould
  Dine, and the other way round); never the article alone for the particle ("al-Khair" is
  not Abu Khair).

Made-up people, own sentences (no proxy or eval text).
"""

from __future__ import annotations

import pytest

from tests.core.reading import named_params
from tests.core.test_names_romanizations import found

Row = tuple[str, str, str, bool]

PARTICLE_ARTICLE: list[Row] = [
    ("article-after-ould-in-news", "Ahmed Vall Ould Dine", "Ahmed Vall Ould el-Dine", True),
    ("article-after-ould-in-list", "Salem Ould el-Hadj", "Salem Ould Hadj", True),
    ("article-after-ould-as-listed", "Salem Ould el-Hadj", "Salem Ould el-Hadj", True),
    ("article-after-abu", "Omar Abu Khair", "Omar Abu al-Khair", True),
    ("article-after-ben-in-list", "Tarek Ben el-Hadi", "Tarek Ben Hadi", True),
    ("article-for-the-particle", "Omar Abu Khair", "Omar al-Khair", False),
    ("article-after-ould-another-name", "Ahmed Vall Ould Dine", "Ahmed Vall Ould el-Amine", False),
]


@pytest.mark.parametrize(("listed", "spelled", "same"), named_params([*PARTICLE_ARTICLE], {}))
def test_a_name_spelled_in_news_is_read_as_the_person_or_not(
    listed: str, spelled: str, same: bool
) -> None:
    assert found(listed, spelled) is same
