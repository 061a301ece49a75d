"""Who held their own review conference (task 2.1 of the plan: each commune, before 15/5), as the
communes' reports say, for the status and the district's documents."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from datetime import date

from attrs import frozen

from cchc_core.config import CampaignConfig
from cchc_core.forms.conference_date import Held, applies, read
from cchc_core.model.submissions import Submission, SubmissionKind
from cchc_core.util import vnformat


class ConferenceState(enum.Enum):
    """Where a commune stands on its own conference."""

    ON_TIME = "on_time"
    LATE = "late"
    NOT_HELD = "not_held"
    NOT_SAID = "not_said"
    NO_REPORT = "no_report"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return {
            "on_time": "Đã tổ chức, đúng hạn",
            "late": "Đã tổ chức, sau hạn",
            "not_held": "Chưa tổ chức",
            "not_said": "Báo cáo chưa ghi ngày (hoặc ghi không rõ)",
            "no_report": "Chưa nhận báo cáo",
        }[self.value]

    @property
    def held(self) -> bool:
        """True when the commune held its conference (on time or not)."""
        return self in (ConferenceState.ON_TIME, ConferenceState.LATE)


@frozen
class CommuneConference:
    """One commune's conference: its state, the date it gives, what it typed and in which file."""

    unit: str
    unit_name: str
    state: ConferenceState
    deadline: date
    held_on: date | None = None
    text: str = ""
    file: str = ""

    @property
    def label(self) -> str:
        """``Đã tổ chức, đúng hạn (ngày 12/5/2020)``."""
        if self.held_on is None:
            return self.state.label
        return f"{self.state.label} (ngày {vnformat.short_date(self.held_on)})"


def commune_conferences(
    config: CampaignConfig, submissions: Mapping[str, Sequence[Submission]]
) -> tuple[CommuneConference, ...]:
    """Every commune's conference, from its report (outline document) among ``submissions``
    (by unit id); empty when ``cchc.toml`` does not ask for the date."""
    rows = []
    for unit in config.communes:
        if not applies(config, unit):
            continue
        assert config.conference is not None and config.conference.communes_by is not None
        by = config.conference.communes_by
        report = next(
            (s for s in submissions.get(unit.id, ()) if s.kind is SubmissionKind.NARRATIVE), None
        )
        if report is None:
            rows.append(CommuneConference(unit.id, unit.name, ConferenceState.NO_REPORT, by))
            continue
        answer = read(report.conference, by.year)
        if answer.day is not None:
            state = ConferenceState.ON_TIME if answer.day <= by else ConferenceState.LATE
        elif answer.held is Held.NOT_HELD:
            state = ConferenceState.NOT_HELD
        else:
            state = ConferenceState.NOT_SAID
        rows.append(
            CommuneConference(
                unit.id, unit.name, state, by, answer.day, answer.text, report.source.name
            )
        )
    return tuple(rows)
