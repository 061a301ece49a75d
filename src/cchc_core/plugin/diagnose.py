"""A plugin author's mistakes, told in Vietnamese with the file and line to fix.

pluggy checks hook implementations, but in English and without suggestions ("Argument(s)
{'narator'} are declared in the hookimpl but can not be found in the hookspec"), and it ignores a
function that lacks ``@hookimpl``. These checks run before a plugin is registered, so the author
reads "cchc_report_context nhận tham số “narator” mà hook không có (có phải là “narrator”?)" and
where it is.
"""

from __future__ import annotations

import difflib
import importlib.util
import inspect
import sysconfig
import traceback
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any

from cchc_core.plugin import hookspecs
from cchc_core.version import HOOK_API


def _not_the_authors() -> tuple[str, ...]:
    """Folders of the code a plugin is built on: a traceback's frames there are not the author's."""
    import attr
    import pluggy

    folders = [sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["platstdlib"]]
    folders.extend(str(Path(m.__file__).parent) for m in (pluggy, attr) if m.__file__)
    folders.append(str(Path(__file__).parents[1]))  # cchc_core itself
    return tuple(folders)


def spec_names() -> list[str]:
    """The hooks a plugin can implement."""
    return [name for name in dir(hookspecs) if name.startswith(f"{hookspecs.PROJECT}_")]


def suggestion(name: str, known: list[str]) -> str:
    """`` (có phải là “x”?)`` for the closest known name, or nothing."""
    close = difflib.get_close_matches(name, known, n=1)
    return f" (có phải là “{close[0]}”?)" if close else ""


def where(function: Any) -> str:
    """``"tệp.py, dòng 12"`` for a function, or an empty string when Python cannot tell."""
    try:
        target = inspect.unwrap(function)
        file = inspect.getsourcefile(target)
        _, line = inspect.getsourcelines(target)
    except (OSError, TypeError):
        return ""
    return f"{_short(file)}, dòng {line}" if file else ""


def _at(function: Any) -> str:
    """`` (tệp.py, dòng 12)`` after a hook's name in a problem, or nothing. Looked up only for a
    problem: reading the source of every hook of every plugin took 15 ms of each command."""
    place = where(function)
    return f" ({place})" if place else ""


def _short(file: str) -> str:
    """A file as its author knows it: the package folder and the file name."""
    path = Path(file)
    return f"{path.parent.name}/{path.name}"


def traceback_place(tb: TracebackType | None) -> str:
    """The author's own line in a traceback: the last frame outside cchc and the libraries."""
    place = ""
    others = _not_the_authors()
    for frame in traceback.extract_tb(tb):
        if not frame.filename.startswith(("<", *others)):
            place = f"{_short(frame.filename)}, dòng {frame.lineno}"
    return place


def raised(error: BaseException) -> str:
    """A declaration or a hook that raised: its message and the author's line that raised it."""
    place = traceback_place(error.__traceback__)
    # cchc's own declaration classes explain themselves in Vietnamese (a ValueError); anything
    # else keeps its type, which tells a programmer what happened
    text = str(error) if type(error) is ValueError else f"{type(error).__name__}: {error}"
    return f"{text} ({place})" if place else text


def locate(package: str, literal: str) -> str:
    """Where ``literal`` (a code, an office id) is written, quoted, in a plugin package's sources:
    ``"cchc_dan_van/__init__.py, dòng 27"``; empty when not found."""
    try:
        spec = importlib.util.find_spec(package.split(":")[0].split(".")[0])
    except (ImportError, ValueError):
        return ""
    if spec is None:
        return ""
    files: list[Path] = []
    if spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            files.extend(sorted(Path(folder).rglob("*.py")))
    elif spec.origin:
        files.append(Path(spec.origin))
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for number, line in enumerate(lines, 1):
            if f'"{literal}"' in line or f"'{literal}'" in line:
                return f"{file.parent.name}/{file.name}, dòng {number}"
    return ""


def _candidates(pm: Any, plugin: object) -> list[tuple[str, Any, bool]]:
    """Every ``cchc_…`` function of a plugin: (name, function, marked with @hookimpl)."""
    found = []
    for name in dir(plugin):
        if not name.startswith(f"{hookspecs.PROJECT}_"):
            continue
        value = inspect.getattr_static(plugin, name, None)
        function = getattr(plugin, name, None)
        if not callable(function) or isinstance(value, type):
            continue
        marked = pm.parse_hookimpl_opts(plugin, name) is not None
        found.append((name, function, marked))
    return found


def hook_problems(pm: Any, plugin: object) -> list[str]:
    """What is wrong with a plugin's hook functions, in Vietnamese: a missing ``@hookimpl``, an
    argument the hook does not have (with the closest one), an argument given a default value."""
    specs = spec_names()
    problems = []
    for name, function, marked in _candidates(pm, plugin):
        if not marked:
            if name in specs:
                problems.append(
                    f"hàm {name}{_at(function)} thiếu @hookimpl nên cchc không bao giờ gọi; "
                    "thêm dòng @hookimpl ngay trên hàm (from cchc_core import hookimpl)"
                )
            continue
        if name not in specs:
            continue  # a misspelled hook: reported with its suggestion after registration
        allowed = list(inspect.signature(getattr(hookspecs, name)).parameters)
        try:
            parameters = inspect.signature(function).parameters.values()
        except (TypeError, ValueError):
            continue
        for parameter in parameters:
            if parameter.name not in allowed:
                problems.append(
                    f"{name}{_at(function)} nhận tham số “{parameter.name}” mà hook không có"
                    f"{suggestion(parameter.name, allowed)}; các tham số có: {', '.join(allowed)}"
                )
            elif parameter.default is not inspect.Parameter.empty:
                problems.append(
                    f"{name}{_at(function)}: tham số “{parameter.name}” có giá trị mặc định nên "
                    "sẽ không được truyền vào; bỏ giá trị mặc định"
                )
    return problems


def hook_api_problem(plugin: object, module: ModuleType | None = None) -> str | None:
    """A plugin that states the hook API it was written for (``hook_api = "1.0"``, on its
    :class:`~cchc_core.FieldPlugin` or in its module) and needs another: the reason, else None."""
    wanted = getattr(plugin, "hook_api", None) or getattr(module, "hook_api", None)
    if not wanted:
        return None
    try:
        major, minor = (int(part) for part in [*str(wanted).split("."), "0"][:2])
    except ValueError:
        return f"hook_api “{wanted}” không đúng dạng số phiên bản (ví dụ “1.0”)"
    core_major, core_minor = (int(part) for part in HOOK_API.split("."))
    if major != core_major:
        return (
            f"plugin viết cho API hook {major}.x, còn cchc-core này có API hook {HOOK_API}: "
            f"cài bản plugin viết cho API {core_major}.x, hoặc bản cchc-core hợp với plugin "
            "(xem CHANGELOG.md)"
        )
    if minor > core_minor:
        return (
            f"plugin cần API hook {major}.{minor} trở lên, còn cchc-core này có API hook {HOOK_API}: "
            "nâng cấp cchc-core"
        )
    return None
