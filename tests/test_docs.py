"""Every CLI command and option is documented in the README."""
from pathlib import Path

import pytest

from faultline.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_is_documented(name):
    assert f"faultline {name}" in README


@pytest.mark.parametrize("name, option", sorted(
    (name, opt) for name, cmd in main.commands.items() for p in cmd.params for opt in p.opts
    if opt.startswith("--") and opt != "--help"))
def test_option_is_documented(name, option):
    assert option in README, f"{name} {option} is not in the README"


def test_readme_opens_with_the_two_setup_commands():
    lines = [line for line in README.splitlines() if line.startswith("make ")]
    assert [line.split()[1] for line in lines[:2]] == ["demo", "test"]
