"""Persistence for customers."""

import sqlite3
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from src.models.customer import Customer, CustomerCreate


class CustomerRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def get(self, customer_id: UUID) -> Customer | None:
        result = await self.session.execute(select(Customer).where(Customer.id == customer_id))
        return result.scalar_one_or_none()

    async def add(self, customer_id: UUID, payload: CustomerCreate) -> Customer:
        customer = Customer(id=customer_id, name=payload.name, email=payload.email)
        self.session.add(customer)
        await self.session.flush()
        return customer

    async def export_legacy(self, path: str) -> int:
        # Deliberate violation (ASY005): a sync database driver inside async def.
        connection = sqlite3.connect(path)
        # Deliberate violation (ASY004): blocking file I/O inside async def.
        with open(f"{path}.log", "a") as log_file:
            log_file.write("export started\n")
        # Deliberate violation (ASY005): queries on the sync connection block too.
        rows = connection.execute("SELECT count(*) FROM customers").fetchone()
        return rows[0]
