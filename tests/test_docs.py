"""The docs stay true: every hook has its section in the plugin guide, and the guide's worked
example (a whole plugin and its tests) runs as written."""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path

import pytest

from cchc_core.plugin import hookspecs

DOCS = Path(__file__).parents[1] / "docs"
GUIDE = (DOCS / "plugin-guide.md").read_text(encoding="utf-8")

pytest_plugins = ["pytester"]


def hook_names() -> list[str]:
    return [name for name in dir(hookspecs) if name.startswith("cchc_")]


@pytest.mark.parametrize("hook", hook_names())
def test_every_hook_is_documented_with_its_signature(hook):
    assert re.search(rf"^### {hook}$", GUIDE, re.MULTILINE), f"{hook} lacks a section"
    spec = getattr(hookspecs, hook)
    assert spec.__doc__
    signature = f"{hook}({', '.join(inspect.signature(spec).parameters)})"
    assert f"`{signature}`" in GUIDE, f"the guide does not show {signature}"


def examples() -> dict[str, str]:
    found = re.findall(r"<!-- example: (\S+) -->\n```python\n(.*?)```", GUIDE, re.DOTALL)
    return dict(found)


def test_the_worked_example_plugin_and_its_tests_pass(pytester, monkeypatch):
    files = examples()
    assert set(files) == {"cchc_dan_van/__init__.py", "test_dan_van.py"}
    package = pytester.path / "cchc_dan_van"
    package.mkdir()
    (package / "__init__.py").write_text(files["cchc_dan_van/__init__.py"], encoding="utf-8")
    pytester.makepyfile(test_dan_van=files["test_dan_van.py"])
    monkeypatch.syspath_prepend(str(pytester.path))
    sys.modules.pop("cchc_dan_van", None)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


@pytest.mark.parametrize(
    "name", ["architecture.md", "plugin-guide.md", "performance.md", "security.md", "seed-notes.md"]
)
def test_the_docs_the_readme_points_to_exist(name):
    assert (DOCS / name).read_text(encoding="utf-8").strip()


def test_the_changelog_names_the_current_versions():
    from cchc_core import HOOK_API, __version__

    changelog = (DOCS.parent / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(
        rf"^## {re.escape(__version__)} .*HOOK_API {re.escape(HOOK_API)}$", changelog, re.M
    )
