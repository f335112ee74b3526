"""The declarative base every model shares, and the VICIdial table map.

Each model keeps the column names of the VICIdial table it stands for, so a
recorded fixture loads without translation; its own table name is the
domain's (`agent_session`, `leads`). Columns of the real table that the
emulator never reads are kept verbatim in `vicidial_extra`, so a scenario
exported after a reset gives back what was loaded.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import JSON, MetaData, Table, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    # The VICIdial table this model stands for.
    __vicidial__: ClassVar[str]
    # TIMESTAMP columns that MariaDB moves to now whenever the row really changes.
    __stamped__: ClassVar[tuple[str, ...]] = ()
    # Columns of ours that have no VICIdial counterpart (surrogate keys).
    __internal__: ClassVar[tuple[str, ...]] = ()


class Model(Base):
    """A table of the emulator that stands for one VICIdial table."""

    __abstract__ = True

    # Deferred: requests never read it, and parsing it costs more than the rest of a row.
    vicidial_extra: Mapped[dict[str, Any] | None] = mapped_column(
        JSON, default=None, deferred=True)


@event.listens_for(Model, "instrument_class", propagate=True)
def _same_keys_everywhere(mapper: Mapper[Any], _cls: type) -> None:
    """Keys behave as on MariaDB on every backend: a primary key is never NULL (SQLite
    would allow it), and an AUTO_INCREMENT id is never handed out twice (SQLite would
    reuse the highest one once its row is deleted)."""
    table = mapper.local_table
    assert isinstance(table, Table)
    for column in table.primary_key.columns:
        column.nullable = False
    if table.autoincrement_column is not None:
        table.dialect_options["sqlite"]["autoincrement"] = True
