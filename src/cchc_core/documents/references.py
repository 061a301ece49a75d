"""A figure is stated in one place of a document and referred to elsewhere.

Two fields may compute the same sentence (online services are asked for under II.2.1.đ and again
under II.6.1). The first heading that prints a computed sentence keeps it; a later heading gets one
line pointing back ("… đã nêu tại mục II.2.1.đ."), consecutive repeats folded into one line.
"""

from __future__ import annotations

from collections.abc import Iterable

from cchc_core.model.blocks import Block, Paragraph
from cchc_core.util.phrases import lower_first, names


class StatedOnce:
    """Remembers, for one document, under which heading each computed figure was stated."""

    def __init__(self) -> None:
        self.where: dict[str, str] = {}

    def _repeats(self, block: Block, label: str) -> str | None:
        """The heading an already stated paragraph was first printed under, or None."""
        if not isinstance(block, Paragraph) or not block.figures:
            return None
        places = {self.where.get(figure) for figure in block.figures}
        if len(places) != 1 or None in places:
            return None
        place = places.pop()
        return place if place != label else None

    def blocks(self, blocks: Iterable[Block], label: str) -> list[Block]:
        """``blocks`` as printed under the heading ``label``: repeats replaced by references."""
        result: list[Block] = []
        pending: list[Paragraph] = []
        pending_place = ""

        def flush() -> None:
            if pending:
                topics = [lower_first(p.topic) for p in pending]
                text = names(topics)
                result.append(
                    Paragraph(f"{text[:1].upper()}{text[1:]}: đã nêu tại mục {pending_place}.")
                )
                pending.clear()

        for block in blocks:
            place = self._repeats(block, label)
            if place is not None and isinstance(block, Paragraph):
                if pending and place != pending_place:
                    flush()
                pending.append(block)
                pending_place = place
                continue
            flush()
            if isinstance(block, Paragraph):
                for figure in block.figures:
                    self.where.setdefault(figure, label)
            result.append(block)
        flush()
        return result
