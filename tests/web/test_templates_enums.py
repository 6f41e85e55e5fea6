"""Templates compare closed sets by member (``{% if d.state == DeliveryState.PENDING %}``);
Jinja reads a misspelt member as undefined, silently false, so every one is checked here."""

from __future__ import annotations

import re

from monitor.app.web.render import TEMPLATE_ENUMS, TEMPLATES

MEMBER = re.compile(rf"\b({'|'.join(TEMPLATE_ENUMS)})\.(\w+)")


def members_named(text: str) -> list[tuple[str, str]]:
    return MEMBER.findall(text)


def test_every_member_a_template_names_exists() -> None:
    named = [
        (path.name, enum, member)
        for path in sorted(TEMPLATES.glob("*.html"))
        for enum, member in members_named(path.read_text(encoding="utf-8"))
    ]
    assert named, "no template names a member: the check checks nothing"
    assert [n for n in named if n[2] not in TEMPLATE_ENUMS[n[1]].__members__] == []


def test_a_misspelt_member_is_caught() -> None:
    [(enum, member)] = members_named("{% if d.state == DeliveryState.PENDNG %}")
    assert member not in TEMPLATE_ENUMS[enum].__members__
