"""Use cases: each call is one transaction and returns plain dataclasses (no Qt, no ORM objects)."""
