"""Alembic migrations: the only way the emulator's schema comes to exist."""
