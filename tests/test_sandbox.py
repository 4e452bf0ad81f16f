"""The snippet sandbox holds against hostile code, with the static rules bypassed on purpose."""

from __future__ import annotations

import json
import os
import socket
import textwrap
import time
import types
from pathlib import Path

import pytest

from generator import sandbox

ROOT = Path(__file__).resolve().parent.parent


def require_bwrap() -> None:
    if sandbox.BWRAP.exists():
        return
    if os.environ.get("CI"):  # in CI a missing sandbox is a failure, never a skip
        pytest.fail(f"{sandbox.BWRAP} is missing: .ci/run installs Debian's bubblewrap")
    pytest.skip(f"{sandbox.BWRAP} is missing: install Debian's bubblewrap to run snippets")


def run(code: str, **kwargs) -> sandbox.Run:
    require_bwrap()
    return sandbox.run(textwrap.dedent(code), **kwargs)


def test_numpy_imports_and_computes() -> None:
    result = run("""
        import numpy as np
        a = np.array([[2.0, 1.0], [1.0, 3.0]])
        print(np.linalg.solve(a, [3.0, 5.0]).round(6).tolist(), int((a @ a).sum()))
    """)
    assert (result.returncode, result.stdout) == (0, "[0.8, 1.4] 25\n"), result.stderr


def test_no_variable_of_the_caller_leaks(monkeypatch) -> None:
    monkeypatch.setenv("SNIPPET_CANARY", "canary-7f3a")
    for key in sandbox.PASSED_THROUGH:  # the machine's values, or a stand-in: passed through unchanged
        monkeypatch.setenv(key, os.environ.get(key, "stand-in"))
    result = run("import json, os\nprint(json.dumps(dict(os.environ)))\n")
    seen = json.loads(result.stdout)
    assert "canary-7f3a" not in result.stdout
    assert set(seen) <= {"PATH", "LC_ALL", "OPENBLAS_NUM_THREADS", "PWD", *sandbox.PASSED_THROUGH}
    assert {k: seen[k] for k in sandbox.PASSED_THROUGH} == {k: os.environ[k] for k in sandbox.PASSED_THROUGH}
    assert seen["OPENBLAS_NUM_THREADS"] == "1"


def test_the_snippet_is_not_root_and_cannot_touch_kernel_settings() -> None:
    result = run("""
        import os
        print(os.getuid() != 0, os.geteuid() != 0)
        try:
            os.close(os.open("/proc/sys/kernel/core_pattern", os.O_WRONLY))
            print("writable")
        except OSError as err:
            print("refused", type(err).__name__)
    """)
    assert result.stdout.splitlines()[0] == "True True", result.stderr
    assert result.stdout.splitlines()[1].startswith("refused")


def test_processes_are_limited() -> None:
    uid = sandbox.NOBODY if os.geteuid() == 0 else os.geteuid()
    enough = sandbox._processes_of(uid) + 64 + 32  # more than RLIMIT_NPROC allows
    result = run(f"""
        import subprocess
        started = []
        try:
            for _ in range({enough}):
                started.append(subprocess.Popen(["sleep", "5"]))
            print("all started")
        except OSError as err:
            print("stopped", err.strerror)
    """)
    assert result.stdout.startswith("stopped"), result.stdout + result.stderr


def test_the_repository_cannot_be_read_or_written() -> None:
    target = ROOT / "sandbox-escape.txt"
    assert (ROOT / "README.md").is_file() and not target.exists()
    result = run(f"""
        for action in (lambda: open({str(ROOT / "README.md")!r}).read(),
                       lambda: open({str(target)!r}, "w").write("escaped")):
            try:
                action()
                print("allowed")
            except OSError as err:
                print("refused", type(err).__name__)
    """)
    read, write = result.stdout.splitlines()
    assert read == "refused FileNotFoundError", result.stderr
    # A checkout under /tmp (a fresh clone in CI) appears inside the sandbox only as empty folders of
    # its private /tmp, where an unprivileged run may write: what matters is that nothing reaches
    # the real repository.
    assert write.startswith("refused") or ROOT.is_relative_to("/tmp"), result.stdout
    assert not target.exists()


def test_the_network_is_unreachable() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        result = run(f"""
            import socket
            try:
                socket.create_connection(("127.0.0.1", {port}), timeout=2)
                print("connected")
            except OSError as err:
                print("refused", type(err).__name__)
        """)
        listener.settimeout(0)
        with pytest.raises(BlockingIOError):
            listener.accept()
    assert result.stdout.startswith("refused"), result.stdout + result.stderr


def _processes_carrying(token: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if token.encode() in (entry / "cmdline").read_bytes():
                found.append(entry.name)
        except OSError:  # not a process, or gone meanwhile
            pass
    return found


def test_background_processes_die_with_the_snippet() -> None:
    # Two children try to outlive the run: one started in a new session, one a double-forked daemon.
    # Both become a sleeping process carrying a unique token, so any survivor can be found in /proc.
    token = f"survivor-{os.getpid()}-{time.monotonic_ns()}"
    result = run(f"""
        import os, subprocess, sys
        sleeper = [sys.executable, "-c", "import time; time.sleep(30)", "{token}"]
        subprocess.Popen(sleeper, start_new_session=True)
        if os.fork() == 0:  # a daemon: double fork, new session
            os.setsid()
            if os.fork() == 0:
                os.execv(sys.executable, sleeper)
            os._exit(0)
        print("started", len(os.listdir("/proc")) > 0)
    """)
    assert result.stdout == "started True\n", result.stderr
    time.sleep(0.5)
    assert _processes_carrying(token) == []


def test_the_work_directory_is_removed(monkeypatch) -> None:
    made = []
    real = sandbox.tempfile.mkdtemp
    fake = types.SimpleNamespace(mkdtemp=lambda **kw: made.append(real(**kw)) or made[-1])
    monkeypatch.setattr(sandbox, "tempfile", fake)
    assert run("print('hi')").stdout == "hi\n"
    assert made and not os.path.exists(made[0])


def test_an_endless_loop_is_stopped() -> None:
    start = time.monotonic()
    result = run("while True:\n    pass\n", timeout=2)
    assert result.timed_out or result.returncode != 0
    assert time.monotonic() - start < 5


def test_a_huge_allocation_fails() -> None:
    result = run("data = bytearray(6 << 30)\nprint('allocated')\n")
    assert result.returncode != 0 and "MemoryError" in result.stderr


def test_a_huge_file_is_stopped() -> None:
    result = run("""
        written = 0
        try:
            with open("big", "wb") as handle:
                for _ in range(100):
                    handle.write(b"x" * (1 << 20))
                    handle.flush()
                    written += 1 << 20
        except OSError as err:
            print("stopped", type(err).__name__, written <= (4 << 20))
    """)
    assert result.stdout == "stopped OSError True\n", result.stdout + result.stderr


def test_tmp_is_small() -> None:
    result = run("""
        written = 0
        try:
            for i in range(50):  # many files, each under the file-size limit
                with open(f"/tmp/part-{i}", "wb") as handle:
                    handle.write(b"x" * (2 << 20))
                written += 2 << 20
        except OSError as err:
            print("stopped", err.strerror, written <= (16 << 20))
    """)
    assert result.stdout == "stopped No space left on device True\n", result.stdout + result.stderr


def test_output_is_capped_and_decoded() -> None:
    result = run("import sys\nsys.stdout.buffer.write(b'caf\\xc3\\xa9 \\xff\\n')\nprint('x' * (64 << 20))\n")
    assert result.stdout.startswith("café \ufffd\n")
    assert len(result.stdout) <= sandbox.FILE_SIZE and "File too large" in result.stderr


def test_missing_bwrap_says_what_to_install(monkeypatch) -> None:
    monkeypatch.setattr(sandbox, "BWRAP", Path("/nonexistent/bwrap"))
    with pytest.raises(sandbox.SandboxUnavailable, match="bubblewrap"):
        sandbox.run("print(1)")
