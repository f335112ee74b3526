"""Schema version checks and upgrades through Alembic.

The schema exists only through the migrations in `migrations/`. The server
refuses to start on a database whose schema is behind and names the command
that upgrades it.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

import migrations

UPGRADE_COMMAND = "vicidial-emu db upgrade"


class SchemaBehind(RuntimeError):
    """The database's schema is older than this release's migrations."""


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    script = ScriptDirectory.from_config(alembic_config(str(engine.url)))
    return script.get_current_head()


def require_current_schema(engine: Engine) -> None:
    current, head = current_revision(engine), head_revision(engine)
    if current != head:
        where = engine.url.render_as_string(hide_password=True)
        raise SchemaBehind(
            f"the database {where} has schema {current or 'none'}, this server needs {head}; "
            f"run `{UPGRADE_COMMAND}` (with the same VICIEMU_DATABASE_URL) to upgrade it")
