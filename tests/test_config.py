"""Settings resolve in one fixed order: flag, then environment, then default."""

import pytest

from summarise.config import EMBEDDED_MODEL, resolve_settings
from summarise.errors import ConfigError


def test_defaults_use_the_embedded_model():
    s = resolve_settings()
    assert s.embedded and s.model == EMBEDDED_MODEL and s.mode == "llamacpp"
    assert s.timeout == 600 and s.retries == 3


def test_environment_overrides_defaults_and_flags_override_environment(monkeypatch):
    monkeypatch.setenv("SUMMARISE_BASE_URL", "http://127.0.0.1:9999/v1/")
    monkeypatch.setenv("SUMMARISE_MODEL", "env-model")
    monkeypatch.setenv("SUMMARISE_TIMEOUT", "12.5")
    monkeypatch.setenv("SUMMARISE_RETRIES", "7")
    s = resolve_settings()
    assert (s.base_url, s.model, s.timeout, s.retries) == (
        "http://127.0.0.1:9999/v1",
        "env-model",
        12.5,
        7,
    )
    assert s.mode == "json"  # a generic OpenAI-compatible server
    s = resolve_settings(base_url="http://localhost:1/v1", model="flag-model", timeout=3, retries=0)
    assert (s.base_url, s.model, s.timeout, s.retries) == (
        "http://localhost:1/v1",
        "flag-model",
        3,
        0,
    )


def test_openai_gets_structured_outputs_and_needs_a_key(monkeypatch):
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        resolve_settings(base_url="https://api.openai.com/v1", model="gpt-4o-mini")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-real")
    s = resolve_settings(base_url="https://api.openai.com/v1", model="gpt-4o-mini")
    assert s.mode == "json_schema" and s.api_key == "sk-test-not-real"
    assert "sk-test" not in repr(s)  # the key never shows in a repr or log line


def test_remote_endpoint_needs_a_model_name():
    with pytest.raises(ConfigError, match="SUMMARISE_MODEL"):
        resolve_settings(base_url="http://127.0.0.1:8000/v1")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("SUMMARISE_TIMEOUT", "soon", "not a number"),
        ("SUMMARISE_RETRIES", "-1", "negative"),
        ("SUMMARISE_BASE_URL", "localhost:8080", "not an http"),
    ],
)
def test_bad_settings_say_what_is_wrong(monkeypatch, name, value, message):
    monkeypatch.setenv(name, value)
    monkeypatch.setenv("SUMMARISE_MODEL", "m")
    with pytest.raises(ConfigError, match=message):
        resolve_settings()


def test_unknown_mode_is_refused():
    with pytest.raises(ConfigError, match="unknown output mode"):
        resolve_settings(mode="xml")
