"""Three PCs' Syncthing on one machine (loopback), set up by the program: a journal written in
one PC's folder reaches the other two; with the hub stopped the others still exchange, and the
hub, started again, catches up. Needs the ``syncthing`` program (the test command installs
it); skipped where it is missing."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from after_school_desk.services.pcs import lan_sync

pytestmark = pytest.mark.skipif(not lan_sync.available(), reason="syncthing is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _arrives(path: Path, timeout_s: float = 90) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        if path.exists():
            return time.monotonic() - start
        time.sleep(0.1)
    raise AssertionError(f"{path} did not arrive in {timeout_s} s")


@pytest.fixture
def nodes(tmp_path: Path) -> Iterator[list[tuple[lan_sync.Node, Path]]]:
    made = []
    for name in ("hub", "class1", "gate"):
        node = lan_sync.Node(tmp_path / name / "st", _free_port(), _free_port())
        node.start()
        folder = tmp_path / name / "folder"
        node.configure(folder, name)
        made.append((node, folder))
    ids = [n.device_id() for n, _ in made]
    for i, (node, _) in enumerate(made):
        for j, (other, _) in enumerate(made):
            if i != j:
                node.pair(ids[j], f"pc{j}", f"tcp://127.0.0.1:{other.listen_port}")
    yield made
    for node, _ in made:
        node.stop()


def _journal(folder: Path, device: str, n: int) -> Path:
    path = folder / "journals" / device / f"{n:08d}.journal"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * 100)
    return path


def test_journals_reach_every_pc_and_the_hub_catches_up(
    nodes: list[tuple[lan_sync.Node, Path]],
) -> None:
    (hub, hub_dir), (_b, b_dir), (_c, c_dir) = nodes
    _journal(hub_dir, "hub", 1)
    first = max(_arrives(d / "journals/hub/00000001.journal") for d in (b_dir, c_dir))
    hub.stop()
    _journal(b_dir, "class1", 1)
    _arrives(c_dir / "journals/class1/00000001.journal")
    hub.start()
    _arrives(hub_dir / "journals/class1/00000001.journal")
    _journal(c_dir, "gate", 1)
    quick = _arrives(hub_dir / "journals/gate/00000001.journal")
    assert quick < 30, quick  # connected PCs: seconds, not minutes
    assert first < 90


def test_a_sign_in_on_a_class_pc_reaches_the_hub_within_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The program's own copies, each with its own Syncthing on its own folder: a sign-in on
    the class PC, its journal written, carried by Syncthing, applied on the hub."""
    from after_school_desk.services.daily import attendance
    from after_school_desk.services.pcs import sync
    from tests.unit.daily_school import DAY
    from tests.unit.sync_school import School, states

    school = School(tmp_path, monkeypatch)
    try:
        hub = school.hub()
        b = school.join("class1")
        nodes = {}
        for pc in (hub, b):
            sync.set_folder(pc.ctx, tmp_path / pc.name / "lan-folder", pc.name)
            monkeypatch.setenv("APP_CONFIG_DIR", str(pc.config))
            node = lan_sync.Node(pc.config / "syncthing", _free_port(), _free_port())
            nodes[pc.name] = lan_sync.start(pc.ctx, node)
        ids = {name: n.device_id() for name, n in nodes.items()}
        nodes["hub"].pair(ids["class1"], "class1", f"tcp://127.0.0.1:{nodes['class1'].listen_port}")
        nodes["class1"].pair(ids["hub"], "hub", f"tcp://127.0.0.1:{nodes['hub'].listen_port}")
        sync.now(hub.ctx)
        sync.now(b.ctx)
        assert school.roster is not None
        nid = sorted(school.roster.pupils)[0]
        # wait until the two are connected, as PCs that have been on for a while are
        deadline = time.monotonic() + 60
        while not any(nodes["hub"].connected().values()) and time.monotonic() < deadline:
            time.sleep(0.2)
        start = time.monotonic()
        attendance.sign_in(b.ctx, nid, at=f"{DAY}T16:05:00+08:00")
        sync.now(b.ctx)
        while states(school, hub).get(nid) != "present":
            assert time.monotonic() - start < 60, "the sign-in did not arrive"
            time.sleep(0.2)
            sync.now(hub.ctx)
        took = time.monotonic() - start
        print(f"sign-in on class1 to the hub's records over Syncthing: {took:.1f} s")
        assert took < 30
    finally:
        for n in locals().get("nodes", {}).values():
            n.stop()
        school.close()
