"""A dict whose values are made when first looked up.

A compiled watchlist of 100,000 people holds some hundreds of thousands of name parts in
its tables (``monitor.core.match.NameIndex``), and matching looks up only the keys of the
words it meets: most values are never asked for. Both ways of getting the tables make them
lazily: a cold start's ``compile_names`` (each key's parts made from the spellings' columns)
and a restart's names read back from the cache (``monitor.adapters.name_cache``, each
key's parts made from the file's columns). ``LazyTable`` is what both hand to matching: a
key's value is made by ``make(place)`` (``place`` what ``at`` holds for the key: where its
parts are) the first time ``get`` or ``[]`` asks for it, then kept; ``in`` makes none;
anything else first makes them all and then acts as the dict it stands for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

V = TypeVar("V")


class LazyTable(dict[str, V]):
    """A dict whose values are made when first looked up (``get``, ``[]``, ``in`` made none);
    anything else (iterating, comparing, changing) first makes them all, in the order of
    ``keys``, then acts as the dict it is."""

    __slots__ = ("_at", "_make")

    def __init__(self, at: Mapping[str, Any], make: Callable[[Any], V]) -> None:
        super().__init__()
        self._at: Mapping[str, Any] | None = at  # key → place, None once every value is made
        self._make = make

    def get(self, key: str, default: Any = None) -> Any:
        value = dict.get(self, key, _NONE)
        if value is not _NONE:
            return value
        if self._at is None or (i := self._at.get(key)) is None:
            return default
        value = self._make(i)
        dict.__setitem__(self, key, value)
        return value

    def __getitem__(self, key: str) -> V:
        value = self.get(key, _NONE)
        if value is _NONE:
            raise KeyError(key)
        return value  # type: ignore[no-any-return]

    @property
    def lazy(self) -> bool:
        """Whether some value may not be made yet (nothing was iterated nor changed)."""
        return self._at is not None

    @property
    def maker(self) -> Callable[[Any], V]:
        return self._make

    @property
    def places(self) -> Mapping[str, Any] | None:
        """Each key's place (what ``make`` is given), in order, while the table is lazy."""
        return self._at

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or (self._at is not None and key in self._at)

    def each(self) -> Iterator[tuple[str, V]]:
        """Every key with its value, in order, the values not made yet made but not kept
        (to write the table out: it stays as lazy as it was)."""
        if self._at is None:
            yield from dict.items(self)
            return
        for key, place in self._at.items():
            value = dict.get(self, key, _NONE)
            yield key, self._make(place) if value is _NONE else value

    def __eq__(self, other: object) -> bool:
        self.whole()
        if isinstance(other, LazyTable):  # (compared as dicts: its values too must be there)
            other.whole()
        return dict.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # (as a dict's)

    def whole(self) -> None:
        """Make every value not made yet; the dict then holds every key, in order."""
        at, self._at = self._at, None
        if at is not None:
            made = dict(self)
            dict.clear(self)
            dict.update(self, ((k, made[k] if k in made else self._make(i)) for k, i in at.items()))


_NONE: Any = object()


def _whole_first(name: str) -> Callable[..., Any]:
    method = getattr(dict, name)

    def whole_first(self: LazyTable[Any], *args: Any, **kwargs: Any) -> Any:
        self.whole()
        return method(self, *args, **kwargs)

    whole_first.__name__ = name
    return whole_first


for _name in (  # what reads or changes more than one key, or changes one
    "__iter__",
    "__len__",
    "__repr__",
    "__reversed__",
    "__or__",
    "__ror__",
    "__ior__",
    "__setitem__",
    "__delitem__",
    "__reduce__",
    "__reduce_ex__",
    "keys",
    "values",
    "items",
    "copy",
    "setdefault",
    "pop",
    "popitem",
    "update",
    "clear",
):
    setattr(LazyTable, _name, _whole_first(_name))
