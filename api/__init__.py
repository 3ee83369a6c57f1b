"""The HTTP API (CONTRACT §4): a FastAPI app built by `api.app.create_app()`."""
