"""The people an article has spoken of so far, for the pronouns and descriptions of its
later sentences (``references.pronoun_refs``): each sentence's names, the people no one
watches that it describes by a trade ("another journalist, Pavel Orlov,":
``unwatched_described``), and the relative or colleague it opens with ("His brother was
detained": ``someone_else``).

Those unwatched people are read lazily: a sentence is kept as it was given, and its two
patterns run only when the history is read back to it. Most sentences' are never read: most
pronouns and descriptions are resolved without the history, and those that read it stop at
the person named last that fits, most often in the last sentences. Both readings are pure
functions of the sentence and its names, so the history read late is the one read at once:
"X was detained. His brother, a lawyer, was beaten. He was freed" reads the brother when
"He" asks, and finds him there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import overload

from monitor.core.references import Ref, someone_else, unwatched_described
from monitor.core.sentences import Sentence


class _NotRead:
    """``History.add``'s ``opener`` when the sentence's opener was not read yet."""


NOT_READ = _NotRead()

# a sentence kept unread: it, its names, its opener (``NOT_READ`` if not read yet), and
# whether it opens with a capital (only such a sentence opens with someone else)
_Unread = tuple[Sentence, list[Ref], Ref | _NotRead | None, bool]


_START = attrgetter("start")


class History(Sequence[Ref]):
    """The references an article made so far, in the order made (see the module)."""

    __slots__ = ("_chunks", "started")

    def __init__(self) -> None:
        # in order: each sentence's refs, read (a list) or not yet (``_Unread``)
        self._chunks: list[list[Ref] | _Unread] = []
        self.started = False  # whether anyone watched was named: the history is not empty

    def add(
        self,
        sentence: Sentence,
        names: list[Ref],
        opener: Ref | _NotRead | None,
        capitalised: bool,
    ) -> None:
        """What ``sentence`` adds, once anyone watched was named (in it or before): its
        names, the unwatched people it describes, and ``opener`` (``someone_else``, read
        here unless given) if it opens with a capital. Read when the history is."""
        if names:
            self.started = True
        elif not self.started:
            return  # (nothing is kept before the first name)
        self._chunks.append((sentence, names, opener, capitalised))

    def append(self, ref: Ref) -> None:
        """``ref`` after everything added so far."""
        self._chunks.append([ref])

    def _chunk(self, i: int) -> list[Ref]:
        """The refs of the ``i``th chunk, read now if they were not."""
        chunk = self._chunks[i]
        if isinstance(chunk, list):
            return chunk
        sentence, names, opener, capitalised = chunk
        unwatched = unwatched_described(sentence.text, names)
        refs = sorted(unwatched + names, key=_START) if unwatched else list(names)
        if capitalised:
            other = someone_else(sentence, names) if opener is NOT_READ else opener
            if isinstance(other, Ref):
                refs.append(other)
        self._chunks[i] = refs
        return refs

    def _read(self) -> list[Ref]:
        return [ref for i in range(len(self._chunks)) for ref in self._chunk(i)]

    def __len__(self) -> int:
        return len(self._read())

    @overload
    def __getitem__(self, index: int) -> Ref: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Ref]: ...

    def __getitem__(self, index: int | slice) -> Ref | Sequence[Ref]:
        return self._read()[index]

    def __iter__(self) -> Iterator[Ref]:
        return iter(self._read())

    def __reversed__(self) -> Iterator[Ref]:
        """The refs from the last back, each sentence read only when reached: a pronoun
        most often stands for someone named in the last sentences."""
        for i in range(len(self._chunks) - 1, -1, -1):
            yield from reversed(self._chunk(i))
