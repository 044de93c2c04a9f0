"""The layering a reviewer relies on, checked rather than hoped for."""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

import pytest

import hearth
import hearth.domain

pytestmark = pytest.mark.unit

FORBIDDEN_IN_DOMAIN = (
    "boto3", "botocore", "pynamodb", "aws_lambda_powertools", "aws_xray_sdk", "anthropic",
    "httpx", "httpx2", "requests", "urllib3", "fastapi", "starlette", "mangum", "pydantic",
    "uvicorn", "hearth.adapters", "hearth.api", "hearth.local", "hearth.bootstrap",
    "hearth.settings", "hearth.observability",
)
SDKS = {"pynamodb": "dynamodb", "anthropic": "anthropic", "boto3": None}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(package: object) -> list[Path]:
    root = Path(package.__file__).parent  # type: ignore[attr-defined]
    return sorted(root.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(hearth.domain), ids=lambda p: p.name)
def test_domain_imports_nothing_from_aws_http_or_llm_sdks(path: Path) -> None:
    bad = {
        name for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_DOMAIN)
    }
    assert not bad, f"{path.name} imports {sorted(bad)}"


def test_domain_modules_all_import_cleanly() -> None:
    for info in pkgutil.walk_packages(hearth.domain.__path__, "hearth.domain."):
        __import__(info.name)


def test_only_adapters_import_pynamodb_anthropic_or_boto3() -> None:
    offenders = []
    for path in _modules(hearth):
        relative = path.relative_to(Path(hearth.__file__).parent).as_posix()
        if relative.startswith(("adapters/", "local/")):
            continue
        for name in _imports(path):
            if name.split(".")[0] in {"pynamodb", "anthropic", "boto3"}:
                offenders.append(f"{relative}: {name}")
    assert offenders == []


def test_only_settings_reads_the_environment() -> None:
    offenders = []
    for path in _modules(hearth):
        relative = path.relative_to(Path(hearth.__file__).parent).as_posix()
        if relative == "settings.py":
            continue
        source = path.read_text()
        if "os.environ" in source or "os.getenv" in source:
            offenders.append(relative)
    assert offenders == []
