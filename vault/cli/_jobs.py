"""Running a job from the command line: submit it, run it in this process (so a lone CLI needs no
worker), show its progress with a bar on a terminal, and print how it ended.

On PostgreSQL another worker may take the job first; this process then just follows it. Either way
the job runs once: the runner's claim decides.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

from vault.cli import CommandError

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.jobs import JobView
    from vault.policy import Actor

__all__ = ["follow", "run_here"]


def run_here(vault: Vault, actor: Actor, view: JobView, *, quiet: bool = False) -> JobView:
    """Run ``view``'s job in a thread of this process while following it; a failed or cancelled job is
    a :class:`CommandError` with its reason (exit status 1)."""
    from vault.jobs import worker_name

    runner = vault.job_runner(worker_name("cli"))
    failure: list[BaseException] = []

    def run() -> None:
        try:
            runner.run(view.id)
        except BaseException as error:  # noqa: BLE001 - reported below
            failure.append(error)

    thread = threading.Thread(target=run, name="vault job", daemon=True)
    thread.start()
    final = follow(vault, actor, view, quiet=quiet, alive=thread.is_alive)
    thread.join()
    if failure:
        raise failure[0]
    return final


def follow(vault: Vault, actor: Actor, view: JobView, *, quiet: bool = False, alive=None) -> JobView:  # type: ignore[no-untyped-def]
    """Poll the job until it ends, with a progress bar on a terminal (a line per stage otherwise)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    show = not quiet and sys.stderr.isatty()
    try:
        if not show:
            final = vault.jobs.wait(actor, view.id, poll=0.2)
        else:
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          transient=True) as bar:
                task = bar.add_task(view.kind, total=None)

                def update(current: JobView) -> None:
                    bar.update(task, description=f"{current.kind}: {current.stage or current.state}",
                               completed=current.done, total=current.total)

                final = vault.jobs.wait(actor, view.id, poll=0.2, on_progress=update)
    except KeyboardInterrupt:
        vault.jobs.cancel(actor, view.id)
        raise
    if final.state == "failed":
        raise CommandError(f"job {final.id} failed: {final.reason}")
    if final.state == "cancelled":
        raise CommandError(f"job {final.id} was cancelled")
    return final
