"""The app factory. Everything heavy (policy, models, the history database) is built in the
lifespan, once, and handed to routes through dependencies, so tests can swap them."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
import threading
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator

from fastapi import FastAPI

from api.access import Access, KeyRing, check_routes
from api.docs import install_docs
from api.errors import install_error_handlers
from api.screen_shortcut import ScreenShortcut
from api.limits import BodyLimit
from api.observability import Metrics, Observe
from api.routes import router
from api.routes_history import router as history_router
from api.routes_conversations import router as conversations_router
from api.routes_reviews import router as reviews_router
from api.console import router as console_router
from screening.core.service_settings import Settings

log = logging.getLogger("api")


def route_paths(routes: list[Any], prefix: str = "") -> set[str]:
    """The paths of every endpoint, those of included routers too (FastAPI keeps them as
    `_IncludedRouter` entries holding the original router)."""
    paths: set[str] = set()
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            paths |= route_paths(included.routes, prefix + getattr(route.include_context, "prefix", ""))
        elif hasattr(route, "methods"):
            paths.add(prefix + route.path)
    return paths


def _warm_up(screener: Any) -> None:
    import scipy.sparse  # noqa: F401

    screener.warm_up()  # the markets' patterns and prefilters (Check.warm_up)
    gc.freeze()  # its objects live as long as the process, as the models' do (see the lifespan)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    # Fail loudly at start: a keys file that cannot be read stops the service, naming the file.
    keys = KeyRing.load(settings.api_keys_file) if settings.api_keys_file else None
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from screening.store.history import open_history
        from screening.core.pipeline import Screener
        from screening.core.policy import Policy

        # Screening runs in worker threads (sync routes) and holds the GIL while it computes; the
        # event loop, which answers /healthz and /readyz, waits for it. A 1 ms switch interval
        # (Python's default: 5 ms) hands the GIL back to the loop sooner (bench adversarial:
        # /healthz p99 while 4 hostile texts are screened).
        sys.setswitchinterval(0.001)
        # Fail loudly at start: a bad policy or model stops the service here, naming the file.
        policy = Policy.load(settings.policy_path)
        history = open_history(settings.history_location, retention_days=settings.retention_days)
        app.state.screener = Screener.create(policy, models_dir=settings.models_dir, history=history)
        app.state.history = history
        app.state.shadow = None
        if settings.shadow:
            from screening.review.shadow import Shadow, parse_shadow

            # Fail loudly at start: a candidate version that cannot load stops the service.
            app.state.shadow = Shadow.create(policy, parse_shadow(settings.shadow), models_dir=settings.models_dir)
            log.info("shadow_mode versions=%s", ",".join(f"{c}:{v}" for c, v in app.state.shadow.versions.items()))
        app.state.settings = settings
        app.state.cpu_slots = asyncio.Semaphore(settings.screening_threads)  # api.routes.cpu_slot
        app.state.missing_models = [
            path for check in app.state.screener.checks.values() for path in check.missing_models
        ]
        if hasattr(history, "count"):
            metrics.watch_history(history.count, every=2.0)
        if keys is None:
            log.warning("open_mode: no SCREENING_API_KEYS_FILE; every endpoint answers without a key")
        else:
            log.info("keys_loaded file=%s keys=%d", settings.api_keys_file, len(keys.keys))
        # The models, vocabularies and lexicons are ~200,000 objects that live as long as the
        # process: a full garbage collection walked them all, 120-210 ms with every request
        # waiting (a sequential p99 of 57 ms, max 82 ms, at 1M messages). Frozen, collections
        # skip them (they are never garbage).
        gc.collect()
        gc.freeze()
        # No count of the history here: a COUNT over 1,000,000 rows took 0.15-0.18 s, and start-up
        # must not grow with the history (the screening_history_messages gauge has the size).
        log.info("ready markets=%d checks=%s", len(policy.markets), ",".join(sorted(app.state.screener.checks)))
        # scipy.sparse (the hashed models' batch path: a reply's sentences ranked by the contact
        # model, a long buyer message's clauses) is imported beside the first requests, not by the
        # first one that needs it (a ~200 ms wait) nor before readiness (start-up <= 5 s).
        # The same thread builds what the checks would build on each market's first reply.
        threading.Thread(target=_warm_up, args=(app.state.screener,), name="warm-up", daemon=True).start()
        try:
            yield
        finally:
            history.close()

    app = FastAPI(
        title="screening",
        version="1",
        description="Screens marketplace messages against the platform's communication rules "
        '(../shared/CONTRACT.md). Errors are `{"error": {"code", "message"}}`.',
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.metrics = metrics
    app.state.keys = keys
    install_error_handlers(app)
    install_docs(app)
    # Outermost last: Observe (request id, log line, metrics) sees every answer, the refusals of
    # Access (401/403, before the body is read) and of BodyLimit (413/408) included.
    # Innermost: the pre-send call by the shortest way (api/screen_shortcut.py), inside every limit.
    app.add_middleware(ScreenShortcut)
    app.add_middleware(BodyLimit, max_body_bytes=settings.max_body_bytes, body_timeout=settings.body_timeout)
    app.add_middleware(Access, keys=keys)
    paths: set[str] = set()  # filled below, once every route is in
    app.add_middleware(Observe, metrics=metrics, routes=lambda: paths)
    app.include_router(router)
    app.include_router(history_router)
    app.include_router(conversations_router)
    app.include_router(reviews_router)
    app.include_router(console_router)
    app.add_api_route(
        "/metrics",
        lambda: metrics.expose(),
        methods=["GET"],
        tags=["operations"],
        summary="Prometheus metrics (text format)",
        include_in_schema=False,
    )
    paths.update(route_paths(app.routes))
    check_routes(paths)
    return app
