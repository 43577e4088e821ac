"""Delivery: the webhook's signature, a JSON Lines file that never holds a key twice (also
after a crash left a torn line, or another process wrote it), and a command's exit."""

import hashlib
import hmac
import json
import sys

import pytest

from skytruce.watch.config import Delivery
from skytruce.watch.delivery import DeliveryFailed, Sender, body_of, signature


def test_the_signature_is_an_hmac_of_timestamp_and_body():
    body = body_of({"key": "k1", "event": {"id": "e1"}})
    expected = hmac.new(b"secret", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert signature("secret", "1700000000", body) == "sha256=" + expected


def test_a_jsonl_file_holds_each_key_once(tmp_path):
    path = tmp_path / "out" / "alerts.jsonl"
    target = Delivery(jsonl=str(path))
    assert Sender().send(target, "k1", {"key": "k1", "n": 1}) == "appended"
    assert Sender().send(target, "k1", {"key": "k1", "n": 1}) == "already in the file"  # a new process reads it first
    with open(path, "ab") as handle:
        handle.write(b'{"key": "k2", "n": ')  # a line torn by a crash
    sender = Sender()
    assert sender.send(target, "k3", {"key": "k3"}) == "appended"
    assert sender.send(target, "k3", {"key": "k3"}) == "already in the file"
    lines = path.read_bytes().split(b"\n")
    assert [json.loads(line)["key"] for line in lines if line.startswith(b"{") and line.endswith(b"}")] == ["k1", "k3"]
    path.write_text("")  # rotated
    assert sender.send(target, "k1", {"key": "k1"}) == "appended"


def test_a_command_gets_the_alert_on_its_input_and_a_failure_is_reported(tmp_path):
    script = tmp_path / "hook.py"
    script.write_text("import json, os, sys\nbody = json.load(sys.stdin)\n"
                      "sys.exit(0 if body['key'] == os.environ['SKYTRUCE_ALERT_KEY'] else 3)\n")
    sender = Sender()
    assert sender.send(Delivery(command=(sys.executable, str(script))), "k1", {"key": "k1"}) == "exit 0"
    with pytest.raises(DeliveryFailed, match="command exited 3"):
        sender.send(Delivery(command=(sys.executable, str(script))), "k1", {"key": "other"})
    with pytest.raises(DeliveryFailed) as missing:
        sender.send(Delivery(command=("/no/such/program",)), "k1", {"key": "k1"})
    assert missing.value.permanent


def test_a_webhook_that_refuses_for_good_is_not_retried(receiver):
    sender = Sender()
    with pytest.raises(DeliveryFailed) as refused:  # the wrong secret: 401, final
        sender.send(Delivery(webhook=receiver.url, secret="wrong"), "k1", {"key": "k1"})
    assert refused.value.permanent and str(refused.value) == "HTTP 401"
    with pytest.raises(DeliveryFailed) as busy:  # the receiver fails twice: retried
        sender.send(Delivery(webhook=receiver.url, secret="s3cret"), "k1", {"key": "k1"})
    assert not busy.value.permanent
    with pytest.raises(DeliveryFailed, match="ConnectError"):
        sender.send(Delivery(webhook="http://127.0.0.1:9/none", timeout=1), "k1", {"key": "k1"})
