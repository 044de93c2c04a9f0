"""Where local development keeps its state: a git-ignored `.local/` beside template.yaml."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

DYNAMODB_PORT = 8000
API_PORT = 3000


@dataclass(frozen=True)
class Workspace:
    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Workspace:
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "template.yaml").is_file() and (folder / "functions").is_dir():
                return cls(folder)
        raise SystemExit("hearth: run this inside the Hearth repository (no template.yaml found)")

    @property
    def template(self) -> Path:
        return self.root / "template.yaml"

    @property
    def state(self) -> Path:
        path = self.root / ".local"
        path.mkdir(exist_ok=True)
        return path

    @property
    def dynamodb_data(self) -> Path:
        path = self.state / "dynamodb"
        path.mkdir(exist_ok=True)
        return path

    def auth_key(self) -> str:
        """The key that signs local bearer tokens; made once, kept in .local/ (git-ignored)."""
        path = self.state / "auth.key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(32))
            path.chmod(0o600)
        return path.read_text().strip()
