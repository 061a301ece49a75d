"""Plugin discovery: a fresh plugin manager per campaign, tolerant of broken plugins.

Each entry point of the ``cchc`` group is loaded inside its own ``try``: a plugin that fails to import,
declares a hook that does not exist, or whose hook signature is wrong is recorded as a
:class:`PluginFailure` with its distribution's name and the reason, and the other plugins keep working.
``CCHC_DISABLE_PLUGINS=a,b`` skips plugins by entry-point or distribution name;
``CCHC_ONLY_PLUGINS=a,b`` loads only those (a test suite that must not depend on what else is
installed); ``CCHC_STRICT_PLUGINS=1`` turns every failure into a
:class:`~cchc_core.errors.PluginError` (for CI).
"""

from __future__ import annotations

import importlib
import os
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import metadata
from types import ModuleType
from typing import Any

import attrs
import pluggy
from attrs import frozen

from cchc_core.errors import PluginError
from cchc_core.plugin import hookspecs
from cchc_core.plugin.diagnose import (
    hook_api_problem,
    hook_problems,
    raised,
    spec_names,
    suggestion,
)
from cchc_core.version import __version__

ENTRY_POINT_GROUP = "cchc"
DISABLE_ENV = "CCHC_DISABLE_PLUGINS"
ONLY_ENV = "CCHC_ONLY_PLUGINS"
STRICT_ENV = "CCHC_STRICT_PLUGINS"

#: The core's own features, registered through the same hooks as any plugin.
BUILTIN_PLUGINS = {
    "cchc.outline": "cchc_core.builtin.outline",
    "cchc.chi_dao": "cchc_core.builtin.chi_dao",
    "cchc.collectors": "cchc_core.builtin.collectors",
}


@frozen
class PluginFailure:
    """A plugin that could not be used, or a hook of it that failed: who, where, and why (Vietnamese)."""

    plugin: str
    distribution: str
    stage: str
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.distribution} ({self.plugin}): {self.reason}"

    def to_dict(self) -> dict[str, str]:
        """Plain data for ``--json`` (the traceback left out)."""
        return {
            "plugin": self.plugin,
            "distribution": self.distribution,
            "stage": self.stage,
            "reason": self.reason,
        }


@frozen
class PluginInfo:
    """A loaded plugin as ``cchc plugins`` shows it."""

    name: str
    distribution: str
    version: str
    builtin: bool
    hooks: tuple[str, ...]


class CchcPluginManager(pluggy.PluginManager):
    """pluggy's manager plus the list of failures and where each plugin came from."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT)
        self.add_hookspecs(hookspecs)
        self.failures: list[PluginFailure] = []
        self.strict = False
        self._origins: dict[str, tuple[str, str, bool]] = {}
        self._packages: dict[str, str] = {}

    def record_origin(
        self, name: str, distribution: str, version: str, builtin: bool, package: str = ""
    ) -> None:
        """Remember which distribution (and import package) a registered plugin came from."""
        self._origins[name] = (distribution, version, builtin)
        if package:
            self._packages[name] = package

    def distribution_of(self, name: str) -> str:
        """The distribution a plugin came from (its own name when unknown)."""
        return self._origins.get(name, (name, "", False))[0]

    def package_of(self, name: str) -> str:
        """The import package of a plugin (``cchc_dan_van``), to find its source; may be empty."""
        return self._packages.get(name, "")

    def is_builtin(self, name: str) -> bool:
        """True for the core's own plugins."""
        return self._origins.get(name, (name, "", False))[2]

    def set_aside(self, name: str, failure: PluginFailure) -> None:
        """Leave a registered plugin out of this run (its hooks are no longer called) and record
        why."""
        if self.get_plugin(name) is not None:
            self.unregister(name=name)
        self.fail(failure)

    def fail(self, failure: PluginFailure) -> None:
        """Record a failure; in strict mode raise it instead."""
        self.failures.append(failure)
        if self.strict:
            raise PluginError(
                f"Plugin {failure.distribution} ({failure.plugin}) lỗi khi {failure.stage}: "
                f"{failure.reason}",
                hint=f"Chế độ nghiêm ngặt đang bật ({STRICT_ENV}=1).",
                details={"plugin": failure.plugin, "distribution": failure.distribution},
            )

    def infos(self) -> list[PluginInfo]:
        """Every registered plugin with its distribution, version and hooks, sorted by name."""
        result = []
        for name, plugin in self.list_name_plugin():
            if plugin is None:
                continue
            distribution, version, builtin = self._origins.get(name, (name, "", False))
            hooks = tuple(sorted(caller.name for caller in self.get_hookcallers(plugin) or ()))
            result.append(PluginInfo(name, distribution, version, builtin, hooks))
        return sorted(result, key=lambda info: (not info.builtin, info.name))

    def call_each(self, hook_name: str, **kwargs: Any) -> Iterator[tuple[str, Any]]:
        """Call every implementation of a hook on its own, yielding ``(plugin name, result)``.

        An exception in one plugin's implementation is recorded as a failure of that plugin and the
        others are still called, so that one broken plugin never stops a run.
        """
        caller = getattr(self.hook, hook_name)
        for impl in reversed(caller.get_hookimpls()):
            arguments = {name: kwargs[name] for name in impl.argnames}
            try:
                result = impl.function(**arguments)
            except Exception as exc:  # a plugin's bug must not stop the others
                self.fail(
                    PluginFailure(
                        impl.plugin_name,
                        self.distribution_of(impl.plugin_name),
                        f"chạy {hook_name}",
                        raised(exc),
                        traceback.format_exc(),
                    )
                )
                continue
            yield impl.plugin_name, result


def _names_in(variable: str) -> set[str]:
    return {n.strip() for n in os.environ.get(variable, "").split(",") if n.strip()}


def _disabled_names(disabled: Iterable[str] | None) -> set[str]:
    return set(disabled or ()) | _names_in(DISABLE_ENV)


def _only_names() -> set[str] | None:
    """The plugins ``CCHC_ONLY_PLUGINS`` allows, or None when it is not set."""
    return _names_in(ONLY_ENV) if ONLY_ENV in os.environ else None


def _unknown_hooks(pm: CchcPluginManager, plugin: object) -> list[str]:
    """Hooks a plugin implements that have no specification (misspelled names)."""
    return [
        caller.name
        for caller in pm.get_hookcallers(plugin) or ()
        if caller.spec is None and caller.name.startswith(f"{hookspecs.PROJECT}_")
    ]


#: pluggy options the core cannot honour: it calls each implementation on its own (so that one
#: failing plugin never stops the others), so there is no chain to wrap and no order to change
UNSUPPORTED_OPTIONS = ("wrapper", "hookwrapper", "tryfirst", "trylast")


def _unsupported_options(pm: CchcPluginManager, plugin: object) -> list[str]:
    """``hook(option=True)`` pairs of a plugin's implementations that the core would ignore."""
    found = []
    for caller in pm.get_hookcallers(plugin) or ():
        for impl in caller.get_hookimpls():
            if impl.plugin is not plugin:
                continue
            found.extend(
                f"{caller.name}({option}=True)"
                for option in UNSUPPORTED_OPTIONS
                if getattr(impl, option, False)
            )
    return found


def _suggest(name: str) -> str:
    return suggestion(name, spec_names())


def register_plugin(
    pm: CchcPluginManager,
    plugin: ModuleType | object,
    name: str,
    *,
    distribution: str,
    version: str = "",
    builtin: bool = False,
    package: str = "",
) -> bool:
    """Register one plugin object, checking its hooks; record a failure and return False if it is bad.

    Use it in tests to add a plugin under development to a fresh manager.
    """
    module = plugin if isinstance(plugin, ModuleType) else None
    problems = [p for p in (hook_api_problem(plugin, module),) if p] + hook_problems(pm, plugin)
    if problems:
        pm.fail(PluginFailure(name, distribution, "đăng ký", "; ".join(problems)))
        return False
    try:
        pm.register(plugin, name=name)
    except (pluggy.PluginValidationError, ValueError) as exc:
        pm.fail(PluginFailure(name, distribution, "đăng ký", f"hook không hợp lệ (pluggy): {exc}"))
        return False
    unknown = _unknown_hooks(pm, plugin)
    if unknown:
        pm.unregister(plugin)
        reasons = ", ".join(f"{hook}{_suggest(hook)}" for hook in unknown)
        pm.fail(PluginFailure(name, distribution, "đăng ký", f"hook không tồn tại: {reasons}"))
        return False
    if not pm.get_hookcallers(plugin):
        pm.unregister(plugin)
        pm.fail(
            PluginFailure(
                name,
                distribution,
                "đăng ký",
                "không có hook nào (hàm hook thiếu @hookimpl, hoặc điểm nạp trỏ vào mô-đun thay vì "
                "đối tượng FieldPlugin: ghi “mô-đun:plugin” trong [project.entry-points.cchc])",
            )
        )
        return False
    unsupported = _unsupported_options(pm, plugin)
    if unsupported:
        pm.unregister(plugin)
        pm.fail(
            PluginFailure(
                name,
                distribution,
                "đăng ký",
                "tùy chọn của hookimpl không được cchc hỗ trợ: "
                + ", ".join(unsupported)
                + " (lõi gọi từng plugin riêng rẽ, theo tên; bỏ các tùy chọn này)",
            )
        )
        return False
    pm.record_origin(name, distribution, version, builtin, package)
    return True


def _load_entry_points(pm: CchcPluginManager, disabled: set[str], only: set[str] | None) -> None:
    for entry_point in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        dist = entry_point.dist
        distribution = dist.name if dist is not None else entry_point.name
        version = dist.version if dist is not None else ""
        if entry_point.name in disabled or distribution in disabled:
            continue
        if only is not None and not {entry_point.name, distribution} & only:
            continue
        if pm.has_plugin(entry_point.name):
            pm.fail(
                PluginFailure(
                    entry_point.name,
                    distribution,
                    "nạp",
                    "trùng tên với một plugin đã nạp; bỏ qua bản này",
                )
            )
            continue
        try:
            plugin = entry_point.load()
        except Exception as exc:  # any import-time error of a third-party plugin
            pm.fail(
                PluginFailure(
                    entry_point.name,
                    distribution,
                    "nạp",
                    f"không nạp được: {raised(exc)}",
                    traceback.format_exc(),
                )
            )
            continue
        register_plugin(
            pm,
            plugin,
            entry_point.name,
            distribution=distribution,
            version=version,
            package=entry_point.module,
        )


_watched: ContextVar[list[CchcPluginManager] | None] = ContextVar("cchc_managers", default=None)


@contextmanager
def watching_managers() -> Iterator[list[CchcPluginManager]]:
    """Collect every plugin manager made inside the ``with`` block (the CLI shows their failures
    after any command, whichever step made the manager)."""
    made: list[CchcPluginManager] = []
    token = _watched.set(made)
    try:
        yield made
    finally:
        _watched.reset(token)


def watched_failures() -> list[PluginFailure]:
    """The failures of the managers made so far inside :func:`watching_managers`, one per plugin
    (several failures of one plugin joined), in the order they happened."""
    merged: dict[tuple[str, str], PluginFailure] = {}
    for pm in _watched.get() or ():
        for failure in pm.failures:
            key = (failure.distribution, failure.plugin)
            known = merged.get(key)
            if known is None:
                merged[key] = failure
            elif failure.reason not in known.reason:
                merged[key] = attrs.evolve(
                    known,
                    stage=f"{known.stage}, {failure.stage}",
                    reason=f"{known.reason}; {failure.reason}",
                )
    return list(merged.values())


def make_plugin_manager(
    *,
    entry_points: bool = True,
    builtins: bool = True,
    disabled: Iterable[str] | None = None,
    strict: bool | None = None,
    plugins: Iterable[tuple[str, object]] = (),
) -> CchcPluginManager:
    """A fresh plugin manager with the built-in plugins and the installed ones.

    :param entry_points: load the plugins installed through the ``cchc`` entry point group.
    :param builtins: register the core's built-in plugins (outline skeleton, section I, file readers).
    :param disabled: plugin or distribution names to skip, added to ``CCHC_DISABLE_PLUGINS``.
    :param strict: raise on the first failure; default from ``CCHC_STRICT_PLUGINS``.
    :param plugins: extra ``(name, plugin object)`` pairs, e.g. a plugin under test.
    """
    pm = CchcPluginManager()
    watchers = _watched.get()
    if watchers is not None:
        watchers.append(pm)
    if strict is None:
        strict = os.environ.get(STRICT_ENV, "").strip().lower() not in ("", "0", "false", "no")
    pm.strict = strict
    skip = _disabled_names(disabled)
    if builtins:
        for name, module_name in BUILTIN_PLUGINS.items():
            module = importlib.import_module(module_name)
            register_plugin(
                pm,
                module.plugin,
                name,
                distribution="cchc-core",
                version=__version__,
                builtin=True,
                package=module_name,
            )
    if entry_points:
        _load_entry_points(pm, skip, _only_names())
    for name, plugin in plugins:
        if name not in skip:
            register_plugin(pm, plugin, name, distribution=name)
    return pm
