"""docker-compose.yml and .env.example stay valid and match the settings (no Docker engine here)."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_the_web_app_waits_for_a_healthy_postgresql():
    services = compose()["services"]
    assert services["db"]["image"].startswith("postgres:15")
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    assert services["web"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert services["web"]["env_file"] == ".env"
    assert "gunicorn natoarchive.wsgi" in services["web"]["command"]


def test_the_search_engine_service_is_offered_under_a_profile():
    search = compose()["services"]["search"]
    assert search["profiles"] == ["elasticsearch"]
    assert "elasticsearch:7." in search["image"]


def test_every_variable_in_env_example_is_read_by_the_settings():
    settings = (ROOT / "natoarchive" / "settings.py").read_text()
    names = re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M)
    assert len(names) > 10
    for name in names:
        assert f'"{name}"' in settings, f"{name} is documented but not read"


def test_every_variable_the_settings_read_is_documented():
    settings = (ROOT / "natoarchive" / "settings.py").read_text()
    example = (ROOT / ".env.example").read_text()
    for name in re.findall(r'env(?:str|bool|int|list|rate)\("([A-Z0-9_]+)"', settings):
        assert re.search(rf"^#?\s*{name}=", example, re.M), f"{name} is read but not documented"
