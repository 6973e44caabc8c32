from __future__ import annotations

import subprocess
import sys

import pytest

from faultline.errors import StoreError
from faultline.store import Store


def test_a_directory_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        Store(tmp_path)


def test_a_file_that_is_not_duckdb_is_a_store_error(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("these are not the bytes you are looking for\n" * 200)
    with pytest.raises(StoreError, match="notes.duckdb"):
        Store(path)


def test_a_file_locked_by_another_process_is_a_store_error(tmp_path):
    path = tmp_path / "locked.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(30)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="another process"):
            Store(path)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_missing_parent_folders_are_created(tmp_path):
    with Store(tmp_path / "a" / "b" / "f.duckdb") as store:
        assert store.counts()["documents"] == 0


def test_store_is_a_context_manager_and_close_is_idempotent():
    store = Store()
    with store:
        pass
    store.close()
