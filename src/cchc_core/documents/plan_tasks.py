"""The outputs of the plan's tasks 4, 5 and 6 (commendations, the district conference, the
2021–2030 plan), each listed when ``cchc.toml`` has its table."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from cchc_core.documents import (
    commendation_submission,
    commendations_list,
    conference,
    plan_2030,
)
from cchc_core.figures.aggregate import Dataset
from cchc_core.figures.commendations import rankings
from cchc_core.figures.status import StatusReport

Writer = Callable[[Path], Path | list[Path]]


def task_outputs(dataset: Dataset, status: StatusReport) -> list[tuple[str, Writer]]:
    """Each configured task's output: where it goes under ``output/`` and the function that
    writes it (or a folder of them) there, as ``cchc build`` lists its outputs."""
    config = dataset.config
    outputs: list[tuple[str, Writer]] = []
    if config.commendations is not None:
        ranked = rankings(dataset, status)  # one ranking for the list and the Tờ trình
        outputs.append(
            (commendations_list.FILENAME, partial(commendations_list.write_list, dataset, ranked))
        )
        outputs.append(
            (
                commendation_submission.FILENAME,
                partial(commendation_submission.write_submission, dataset, ranked),
            )
        )
    if config.conference is not None:
        outputs.append(
            (conference.FOLDER, partial(conference.write_all, dataset, status.conferences))
        )
    if config.plan_2030 is not None:
        outputs.append((plan_2030.FILENAME, partial(plan_2030.write_plan, dataset)))
    return outputs
