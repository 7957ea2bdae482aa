"""The PyInstaller spec and what it builds, without building (that takes minutes:
``build_spec/build.sh``): the input-method plugins Chinese typing on Linux needs, the window and
the command-line program, and — when a bundle has been built into ``build_spec/dist`` — that
the plugins are really in it. Also the Windows installer script and CI workflow, which cannot
run here: that they say what README promises."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_spec" / "after_school_desk.spec"
BUNDLE = ROOT / "build_spec" / "dist" / "after-school-desk"
PYSIDE_PLUGINS = "PySide6/Qt/plugins/platforminputcontexts"
ISS = ROOT / "build_spec" / "windows" / "after_school_desk.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def spec_constant(name: str) -> object:
    """A constant assigned in the spec (the spec itself only runs inside PyInstaller)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def shipped_plugins() -> set[str]:
    """The input-method plugins of the installed PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforminputcontexts"
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def test_the_spec_lists_the_input_method_plugins() -> None:
    wanted = spec_constant("INPUT_CONTEXT_PLUGINS")
    assert isinstance(wanted, tuple)
    for name in (
        "libibusplatforminputcontextplugin.so",
        "libfcitx5platforminputcontextplugin.so",
        "libfcitxplatforminputcontextplugin.so",
        "libcomposeplatforminputcontextplugin.so",
    ):
        assert name in wanted
    text = SPEC.read_text(encoding="utf-8")
    assert 'KEEP_PLUGINS["platforminputcontexts"] = {' in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux plugins")
def test_every_input_method_plugin_pyside_ships_for_typing_is_kept() -> None:
    shipped = shipped_plugins()
    if not shipped:
        pytest.skip("this PySide6 has no platforminputcontexts folder")
    wanted = set(spec_constant("INPUT_CONTEXT_PLUGINS"))  # type: ignore[call-overload]
    assert "libibusplatforminputcontextplugin.so" in shipped
    # everything shipped is kept except the virtual keyboard (needs QtQuick, not bundled)
    assert {n for n in shipped if "virtualkeyboard" not in n} <= wanted


def test_the_spec_builds_a_window_and_a_command_line_program() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert spec_constant("GUI_NAME") == "after-school-desk"
    assert spec_constant("CLI_NAME") == "after-school-desk-cli"
    assert re.search(r"SEPARATE_CLI = sys\.platform == \"win32\"", text)
    assert "_program(GUI_NAME, console=not SEPARATE_CLI)" in text  # windowed on Windows
    assert "_program(CLI_NAME, console=True)" in text
    assert re.search(r"COLLECT\(\s*# noqa: F821\s*\*programs,", text)


@pytest.mark.skipif(not (BUNDLE / "_internal").is_dir(), reason="no bundle built (build.sh)")
def test_a_built_bundle_has_both_programs_and_the_plugins() -> None:
    exe = ".exe" if sys.platform == "win32" else ""
    assert (BUNDLE / f"after-school-desk{exe}").is_file()
    assert (BUNDLE / f"after-school-desk-cli{exe}").exists()
    if not sys.platform.startswith("linux"):
        return
    folder = BUNDLE / "_internal" / PYSIDE_PLUGINS
    bundled = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    wanted = set(spec_constant("INPUT_CONTEXT_PLUGINS"))  # type: ignore[call-overload]
    assert "libibusplatforminputcontextplugin.so" in bundled
    assert bundled <= wanted  # nothing else (the virtual keyboard stays out)
    assert wanted & shipped_plugins() <= bundled  # every wanted one the wheel has


def test_the_windows_installer_keeps_the_schools_data() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    assert "UNTESTED" in text
    assert "PrivilegesRequired=lowest" in text
    assert r"DefaultDirName={localappdata}\Programs" in text.replace("{userpf}", "")
    assert "ChineseSimplified.isl" in text and "Default.isl" in text
    assert "{userdesktop}" in text or "{autodesktop}" in text
    assert "after-school-desk-cli.exe" in text and "after-school-desk.exe" in text
    sections = {line.strip() for line in text.splitlines() if line.startswith("[")}
    assert "[UninstallDelete]" not in sections  # the uninstaller removes only what it installed
    assert "AfterSchoolDesk" not in text.split("[Files]", 1)[1].split("[Icons]", 1)[0]


def test_the_windows_workflow_builds_tests_and_packages() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "UNTESTED" in text
    assert "windows-" in text and 'python-version: "3.11"' in text
    assert "-c constraints.txt" in text
    assert "QT_QPA_PLATFORM: offscreen" in text
    assert "build_spec/after_school_desk.spec" in text
    assert "after-school-desk-cli.exe --help" in text
    assert "demo" in text and " check" in text
    assert "ISCC" in text and "after_school_desk.iss" in text
