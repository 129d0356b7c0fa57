"""Running a job from the command line: submit it, run a worker in this process while it lasts (so a lone
command line needs no other worker), show its progress with a bar on a terminal, and say how it ended.

On PostgreSQL other workers may take the job (or its parts) first; this process then just follows it.
Either way each job runs once: the runner's claim decides.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from vault.cli import CommandError

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.jobs import JobView
    from vault.policy import Actor

__all__ = ["follow", "run_here"]


def run_here(vault: Vault, actor: Actor, view: JobView, *, quiet: bool = False) -> JobView:
    """Run jobs in this process (this one, and its parts) while following ``view``'s job; a failed or
    cancelled job is a :class:`CommandError` with its reason (exit status 1)."""
    from vault.jobs import worker_name

    vault.start_worker(name=worker_name("cli"))
    try:
        return follow(vault, actor, view, quiet=quiet)
    finally:
        if vault.jobs.engine is not None:
            vault.jobs.engine.close()


def follow(vault: Vault, actor: Actor, view: JobView, *, quiet: bool = False) -> JobView:
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
