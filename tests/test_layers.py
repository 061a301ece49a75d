"""The package layout shows the pipeline, and the layering stays: a module imports only from its own
layer or the layers below it (imports made only for type checking excepted)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "cchc_core"

#: lowest first; a module may import from its own layer and the layers before it
LAYERS = (
    ("errors", "version", "_compat", "util"),
    ("model",),
    ("config", "defaults"),
    ("plugin",),
    ("collect",),
    ("forms",),
    ("check",),
    ("figures",),
    ("documents",),
    ("__init__", "__main__", "builtin", "campaign", "present", "cli", "testing", "demo"),
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def part_of(module: str) -> str:
    """The top-level part of ``cchc_core`` a dotted module name belongs to."""
    parts = module.split(".")
    if len(parts) > 1 and ((PACKAGE / parts[1]).is_dir() or (PACKAGE / f"{parts[1]}.py").is_file()):
        return parts[1]
    return "__init__"  # a name the package itself exports


def _type_checking_only(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def imports(path: Path) -> list[tuple[int, str]]:
    """The ``cchc_core`` modules a file imports at run time, with their line numbers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if _type_checking_only(node, parents):
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "cchc_core":
                found.extend((node.lineno, f"cchc_core.{alias.name}") for alias in node.names)
            elif node.module.startswith("cchc_core."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}:{node.lineno}: relative import; use cchc_core.…")
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names if a.name.startswith("cchc_"))
    return found


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_part_of_the_package_has_a_layer():
    parts = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in modules()}
    assert parts <= set(RANK), parts - set(RANK)


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_from_a_layer_above_its_own(path):
    own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    wrong = []
    for line, target in imports(path):
        other = part_of(target)
        if other in RANK and RANK[other] > RANK[own]:
            wrong.append(f"line {line}: {target} (layer {other} is above {own})")
    assert not wrong, "\n".join(wrong)
