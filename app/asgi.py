"""What uvicorn imports: the app built from the environment's settings."""

from fastapi import FastAPI

from app.main import create_app


def create_app_from_environment() -> FastAPI:
    return create_app()
