"""Schema version checks and upgrades through Alembic.

The schema exists only through the migrations in `migrations/`. The server
refuses to start on a database whose schema is behind and names the command
that upgrades it. The start-up check reads the revision ids itself and asks
Alembic (whose import costs more than the rest of the check) only when they
do not plainly agree.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

import migrations

if TYPE_CHECKING:
    from alembic.config import Config

UPGRADE_COMMAND = "vicidial-emu db upgrade"
VERSIONS = Path(migrations.__file__).parent / "versions"

_REVISION = re.compile(r"""^revision(?:: str)? = ['"]([^'"]+)['"]\s*$""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision(?:: [^=\n]+)? = (?:None|['"]([^'"]+)['"])\s*$""", re.MULTILINE)


class SchemaBehind(RuntimeError):
    """The database's schema is older than this release's migrations."""


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration."""
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(str(engine.url)))
    return script.get_current_head()


def require_current_schema(engine: Engine) -> None:
    head = _plain_head()
    if head is not None and _plain_current(engine) == head:
        return
    current, head = current_revision(engine), head_revision(engine)
    if current != head:
        where = engine.url.render_as_string(hide_password=True)
        raise SchemaBehind(
            f"the database {where} has schema {current or 'none'}, this server needs {head}; "
            f"run `{UPGRADE_COMMAND}` (with the same VICIEMU_DATABASE_URL) to upgrade it")


def _plain_head() -> str | None:
    """The one head the migration files name, or None unless each plainly names its
    revision and at most one parent and exactly one revision is nobody's parent."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in VERSIONS.glob("*.py"):
        if path.name.startswith("__"):
            continue
        source = path.read_text(encoding="utf-8")
        revision, parent = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if len(revision) != 1 or len(parent) != 1:
            return None
        revisions.add(revision[0])
        parents.update(p for p in parent if p)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _plain_current(engine: Engine) -> str | None:
    """The database's one recorded revision, or None (no table, no row, several)."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None
