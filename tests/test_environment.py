"""environment.yml, requirements.txt and requirements.lock agree on packages and versions."""

import re

import yaml

from analysis.paths import ROOT


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(lines):
    pins = {}
    for line in lines:
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            name, _, version = line.partition("==")
            pins[_normal(name)] = version
    return pins


def test_environment_yml_lists_the_requirements_at_the_same_versions():
    requirements = _pins((ROOT / "requirements.txt").read_text().splitlines())
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    listed = {}
    for item in environment["dependencies"]:
        if isinstance(item, dict):
            listed.update(_pins(item["pip"]))
        elif "=" in item:
            name, version = item.split("=", 1)
            listed[_normal(name)] = version
    python = listed.pop("python")
    assert python == "3.11"
    assert listed == requirements


def test_lock_pins_every_requirement_at_the_same_version():
    requirements = _pins((ROOT / "requirements.txt").read_text().splitlines())
    lock = _pins((ROOT / "requirements.lock").read_text().splitlines())
    assert all(lock.get(name) == version for name, version in requirements.items()), \
        {n: (v, lock.get(n)) for n, v in requirements.items() if lock.get(n) != v}
    assert all(version for version in lock.values()), "every locked package has a version"
