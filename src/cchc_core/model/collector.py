"""Collectors: readers that turn an inbox file into a submission, registered through a hook."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from attrs import frozen

from cchc_core.model.submissions import InboxFile, Submission

if TYPE_CHECKING:
    from cchc_core.config import CampaignConfig
    from cchc_core.plugin.catalogue import Catalogue


@frozen
class ReadContext:
    """What a collector may need: the catalogue (codes, version) and the campaign (units, periods)."""

    catalogue: Catalogue
    config: CampaignConfig


@frozen
class Collector:
    """A reader for one kind of inbox file.

    ``accepts`` looks at the file (name, size, first bytes) and says whether this collector reads it;
    ``read`` returns a :class:`~cchc_core.model.submissions.Submission` or raises
    :class:`~cchc_core.errors.InputFileError` with a Vietnamese message when the file is refused. The
    collector with the highest ``priority`` among those that accept a file reads it.
    """

    name: str
    description: str
    accepts: Callable[[InboxFile], bool]
    read: Callable[[InboxFile, ReadContext], Submission]
    priority: int = 0
