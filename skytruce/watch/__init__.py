"""Watching sources: poll feeds, pages and tally CSVs as a good citizen, store what is new
(a changed report as a revision), and alert on events that match a rule.

    config = load("sources.yaml")
    Watcher(Skytruce(Ledger.open()), config).run(once=True)
"""

from skytruce.watch.config import Delivery, Rule, Source, WatchConfig, load
from skytruce.watch.runner import Totals, Watcher

__all__ = ["Delivery", "Rule", "Source", "Totals", "WatchConfig", "Watcher", "load"]
