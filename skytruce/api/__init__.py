"""The REST API and the dashboard, served by one FastAPI app (`create_app`)."""

from skytruce.api.app import create_app

__all__ = ["create_app"]
