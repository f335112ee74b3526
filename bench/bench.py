"""Benchmark: the emulator's vm_message against a bare ASGI endpoint, in one run.

Both servers run the same way (uvicorn, one worker, no access log) on the
loopback; a bounded async client sends a fixed number of requests at 1 and at
50 concurrent clients. Printed: requests per second, p50 / p99 latency, the
emulator's rate as a share of the bare endpoint's, the time from start to the
first answer, and the emulator's resident memory after the run. Nothing here
fails on a slow machine: the figures are printed whatever they are.

    python bench/bench.py [--requests 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
VM_MESSAGE = ("/agc/api.php?source=bench&user=6666&pass=1234&agent_user=1000"
              "&function=vm_message&value=EXship01|EXship02|EXship03")
TARGETS = ("targets: at least half the bare rate, p99 under 5 ms at 50 clients, "
           "start-up under 1.5 s, under 100 MB resident")


@dataclass
class Run:
    clients: int
    requests: int
    seconds: float
    latencies: list[float]
    errors: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(command: list[str], env: dict[str, str],
          url: str) -> tuple[subprocess.Popen[bytes], float]:
    """Start a server process; answer it and the seconds until its first answer."""
    began = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    deadline = began + 60
    while time.perf_counter() < deadline:
        try:
            if httpx.get(url, timeout=0.5).status_code < 500:
                return process, time.perf_counter() - began
        except httpx.HTTPError:
            time.sleep(0.02)
        if process.poll() is not None:
            output = process.stderr.read().decode() if process.stderr else ""
            raise SystemExit(f"server exited: {output}")
    process.kill()
    raise SystemExit(f"server at {url} did not answer within 60 s")


async def load(url: str, clients: int, total: int) -> Run:
    latencies: list[float] = []
    errors = 0
    remaining = total
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(session: httpx.AsyncClient) -> None:
        nonlocal remaining, errors
        while remaining > 0:
            remaining -= 1
            began = time.perf_counter()
            response = await session.get(url)
            latencies.append(time.perf_counter() - began)
            errors += response.status_code >= 500

    async with httpx.AsyncClient(limits=limits, timeout=30) as session:
        await session.get(url)  # warm the connection pool and the server
        began = time.perf_counter()
        await asyncio.gather(*(client(session) for _ in range(clients)))
        seconds = time.perf_counter() - began
    return Run(clients, len(latencies), seconds, latencies, errors)


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--requests", type=int, default=3000)
    args = options.parse_args()
    python = sys.executable
    runs: dict[str, list[Run]] = {}

    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, VICIEMU_DATABASE_URL=f"sqlite:///{work}/bench.sqlite3",
                   VICIEMU_LOG_LEVEL="WARNING")
        subprocess.run([python, "-m", "app.cli", "db", "upgrade"], env=env, cwd=ROOT,
                       check=True, capture_output=True)
        port = free_port()
        emulator, startup = start(
            [python, "-m", "app.cli", "serve", "--port", str(port)], env,
            f"http://127.0.0.1:{port}/agc/api.php?function=version")
        bare_port = free_port()
        bare, _ = start([python, "-m", "uvicorn", "bench.bare_app:app", "--port",
                         str(bare_port), "--log-level", "warning", "--no-access-log"],
                        env, f"http://127.0.0.1:{bare_port}/")
        try:
            for name, url in (("emulator vm_message", f"http://127.0.0.1:{port}{VM_MESSAGE}"),
                              ("bare ASGI text", f"http://127.0.0.1:{bare_port}/")):
                runs[name] = [asyncio.run(load(url, clients, args.requests))
                              for clients in (1, 50)]
            memory = resident_mb(emulator.pid)
        finally:
            for process in (emulator, bare):
                process.terminate()
                process.wait(timeout=10)

    print(f"{'endpoint':<22}{'clients':>8}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'5xx':>6}")
    for name, results in runs.items():
        for run in results:
            print(f"{name:<22}{run.clients:>8}{run.rate:>10.0f}{run.percentile(0.5):>9.2f}"
                  f"{run.percentile(0.99):>9.2f}{run.errors:>6}")
    for own, bare_run in zip(runs["emulator vm_message"], runs["bare ASGI text"], strict=True):
        print(f"ratio at {own.clients:>2} clients: emulator / bare = "
              f"{own.rate / bare_run.rate:.2f}")
    print(f"start-up to first answer: {startup:.2f} s")
    print(f"emulator resident memory after the run: {memory:.0f} MB")
    print(TARGETS)


if __name__ == "__main__":
    main()
