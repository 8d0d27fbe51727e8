"""Application settings, loaded from the environment."""

from functools import lru_cache
from typing import Final

from pydantic_settings import BaseSettings, SettingsConfigDict

API_PREFIX: Final = "/api/v1"
MAX_RETRY_COUNT = 3

# Deliberate violation (NAM006): a module-level constant must be UPPER_SNAKE_CASE.
default_page_size = 50

# Deliberate violation (NAM006): mixedCase module-level name.
requestTimeout = 10.0


class Settings(BaseSettings):
    """Service configuration."""

    model_config = SettingsConfigDict(env_prefix="CUSTOMERS_")

    database_url: str = "postgresql+asyncpg://localhost/customers"
    payments_api_url: str = "https://payments.internal.example.com"
    billing_api_key: str = ""
    debug: bool = False


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
