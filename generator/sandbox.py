"""Run one contributed snippet contained: snippets come from strangers' pull requests.

The static rules in ``snippets.py`` refuse dangerous code, but they can be wrong, so the tests also
run every snippet under bubblewrap: a fresh scratch directory holding only the snippet, a small
/tmp as the one writable place, read-only system files and Python, no view of the repository, no network, no variable
of the caller's environment, its own PID namespace (nothing it starts outlives it), never as root,
and limits on CPU time, memory, file size, open files and processes.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

BWRAP = Path("/usr/bin/bwrap")
NOBODY = 65534
WORK = "/sandbox"  # the scratch directory, as the snippet sees it
CPU_SECONDS = 10
ADDRESS_SPACE = 2 << 30  # importing NumPy with one OpenBLAS thread peaks near 150 MiB of address space
FILE_SIZE = 4 << 20  # caps each file the snippet writes, its stdout and stderr included
TMP_SIZE = 16 << 20
OPEN_FILES = 64
PASSED_THROUGH = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")  # old OpenBLAS builds misbehave on some CPUs
# Run by the sandbox's Python, with -S (no site), when we are root: see _argv.
_BECOME_NOBODY = (
    f"import os, sys; os.setgroups([]); os.setresgid(*[{NOBODY}] * 3); "
    f"os.setresuid(*[{NOBODY}] * 3); os.execv(sys.argv[1], sys.argv[1:])"
)


class SandboxUnavailable(RuntimeError):
    """bubblewrap is not installed."""


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool


def run(code: str, *, timeout: float = 20.0) -> Run:
    """Run ``code`` as a script in the sandbox; its output is decoded as UTF-8."""
    if not BWRAP.exists():
        raise SandboxUnavailable(f"{BWRAP} is missing: install Debian's bubblewrap to run snippets")
    as_root = os.geteuid() == 0
    nproc = _processes_of(NOBODY if as_root else os.geteuid()) + 64  # the limit counts all of the uid's

    def limit() -> None:  # in the child before exec, so the limits hold for bwrap and the snippet
        for kind, value in (
            (resource.RLIMIT_CPU, CPU_SECONDS),
            (resource.RLIMIT_AS, ADDRESS_SPACE),
            (resource.RLIMIT_FSIZE, FILE_SIZE),
            (resource.RLIMIT_NOFILE, OPEN_FILES),
            (resource.RLIMIT_CORE, 0),
            (resource.RLIMIT_NPROC, nproc),
        ):
            hard = resource.getrlimit(kind)[1]  # an unprivileged user cannot raise a hard limit
            value = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(kind, (value, value))

    base = tempfile.mkdtemp(prefix="snippet-")  # private (0700): holds the output files and work/
    try:
        work = os.path.join(base, "work")
        os.mkdir(work)
        Path(work, "snippet.py").write_text(code, encoding="utf-8")
        if as_root:
            for path in (work, os.path.join(work, "snippet.py")):
                os.chown(path, NOBODY, NOBODY)
        with open(os.path.join(base, "stdout"), "w+b") as out, open(os.path.join(base, "stderr"), "w+b") as err:
            # Files, not pipes: RLIMIT_FSIZE caps them, so output cannot fill the parent's memory.
            proc = subprocess.Popen(
                _argv(work, as_root),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                env={},
                preexec_fn=limit,
                start_new_session=True,
            )
            timed_out = False
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
            finally:
                # always: killing bwrap ends the snippet's PID namespace and everything in it
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            texts = []
            for handle in (out, err):
                handle.seek(0)
                texts.append(handle.read(FILE_SIZE).decode("utf-8", errors="replace"))
        return Run(proc.returncode, texts[0], texts[1], timed_out)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _argv(work: str, as_root: bool) -> list[str]:
    argv = [str(BWRAP), "--ro-bind", "/usr", "/usr"]
    for top in ("/lib", "/lib64", "/bin", "/sbin"):  # symlinks into /usr on merged-/usr systems
        if os.path.islink(top):
            argv += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            argv += ["--ro-bind", top, top]
    if os.path.exists("/etc/ld.so.cache"):
        argv += ["--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    # /tmp first: the interpreter or the venv may live under it (a clone in a temporary folder),
    # and a later tmpfs would hide them
    argv += ["--dev", "/dev", "--proc", "/proc", "--perms", "1777", "--size", str(TMP_SIZE), "--tmpfs", "/tmp"]
    for prefix in dict.fromkeys((sys.base_prefix, sys.prefix)):  # the interpreter, and the venv with NumPy
        real = os.path.realpath(prefix)
        for parent in reversed(Path(real).parents[:-1]):  # bwrap would make them 0700: closed to nobody
            if parent != Path("/tmp"):
                argv += ["--perms", "0755", "--dir", str(parent)]
        argv += ["--ro-bind", real, real] + (["--symlink", real, prefix] if real != prefix else [])
    argv += [
        "--ro-bind",
        work,
        WORK,
        "--chdir",
        WORK,  # readable only: the capped /tmp is all it may write
        "--remount-ro",
        "/dev",
        "--remount-ro",
        "/proc",
        "--remount-ro",
        "/",  # no other memory to fill
        "--die-with-parent",
        "--new-session",
        "--clearenv",
        "--cap-drop",
        "ALL",
    ]
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1"}
    env.update({key: os.environ[key] for key in PASSED_THROUGH if key in os.environ})
    for key, value in env.items():
        argv += ["--setenv", key, value]
    command = [sys.executable, "-I", "-B", "-X", "utf8", "snippet.py"]
    if not as_root:
        return argv + ["--unshare-all", "--unshare-user", "--disable-userns", "--", *command]
    # bwrap keeps the caller's uid, and root's uid may write /proc/sys and ignores RLIMIT_NPROC. So
    # as root: no user namespace (it could map only root), and the snippet switches to nobody
    # before it starts, keeping no capability.
    return argv + [
        "--unshare-ipc",
        "--unshare-pid",
        "--unshare-net",
        "--unshare-uts",
        "--unshare-cgroup-try",
        "--cap-add",
        "CAP_SETUID",
        "--cap-add",
        "CAP_SETGID",
        "--",
        sys.executable,
        "-I",
        "-S",
        "-c",
        _BECOME_NOBODY,
        *command,
    ]


def _processes_of(uid: int) -> int:
    count = 0
    for entry in os.scandir("/proc"):
        with contextlib.suppress(OSError):  # gone meanwhile
            count += entry.name.isdigit() and entry.stat().st_uid == uid
    return count
