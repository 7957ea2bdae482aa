"""Globally unique text ids for rows that may travel between PCs."""

import uuid


def new_id() -> str:
    return str(uuid.uuid4())
