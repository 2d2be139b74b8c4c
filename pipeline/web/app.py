"""The explorer's web application: routes, one short-lived read-only connection per request, error pages.

Requests read through cursors on one read-only connection (outside file access off, as `warta query` does)
that is closed whenever the pages are idle for a second (pipeline/web/connections.py), so `warta run` can take
the write lock between bursts of page views. While a run holds it, pages answer
503 with Retry-After and a page saying so; no error ever shows a stack trace.
"""
from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import duckdb
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.convertors import Convertor, register_url_convertor
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pipeline.store.db import StoreLockedError
from pipeline.store.query import QueryRefused, query_on
from pipeline.web import pages
from pipeline.web.connections import DEFAULT_HOLD_SECONDS, ReadOnlyStore
from pipeline.web.downloads import MEDIA_TYPES, render

log = logging.getLogger("warta.web")
STATIC = Path(__file__).resolve().parent / "static"
RETRY_AFTER_SECONDS = 5
FORMATS = ("csv", "json")


class FormatConvertor(Convertor):
    """`.csv` / `.json` at the end of a path: a download; any other dot stays part of the key (region codes)."""
    regex = "|".join(FORMATS)

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("format", FormatConvertor())


def templates() -> Environment:
    env = Environment(loader=PackageLoader("pipeline.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["kinds"] = pages.KIND_LABELS
    return env


class Explorer:
    def __init__(self, db: str | Path, allow_sql: bool = False, hold: float = DEFAULT_HOLD_SECONDS):
        self.db = Path(db)
        self.allow_sql = allow_sql
        self.store = ReadOnlyStore(self.db, hold)
        self.env = templates()

    # -- responses ------------------------------------------------------------------------------------------
    def html(self, template: str, status_code: int = 200, headers: dict | None = None, **context) -> HTMLResponse:
        body = self.env.get_template(template).render(db_name=self.db.name, sql=self.allow_sql, **context)
        return HTMLResponse(body, status_code=status_code, headers=headers)

    def problem(self, status: int, title: str, message: str, fmt: str | None,
                headers: dict | None = None) -> Response:
        if fmt == "json":
            return JSONResponse({"error": title, "detail": message}, status_code=status, headers=headers)
        if fmt == "csv":
            return PlainTextResponse(f"{title}: {message}\n", status_code=status, headers=headers)
        return self.html("problem.html", status, headers, title=title, message=message, status=status)

    def busy(self, fmt: str | None) -> Response:
        return self.problem(503, "Busy, retry in a few seconds",
                            f"The database {self.db.name} is being written by another process (a warta run). "
                            f"Pages are read-only and open it between writes: retry in {RETRY_AFTER_SECONDS} s.",
                            fmt, {"Retry-After": str(RETRY_AFTER_SECONDS)})

    # -- the one path every page takes ----------------------------------------------------------------------
    def respond(self, request: Request, builder, *args, fmt: str | None = None, list_name: str | None = None):
        try:
            with self.store.cursor() as con:
                page = builder(request.query_params, con, *args)
        except StoreLockedError:
            return self.busy(fmt)
        except FileNotFoundError as exc:
            return self.problem(503, "No database", str(exc), fmt)
        except pages.NotFound as exc:
            return self.problem(404, "Not found", str(exc), fmt)
        except pages.BadRequest as exc:
            return self.problem(400, "Bad request", str(exc), fmt)
        except Exception:
            log.exception("page %s failed", request.url.path)
            return self.problem(500, "Something went wrong",
                                "This page could not be built; the server log has the details.", fmt)
        if fmt is None:
            query = f"?{request.url.query}" if request.url.query else ""
            return self.html(page.template, title=page.title, page=page, lists=page.lists,
                             request_path=request.url.path.rstrip("/"), query=query, **page.context)
        try:
            listing = page.listing(list_name)
        except pages.NotFound as exc:
            return self.problem(404, "Not found", str(exc), fmt)
        filename = f"{listing.name}.{fmt}"
        return Response(render(listing.rows, fmt), media_type=MEDIA_TYPES[fmt],
                        headers={"Content-Disposition": f'inline; filename="{filename}"'})

    def sql_page(self, params, con):
        def run(statement: str):
            try:
                return query_on(con, statement)
            except (QueryRefused, duckdb.Error) as exc:
                raise pages.BadRequest(str(exc).splitlines()[0]) from None
        return pages.sql(params, con, run)

    # -- routes ---------------------------------------------------------------------------------------------
    def routes(self) -> list:
        def page(builder, *names):
            def endpoint(request: Request):
                p = request.path_params
                return self.respond(request, builder, *(p[n] for n in names), fmt=p.get("fmt"),
                                    list_name=p.get("list"))
            return endpoint

        table = [
            ("/", pages.home, ()),
            ("/search", pages.search, ()),
            ("/regions", pages.regions_index, ()),
            ("/events", pages.events, ()),
            ("/persons/{key}", pages.person, ("key",)),
            ("/organizations/{key}", pages.organization, ("key",)),
            ("/places/{key}", pages.place, ("key",)),
            ("/regions/{code}", pages.region, ("code",)),
            ("/events/{doc}/{ev}", pages.event, ("doc", "ev")),
            ("/documents/{doc}", pages.document, ("doc",)),
        ]
        if self.allow_sql:
            table.append(("/sql", self.sql_page, ()))
        routes = [Mount("/static", StaticFiles(directory=STATIC), name="static")]
        for path, builder, names in table:
            if path != "/":
                routes.append(Route(path + ".{fmt:format}", page(builder, *names)))         # its first list
                routes.append(Route(path + "/{list}.{fmt:format}", page(builder, *names)))  # a named list
            routes.append(Route(path, page(builder, *names)))
        routes.append(Route("/{list}.{fmt:format}", page(pages.home)))  # the home page's lists, matched last
        return routes


def create_app(db: str | Path, allow_sql: bool = False, hold: float = DEFAULT_HOLD_SECONDS) -> Starlette:
    """The explorer over `db`; hold: seconds the store stays open after the last request (0: close at once)."""
    explorer = Explorer(db, allow_sql, hold)

    async def not_found(request: Request, exc) -> Response:
        return explorer.problem(404, "Not found", f"nothing at {request.url.path}", None)

    async def server_error(request: Request, exc) -> Response:
        return explorer.problem(500, "Something went wrong", "The server log has the details.", None)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        explorer.store.close()

    app = Starlette(routes=explorer.routes(), exception_handlers={404: not_found, 500: server_error},
                    lifespan=lifespan)
    app.state.explorer = explorer
    return app
