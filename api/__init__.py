"""The HTTP API (docs/formats.md §4): a FastAPI app built by `api.app.create_app()`."""
