"""The targets of a campaign: those the plugins declare, corrected or added to by the
``[[targets]]`` tables of ``cchc.toml``. Resolved once, here, for the check that warns about them
and for the figures that judge them."""

from __future__ import annotations

import attrs

from cchc_core.config import CONFIG_NAME, CampaignConfig, TargetSetting
from cchc_core.errors import ConfigError
from cchc_core.model.targets import Target
from cchc_core.plugin.catalogue import Catalogue

#: counts of units a target may divide by (``per = "@communes"``): the units that existed then
UNIT_COUNTS = {
    "@units": {},
    "@communes": {"offices": False},
    "@offices": {"communes": False},
}
_REQUIRED = ("label", "domain", "source", "operator", "threshold", "year", "indicator")


def _problem(setting: TargetSetting, message: str, hint: str = "") -> ConfigError:
    where = f"{CONFIG_NAME}, dòng {setting.line}" if setting.line else CONFIG_NAME
    return ConfigError(
        f"{where}: mục tiêu “{setting.key}” ([[targets]]): {message}",
        hint=hint,
        details={"target": setting.key, "line": setting.line},
    )


def _usable(target: Target, catalogue: Catalogue) -> bool:
    """Whether the installed plugins have what a ``[[targets]]`` table reads. A code or domain no
    plugin declares (a plugin disabled, not installed, or a misspelt code) leaves the target out
    instead of stopping the campaign; ``cchc check`` warns about the code with its line."""
    codes = all(code in UNIT_COUNTS or catalogue.has_indicator(code) for code in target.codes)
    return codes and target.domain in {d.key for d in catalogue.domains}


def resolve(catalogue: Catalogue, config: CampaignConfig) -> tuple[Target, ...]:
    """The targets of this campaign: declared ones, corrected or added to by ``cchc.toml``, in the
    order of the domains."""
    targets = {t.key: t for t in catalogue.targets}
    for setting in config.targets:
        fields = dict(setting.fields)
        base = targets.get(setting.key)
        try:
            if base is not None:
                target = attrs.evolve(base, **fields)
            else:
                missing = [name for name in _REQUIRED if name not in fields]
                if missing:
                    raise _problem(
                        setting,
                        "mục tiêu mới cần đủ các khóa " + ", ".join(missing),
                        "Hoặc dùng key của một mục tiêu có sẵn để chỉ sửa con số (xem "
                        "docs/seed-notes.md).",
                    )
                target = Target(key=setting.key, **fields)  # type: ignore[arg-type]
        except (TypeError, ValueError) as error:
            raise _problem(setting, str(error)) from None
        if _usable(target, catalogue):
            targets[setting.key] = target
    order = {d.key: position for position, d in enumerate(catalogue.domains)}
    return tuple(sorted(targets.values(), key=lambda t: order.get(t.domain, len(order))))
