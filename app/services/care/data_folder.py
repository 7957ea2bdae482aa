"""Moving the data folder to another folder of this PC (``data-folder set``): the current
folder comes from ``app/os_paths.py``, the copy, its check and the switch from
``app/store/data_move.py``. No school file is open and no account acts: the move copies the
files this PC account can already read, and refuses while the program has them open."""

from __future__ import annotations

from pathlib import Path

from app import os_paths
from app.store.data_move import MoveResult, move_data_folder

__all__ = ["MoveResult", "move_to"]


def move_to(target: Path) -> MoveResult:
    """Copy the data folder in use to ``target``, check it, and use ``target`` from now on."""
    return move_data_folder(os_paths.data_dir(), target)
