"""Business logic for customer accounts."""

import asyncio
import logging
import time
from typing import Any
from uuid import UUID, uuid4

import httpx
import requests

from src.core.config import settings
from src.errors import CustomerNotFoundError, PaymentDeclined
from src.models.customer import Customer, CustomerCreate
from src.repositories.customer_repository import CustomerRepository

logger = logging.getLogger(__name__)


class CustomerService:
    """Coordinates the repository and the payment provider."""

    def __init__(self, repository: CustomerRepository):
        self.repository = repository

    async def get_customer(self, customer_id: UUID) -> Customer | None:
        return await self.repository.get(customer_id)

    async def require_customer(self, customer_id: UUID) -> Customer:
        customer = await self.repository.get(customer_id)
        if customer is None:
            raise CustomerNotFoundError(customer_id)
        return customer

    async def create_customer(self, payload: CustomerCreate) -> Customer:
        customer = await self.repository.add(uuid4(), payload)
        logger.info("created customer %s", customer.id)
        return customer

    async def fetch_credit_score(self, customer_id: UUID) -> dict[str, Any]:
        async with httpx.AsyncClient(base_url=settings.payments_api_url) as client:
            response = await client.get(f"/credit/{customer_id}")
            response.raise_for_status()
            return response.json()

    async def charge(self, customer_id: UUID, amount_cents: int) -> str:
        # Deliberate violation (ASY001): a blocking HTTP call inside async def.
        response = requests.post(
            f"{settings.payments_api_url}/charges",
            json={"customer": str(customer_id), "amount": amount_cents},
            timeout=10,
        )
        if response.status_code == 402:
            raise PaymentDeclined(response.text)
        return response.json()["charge_id"]

    async def retry_charge(self, customer_id: UUID, amount_cents: int) -> str:
        for attempt in range(3):
            try:
                return await self.charge(customer_id, amount_cents)
            except PaymentDeclined:
                raise
            except httpx.HTTPError:
                logger.warning("charge attempt %d failed", attempt)
                # Deliberate violation (ASY002): time.sleep blocks the event loop.
                time.sleep(2**attempt)
        raise RuntimeError("payment provider unavailable")

    async def wait_for_settlement(self, charge_id: str) -> None:
        await asyncio.sleep(1)
        logger.debug("settled %s", charge_id)

    # Deliberate violation (TYP001, TYP002): no type hints.
    def calculate_total(self, items, tax_rate):
        return sum(item.price for item in items) * (1 + tax_rate)

    # Deliberate violation (NAM003): function names are snake_case.
    def formatDisplayName(self, customer: Customer) -> str:
        return customer.name.title()
