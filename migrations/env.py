"""Alembic's entry point: runs the migrations on the connection or URL it is given."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import engine_from_config, pool
from sqlalchemy.types import TypeDecorator

import app.state.backends  # noqa: F401 - MariaDB tables get their charset and collation
from app.state.models import Base

config = context.config
target_metadata = Base.metadata


def render_item(kind: str, obj: Any, autogen_context: Any) -> str | bool:
    """Write the project's column types as their plain SQL types, so a migration never
    changes when a type's Python behaviour does."""
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


def run(connection: Any) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_item=render_item, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


given = config.attributes.get("connection")
if given is not None:
    run(given)
else:
    engine = engine_from_config(config.get_section(config.config_ini_section) or {},
                                prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as connection:
        run(connection)
        connection.commit()
