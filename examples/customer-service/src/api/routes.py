"""HTTP routes for customer accounts."""

import logging
from uuid import UUID

# Deliberate violation (IMP001): third-party imports belong before first-party ones, and
# `HTTPException, APIRouter` is not in isort order.
from src.errors import CustomerNotFoundError, PaymentDeclined
from fastapi import HTTPException, APIRouter, Depends, status

from src.models.customer import Customer, CustomerCreate
from src.services.customer_service import CustomerService

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/customers", tags=["customers"])


def get_service() -> CustomerService:
    raise NotImplementedError


@router.get("/{customer_id}")
async def get_customer(customer_id: UUID, service: CustomerService = Depends(get_service)) -> Customer:
    try:
        return await service.require_customer(customer_id)
    except CustomerNotFoundError as e:
        logger.warning(f"Customer lookup failed: {e}")
        raise HTTPException(status_code=404, detail="Customer not found")


@router.post("/", status_code=status.HTTP_201_CREATED)
async def create_customer(payload: CustomerCreate, service: CustomerService = Depends(get_service)) -> Customer:
    try:
        return await service.create_customer(payload)
    except Exception as e:
        # Deliberate violation (ERR002, ERR005, ERR007): broad except, exception text sent to the
        # client, and nothing logged server-side.
        raise HTTPException(status_code=500, detail=str(e))


@router.post("/{customer_id}/charges")
async def charge_customer(customer_id: UUID, amount_cents: int, service: CustomerService = Depends(get_service)) -> dict[str, str]:
    try:
        charge_id = await service.charge(customer_id, amount_cents)
    except PaymentDeclined:
        # Deliberate violation (ERR007): turned into an HTTP error without a server-side log.
        raise HTTPException(status_code=402, detail="Payment declined")
    return {"charge_id": charge_id}


@router.delete("/{customer_id}")
async def delete_customer(customer_id: UUID, service: CustomerService = Depends(get_service)) -> None:
    try:
        await service.require_customer(customer_id)
    # Deliberate violation (ERR001, ERR006): bare except that swallows every error.
    except:
        pass
    if customer_id.int == 0:
        # Deliberate violation (ERR003): raise a specific exception class.
        raise Exception("cannot delete the system customer")
