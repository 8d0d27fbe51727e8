"""Application entry point."""

from fastapi import FastAPI

from src.api.routes import router
from src.core.config import API_PREFIX, settings

app = FastAPI(title="customer-service", debug=settings.debug)
app.include_router(router, prefix=API_PREFIX)
