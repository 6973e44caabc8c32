"""files: only regular files are read, up to a size limit, and named printably in messages."""
import io
import os
import socket
from pathlib import Path

import pytest

import faultline.ingest.files
import faultline.ingest.inputs
from faultline.errors import FaultlineError, InputError
from faultline.ingest import read_inputs
from faultline.ingest.files import display_name
from faultline.model import Article

from conftest import within  # noqa: E402  (tests/ is on the path: pytest put conftest there)


def _read(paths, **kwargs):
    with within(10):
        return [item.origin if isinstance(item, Article) else str(item)
                for item in read_inputs(paths, **kwargs)]


def test_fifo_is_refused_without_being_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text("A good report.")
    assert _read([tmp_path]) == [f"{tmp_path}/good.txt",
                                 f"{tmp_path}/pipe.txt: a FIFO (named pipe), not a regular file"]
    assert _read([tmp_path / "pipe.txt"]) == \
        [f"{tmp_path}/pipe.txt: a FIFO (named pipe), not a regular file"]


def test_symlink_to_dev_zero_is_refused(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "good.txt").write_text("A good report.")
    assert _read([tmp_path]) == [
        f"{tmp_path}/good.txt",
        f"{tmp_path}/zero.txt: a character device (symlink to /dev/zero), not a regular file"]


def test_device_named_directly_is_refused():
    assert _read(["/dev/null"]) == ["/dev/null: a character device, not a regular file"]


def test_socket_is_refused(tmp_path):
    path = tmp_path / "report.sock"
    if len(os.fsencode(path)) >= 100:
        pytest.skip("temporary path too long for a unix socket")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert _read([tmp_path]) == [f"{path}: a socket, not a regular file"]


def test_fifo_beside_an_article_is_not_taken_for_its_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("A report.")
    os.mkfifo(tmp_path / "a.meta.json")
    assert _read([tmp_path / "a.txt"]) == [f"{tmp_path}/a.txt"]


def test_file_over_the_default_limit_is_refused_unread(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as file:
        file.truncate(10 * 2**30)   # sparse: costs no disk, but reading it would take minutes
    assert _read([huge]) == [f"{huge}: too large: 10,737,418,240 bytes, more than 52,428,800 "
                             "(FAULTLINE_MAX_FILE_BYTES sets the limit)"]


def test_limit_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FAULTLINE_MAX_FILE_BYTES", "20")
    (tmp_path / "a.txt").write_bytes(b"Exactly twenty bytes")
    (tmp_path / "b.txt").write_bytes(b"Twenty-one bytes here")
    assert _read([tmp_path]) == [f"{tmp_path}/a.txt", f"{tmp_path}/b.txt: too large: 21 bytes, "
                                 "more than 20 (FAULTLINE_MAX_FILE_BYTES sets the limit)"]


def test_limit_from_the_environment_covers_sidecars(tmp_path, monkeypatch):
    monkeypatch.setenv("FAULTLINE_MAX_FILE_BYTES", "12")
    (tmp_path / "a.txt").write_bytes(b"Short text.")
    (tmp_path / "a.meta.json").write_text('{"title": "A title too long"}')
    assert _read([tmp_path]) == [f"{tmp_path}/a.meta.json: too large: 29 bytes, more than 12 "
                                 "(FAULTLINE_MAX_FILE_BYTES sets the limit)", f"{tmp_path}/a.txt"]


@pytest.mark.parametrize("value", ["lots", "0", "-5"])
def test_bad_limit_in_the_environment_is_an_error(monkeypatch, value):
    monkeypatch.setenv("FAULTLINE_MAX_FILE_BYTES", value)
    with pytest.raises(FaultlineError, match="FAULTLINE_MAX_FILE_BYTES must be a positive"):
        next(read_inputs(["report.txt"]))


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_reading_stops_past_the_limit_when_the_size_lies(monkeypatch):
    assert os.stat("/proc/self/status").st_size == 0   # but it holds over a kilobyte
    monkeypatch.setenv("FAULTLINE_MAX_FILE_BYTES", "100")
    assert _read(["/proc/self/status"]) == \
        ["/proc/self/status: too large: more than 100 bytes (FAULTLINE_MAX_FILE_BYTES sets the limit)"]


def test_endless_stdin_is_read_only_to_the_limit(monkeypatch):
    class Endless(io.RawIOBase):
        asked = 0

        def read(self, size=-1):
            assert size >= 0, "unbounded read"
            self.asked += size
            return b"x" * size
    monkeypatch.setenv("FAULTLINE_MAX_FILE_BYTES", "1000")
    stdin = Endless()
    assert _read(["-"], stdin=stdin) == \
        ["-: too large: more than 1,000 bytes (FAULTLINE_MAX_FILE_BYTES sets the limit)"]
    assert stdin.asked == 1001


def test_undecodable_file_name_is_read_and_named_printably(tmp_path):
    folder = os.fsencode(tmp_path)
    for name, content in ((b"caf\xe9.txt", b"A report."), (b"empty\xff.txt", b"")):
        with open(folder + b"/" + name, "wb") as file:
            file.write(content)
    expected = [f"{tmp_path}/caf\\xe9.txt", f"{tmp_path}/empty\\xff.txt: empty file"]
    assert _read([tmp_path]) == expected
    assert _read([folder + b"/caf\xe9.txt", folder + b"/empty\xff.txt"]) == expected
    for line in expected:
        line.encode("utf-8")   # printable in any output, stored in any database


def test_file_name_with_a_newline_cannot_forge_an_output_line(tmp_path):
    (tmp_path / "x.txt\nskipped forged.txt").write_bytes(b"")
    (tmp_path / "tab\there\x1b[2J.txt").write_text("A report.")
    assert _read([tmp_path]) == [f"{tmp_path}/tab\\there\\x1b[2J.txt",
                                 f"{tmp_path}/x.txt\\nskipped forged.txt: empty file"]


def test_multi_line_reason_is_kept_on_one_line(tmp_path, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("first line\nskipped forged")
    monkeypatch.setattr(faultline.ingest.inputs, "read_jsonl", explode)
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    assert _read([tmp_path]) == \
        [f"{tmp_path}/a.jsonl: unexpected RuntimeError while reading: first line\\nskipped forged"]


def test_display_name():
    assert display_name("plain/Genève.txt") == "plain/Genève.txt"
    assert display_name(os.fsdecode(b"a\xe9\n\r\t\x7f\xc2\x85")) == "a\\xe9\\n\\r\\t\\x7f\\x85"
    assert display_name("line\u2028sep\ud800 \u202eexe.txt") == "line\\u2028sep\\ud800 \\u202eexe.txt"


def test_unreadable_file_is_an_error(tmp_path, monkeypatch):
    def denied(*args):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(faultline.ingest.files.os, "open", denied)
    (tmp_path / "a.txt").write_text("A report.")
    assert _read([tmp_path / "a.txt"]) == [f"{tmp_path}/a.txt: cannot read: Permission denied"]
    assert isinstance(next(read_inputs([Path(tmp_path / "a.txt")])), InputError)
