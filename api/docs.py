"""`/docs` (Swagger UI) and `/redoc` served with no network: their scripts and styles come from
the pinned package fastapi-offline (its static folder), under /docs-assets/, never from a CDN.

The OpenAPI document is completed here from the tables that decide behaviour, so it says what the
service does: every operation's 4xx are the `{"error": ...}` body (FastAPI's own 422 schema,
HTTPValidationError, is replaced), and the operations that need a key carry the bearer scheme,
their scope and 401/403.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.access import ROUTE_SCOPES

ASSETS_URL = "/docs-assets"
ASSETS_DIR = Path(fastapi_offline.__file__).parent / "static"
ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}


def install_docs(app: FastAPI) -> None:
    """Call on an app built with docs_url=None and redoc_url=None."""
    app.mount(ASSETS_URL, StaticFiles(directory=ASSETS_DIR), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def swagger(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} - Swagger UI",
            oauth2_redirect_url=f"{root}/docs/oauth2-redirect",
            swagger_js_url=f"{root}{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{root}{ASSETS_URL}/favicon.png",
        )

    @app.get("/docs/oauth2-redirect", include_in_schema=False)
    async def oauth2_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_redoc_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} - ReDoc",
            redoc_js_url=f"{root}{ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{ASSETS_URL}/favicon.png",
            with_google_fonts=False,
        )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            app.openapi_schema = complete_schema(schema)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def complete_schema(schema: dict[str, Any]) -> dict[str, Any]:
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    components.setdefault("securitySchemes", {})["apiKey"] = {
        "type": "http",
        "scheme": "bearer",
        "description": "an API key from SCREENING_API_KEYS_FILE (docs/formats.md §6); without a keys file the "
        "service is open and no key is needed",
    }
    for path, operations in schema.get("paths", {}).items():
        scope = ROUTE_SCOPES.get(path)
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for status, response in responses.items():
                if status.startswith("4"):
                    response["content"] = {"application/json": {"schema": ERROR_REF}}
            if scope is not None:
                operation["security"] = [{"apiKey": []}]
                operation["description"] = (
                    operation.get("description") or ""
                ) + f"\n\nNeeds an API key with the scope `{scope}` (or `admin`)."
                responses.setdefault("401", {"description": "no key, or a key that is not known"})["content"] = {
                    "application/json": {"schema": ERROR_REF}
                }
                responses.setdefault("403", {"description": f"the key lacks the scope `{scope}`"})["content"] = {
                    "application/json": {"schema": ERROR_REF}
                }
    # FastAPI's default validation bodies are never sent: drop them from the document.
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    return schema
