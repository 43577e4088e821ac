"""The sources file of `skytruce watch`: what to read, how often, who speaks through it,
and the alert rules. Read whole and checked before anything runs; every problem names the
file, the line and the field.

```yaml
defaults: {interval: 10m, timeout: 20, max_bytes: 10MB}
sources:
  - name: Air Force bulletin
    url: https://example.org/feed.rss      # or a local path, relative to this file
    kind: feed                             # feed, page or tally; guessed when left out
    interval: 5m
    claimant: Ukrainian Air Force          # who speaks when a report names no one
alerts:
  - name: truce breaches
    when: {ceasefire: any, min_grade: weak}
    deliver: {webhook: https://example.org/hook, secret_env: HOOK_SECRET}
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from skytruce.corroborate import GRADES
from skytruce.errors import InputError, InputErrors
from skytruce.reference import source_registry

KINDS = ("feed", "page", "tally")
LEVELS = ("wave", "incident", "any")
SINKS = ("webhook", "command", "jsonl")
UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
SIZES = {"": 1, "b": 1, "kb": 1024, "mb": 1024 ** 2, "gb": 1024 ** 3}


@dataclass(frozen=True)
class Source:
    """One thing to poll: a feed, a web page or a tally CSV, at an http(s) URL or a path."""

    name: str
    url: str
    kind: str | None = None  # None: decided from what the fetch returns
    interval: float = 600.0
    claimant: str | None = None
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024

    @property
    def is_local(self) -> bool:
        return not self.url.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Delivery:
    """Where a rule's alerts go: one of a webhook, a command, or a JSON Lines file."""

    webhook: str | None = None
    secret: str | None = None  # the HMAC key of the webhook's signature header (from `secret_env`)
    command: tuple[str, ...] = ()
    jsonl: str | None = None
    timeout: float = 10.0
    max_attempts: int = 8
    retry_seconds: float = 30.0  # the first retry's delay; doubled after each failure, with jitter

    @property
    def target(self) -> str:
        """For people and the alerts page: where it goes."""
        if self.webhook:
            return self.webhook
        if self.command:
            return "command: " + " ".join(self.command)
        return f"file: {self.jsonl}"


@dataclass(frozen=True)
class Rule:
    """An alert rule: which new or regraded events it fires on, and where it sends them."""

    name: str
    deliver: Delivery
    ceasefire: str | None = None  # a ceasefire's name, or "any" declared or proposed one
    party: str | None = None
    weapon: str | None = None
    region: str | None = None
    level: str = "wave"  # wave, incident or any
    min_grade: str = "weak"


@dataclass
class WatchConfig:
    path: str
    sources: list[Source] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


class _LineLoader(yaml.SafeLoader):
    """Keeps the line each mapping starts on, so errors can name it."""


def _mapping_with_line(loader, node):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def seconds(value, what: str) -> float:
    """30, "30s", "5m", "1h", "1d" → seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(value))
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"{value!r} is not a duration (e.g. 90, 30s, 5m, 1h) for {what}")
    return float(match.group(1)) * UNITS[match.group(2)]


def size(value) -> int:
    match = re.fullmatch(r"\s*(\d+)\s*([kmg]?b?)\s*", str(value).lower())
    if not match or int(match.group(1)) <= 0:
        raise ValueError(f"{value!r} is not a size (e.g. 10MB, 500kB)")
    return int(match.group(1)) * SIZES[match.group(2)]


def _guess_kind(url: str) -> str | None:
    suffix = url.lower().split("?", 1)[0].rsplit(".", 1)[-1]
    return {"csv": "tally", "rss": "feed", "atom": "feed", "xml": "feed", "html": "page", "htm": "page"}.get(suffix)


class _Reader:
    """Collects every problem of the file rather than stopping at the first."""

    def __init__(self, path: str):
        self.path, self.errors = path, []

    def fail(self, entry: dict, field_name: str, message: str) -> None:
        self.errors.append(InputError(self.path, message, line=entry.get("__line__"), field=field_name))

    def source(self, entry, index: int, defaults: dict, base: Path) -> Source | None:
        where = f"sources[{index}]"
        if not isinstance(entry, dict):
            self.errors.append(InputError(self.path, "each source is a mapping with name and url", field=where))
            return None
        unknown = set(entry) - {"__line__", "name", "url", "kind", "interval", "claimant", "timeout", "max_bytes"}
        for key in sorted(unknown):
            self.fail(entry, f"{where}.{key}", "unknown key (name, url, kind, interval, claimant, timeout, max_bytes)")
        name, url = str(entry.get("name") or "").strip(), str(entry.get("url") or "").strip()
        if not name:
            self.fail(entry, f"{where}.name", "missing")
        if not url:
            self.fail(entry, f"{where}.url", "missing")
        elif not url.startswith(("http://", "https://")):
            local = Path(url.removeprefix("file://"))
            url = str(local if local.is_absolute() else (base / local).resolve())
        kind = entry.get("kind") or _guess_kind(url)
        if kind is not None and kind not in KINDS:
            self.fail(entry, f"{where}.kind", f"{kind!r}; choose from {', '.join(KINDS)}")
        claimant = entry.get("claimant")
        if claimant is not None and source_registry().lookup(str(claimant)) is None:
            self.fail(entry, f"{where}.claimant", f"{claimant!r} is not in the source registry (`skytruce sources`)")
        values = {}
        for key, parse in (("interval", lambda v: seconds(v, "interval")), ("timeout", lambda v: seconds(v, "timeout")),
                           ("max_bytes", size)):
            try:
                values[key] = parse(entry.get(key, defaults[key]))
            except ValueError as exc:
                self.fail(entry, f"{where}.{key}", str(exc))
        if len(values) < 3 or not name or not url:
            return None
        return Source(name, url, kind, values["interval"], str(claimant) if claimant else None, values["timeout"],
                      values["max_bytes"])

    def rule(self, entry, index: int, environ: dict) -> Rule | None:
        where = f"alerts[{index}]"
        if not isinstance(entry, dict):
            self.errors.append(InputError(self.path, "each alert rule is a mapping with name, when and deliver",
                                          field=where))
            return None
        before = len(self.errors)
        name = str(entry.get("name") or "").strip()
        if not name:
            self.fail(entry, f"{where}.name", "missing")
        when = entry.get("when") or {}
        if not isinstance(when, dict):
            self.fail(entry, f"{where}.when", "a mapping of conditions")
            when = {}
        for key in sorted(set(when) - {"__line__", "ceasefire", "party", "weapon", "region", "level", "min_grade"}):
            self.fail(when, f"{where}.when.{key}", "unknown condition (ceasefire, party, weapon, region, level, min_grade)")
        grade = when.get("min_grade", "weak")
        if grade not in GRADES:
            self.fail(when, f"{where}.when.min_grade", f"{grade!r}; choose from {', '.join(GRADES)}")
        if when.get("level") not in (None, *LEVELS):
            self.fail(when, f"{where}.when.level", f"{when['level']!r}; choose from {', '.join(LEVELS)}")
        party = when.get("party")
        if party is not None and not re.fullmatch(r"[A-Za-z]{2}", str(party)):
            self.fail(when, f"{where}.when.party", f"{party!r} is not a two-letter party code")
        deliver = self.delivery(entry.get("deliver"), entry, f"{where}.deliver", environ)
        if len(self.errors) > before or deliver is None:
            return None
        return Rule(name, deliver, when.get("ceasefire"), str(party).upper() if party else None, when.get("weapon"),
                    when.get("region"), when.get("level") or "wave", grade)

    def delivery(self, spec, parent: dict, where: str, environ: dict) -> Delivery | None:
        if not isinstance(spec, dict) or sum(1 for k in SINKS if spec.get(k)) != 1:
            self.fail(parent, where, "give exactly one of webhook (a URL), command (a list) or jsonl (a file)")
            return None
        options = {}
        for key, parse in (("timeout", lambda v: seconds(v, "timeout")), ("retry", lambda v: seconds(v, "retry")),
                           ("max_attempts", int)):
            if key in spec:
                try:
                    options[key] = parse(spec[key])
                except ValueError as exc:
                    self.fail(spec, f"{where}.{key}", str(exc))
        secret = None
        if spec.get("webhook"):
            if not str(spec["webhook"]).startswith(("http://", "https://")):
                self.fail(spec, f"{where}.webhook", "an http(s) URL")
            if spec.get("secret_env"):
                secret = environ.get(spec["secret_env"])
                if not secret:
                    self.fail(spec, f"{where}.secret_env", f"the environment variable {spec['secret_env']} is not set")
        command = spec.get("command") or ()
        if command and (not isinstance(command, list) or not all(isinstance(c, (str, int)) for c in command)):
            self.fail(spec, f"{where}.command", "a list: the program and its arguments")
            command = ()
        jsonl = spec.get("jsonl")  # an output: a relative path is taken from where the watcher runs
        return Delivery(webhook=spec.get("webhook"), secret=secret, command=tuple(str(c) for c in command),
                        jsonl=jsonl, timeout=options.get("timeout", 10.0), max_attempts=options.get("max_attempts", 8),
                        retry_seconds=options.get("retry", 30.0))


def load(path: str | Path, environ: dict | None = None) -> WatchConfig:
    """Read and check a sources file; raises InputErrors naming every problem."""
    import os
    environ = os.environ if environ is None else environ
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 (a SafeLoader)
    except OSError as exc:
        raise InputErrors([InputError(str(path), f"cannot read: {exc.strerror}")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputErrors([InputError(str(path), f"not valid YAML: {getattr(exc, 'problem', exc)}",
                                      line=mark.line + 1 if mark else None)]) from None
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list) or not data["sources"]:
        raise InputErrors([InputError(str(path), "expected a mapping with a non-empty list under 'sources'")])
    reader = _Reader(str(path))
    defaults = {"interval": "10m", "timeout": 20, "max_bytes": "10MB"} | {
        k: v for k, v in (data.get("defaults") or {}).items() if k != "__line__"}
    base = path.resolve().parent
    config = WatchConfig(str(path))
    for i, entry in enumerate(data["sources"]):
        source = reader.source(entry, i, defaults, base)
        if source:
            config.sources.append(source)
    for i, entry in enumerate(data.get("alerts") or []):
        rule = reader.rule(entry, i, environ)
        if rule:
            config.rules.append(rule)
    for kind, names in (("sources", [s.name for s in config.sources]), ("alerts", [r.name for r in config.rules])):
        for name in {n for n in names if names.count(n) > 1}:
            reader.errors.append(InputError(str(path), f"{name!r} is named twice", field=kind))
    if reader.errors:
        raise InputErrors(reader.errors)
    return config
