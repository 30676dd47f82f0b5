"""Runs a job's command and stops it, with everything it started, once Sluice is gone.

Usage: python3 sluice_job_guard.py <Sluice's process id> <command> [arguments...]

Sluice starts this guard as its child. Twice a second the guard checks that its parent is still the
process that started it and that Sluice still runs; once either is not so (Sluice was killed), it
kills the command's processes and exits with 143. Otherwise it exits as the command did (128 + N
when a signal N ended it). SIGTERM and SIGINT stop the command the same way.
"""

import os
import signal
import subprocess
import sys
import threading

CHECK_SECONDS = 0.5


def main():
    sluice = int(sys.argv[1])
    parent = os.getppid()
    child = subprocess.Popen(sys.argv[2:], start_new_session=True)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop(child.pid, "a signal"))
    # A thread blocks in wait() so that the command's end is seen at once (wait with a timeout polls
    # with growing sleeps); this thread checks on Sluice twice a second meanwhile.
    ended = threading.Event()
    threading.Thread(target=lambda: (child.wait(), ended.set()), daemon=True).start()
    while not ended.wait(CHECK_SECONDS):
        if os.getppid() != parent or not alive(sluice):
            stop(child.pid, "the Sluice process " + str(sluice) + " is gone")
    code = child.returncode
    sys.exit(code if code >= 0 else 128 - code)


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def stop(root, why):
    """Kills `root` and every process under it: the processes are found before any is killed (an
    orphan leaves the tree), and again a few times, so that a child forked meanwhile is caught.
    Then says why, if anyone still reads (a killed Sluice's end of the pipe is closed)."""
    known = {root}
    for _ in range(3):
        tree = children_by_parent()
        pending = list(known)
        while pending:
            for child in tree.get(pending.pop(), []):
                if child not in known:
                    known.add(child)
                    pending.append(child)
        for pid in known:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
    try:
        os.killpg(root, signal.SIGKILL)
    except OSError:
        pass
    try:
        sys.stderr.write("Sluice: stopped the job's processes: " + why + "\n")
        sys.stderr.flush()
    except OSError:
        pass
    os._exit(143)


def children_by_parent():
    """Every process's children, from /proc (none without /proc: the command's session is killed)."""
    children = {}
    try:
        entries = [entry for entry in os.listdir("/proc") if entry.isdigit()]
    except OSError:
        return children
    for entry in entries:
        try:
            with open("/proc/" + entry + "/stat") as stat:
                text = stat.read()
        except OSError:
            continue
        ppid = int(text[text.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    return children


if __name__ == "__main__":
    main()
