"""The FastAPI application: one ledger, JSON errors a client can act on (never a stack
trace), a request size limit, bearer tokens for writes, and the dashboard's pages."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from skytruce.api.routes import router
from skytruce.app import Skytruce
from skytruce.errors import InputError, InputErrors
from skytruce.store import Ledger

MAX_BODY_BYTES = 20 * 1024 * 1024
PRIVATE_ENV = "SKYTRUCE_SERVE_PRIVATE"  # tells each worker of `skytruce serve --workers N` to require tokens for reads
log = logging.getLogger("skytruce.api")


class BodyLimit:
    """Refuse request bodies over the limit, declared or streamed (413)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.limit:
            return await JSONResponse({"error": f"request body over {self.limit} bytes"}, 413)(scope, receive, send)
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise BodyTooLarge()
            return message

        try:
            await self.app(scope, limited, send)
        except BodyTooLarge:
            await JSONResponse({"error": f"request body over {self.limit} bytes"}, 413)(scope, receive, send)


class BodyTooLarge(Exception):
    pass


def create_app(ledger: Ledger | None = None, private: bool = False) -> FastAPI:
    """The API and dashboard over `ledger` (the configured one by default). With
    `private`, reads need a token too."""
    from skytruce.web.views import pages
    app = FastAPI(title="skytruce", version="0.1.0",
                  description="Evidence-graded monitor of aerial strikes and ceasefire compliance. Read endpoints are "
                              "open (unless the server runs --private); write endpoints need a bearer token from "
                              "`skytruce token create`.")
    app.state.skytruce = Skytruce(ledger or Ledger.open())
    app.state.private = private
    app.include_router(router, prefix="/api")
    app.include_router(pages)
    app.mount("/static", StaticFiles(directory=Path(__file__).resolve().parent.parent / "web" / "static"), name="static")
    app.add_middleware(BodyLimit)

    @app.exception_handler(InputError)
    async def bad_input(_: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"error": str(exc), "source": exc.source, "line": exc.line, "field": exc.field}, 422)

    @app.exception_handler(InputErrors)
    async def bad_inputs(_: Request, exc: InputErrors) -> JSONResponse:
        return JSONResponse({"error": f"{len(exc.errors)} bad input(s); nothing was stored",
                             "errors": [str(e) for e in exc.errors]}, 422)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"field": ".".join(str(p) for p in e.get("loc", [])), "error": e.get("msg")} for e in exc.errors()]
        return JSONResponse({"error": "invalid request", "problems": problems}, 422)

    @app.exception_handler(Exception)
    async def internal(_: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error")
        return JSONResponse({"error": "internal error"}, 500)

    return app


def worker_app() -> FastAPI:
    """The app of one worker process of `skytruce serve --workers N` (the ledger from
    SKYTRUCE_DATABASE_URL, already upgraded by the command)."""
    return create_app(Ledger(), private=bool(os.environ.get(PRIVATE_ENV)))
