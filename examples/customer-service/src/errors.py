"""Domain exceptions."""

from uuid import UUID


class CustomerNotFoundError(Exception):
    """Raised when a customer is not found."""

    def __init__(self, customer_id: UUID):
        self.customer_id = customer_id
        super().__init__(f"Customer {customer_id} not found")


# Deliberate violation (ERR004): exception names end with `Error`.
class PaymentDeclined(Exception):
    """Raised when the payment provider declines a charge."""


class DuplicateEmailError(ValueError):
    """Raised when an email address is already registered."""
