"""Customer domain models and API schemas."""

from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Dict, List, Optional
from uuid import UUID

from pydantic import BaseModel, Field

CustomerDict = dict[str, Any]

# Deliberate violation (NAM008): type aliases are PascalCase.
address_map = dict[str, "Address"]


class CustomerStatus(Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class Address(BaseModel):
    street: str
    city: str
    postal_code: str
    country: str = "DE"


class Customer(BaseModel):
    id: UUID
    name: str
    email: str
    status: CustomerStatus = CustomerStatus.ACTIVE
    # Deliberate violation (NAM007): mixedCase field name.
    createdAt: datetime
    # Deliberate violation (TYP004): Optional[X] instead of X | None.
    address: Optional[Address] = None
    # Deliberate violation (TYP005): typing.List instead of list.
    tags: List[str] = Field(default_factory=list)


class CustomerCreate(BaseModel):
    name: str
    email: str
    address: Address | None = None


class Invoice(BaseModel):
    customer_id: UUID
    amount: Decimal
    currency: str = "EUR"
    # Deliberate violation (TYP005): typing.Dict instead of dict.
    metadata: Dict[str, str] = Field(default_factory=dict)


class CustomerFilter:
    """Query parameters for listing customers."""

    # Deliberate violation (TYP003): class attributes need annotations.
    default_limit = 20
    max_limit: int = 100

    def __init__(self, status: CustomerStatus | None = None, limit: int = 20):
        self.status = status
        self.limit = min(limit, self.max_limit)
