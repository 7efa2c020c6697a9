"""``sdp``: the admin CLI. Thin adapters over the services in pipeline.core and workers."""

from __future__ import annotations

import logging

import click

from config.logging import configure_logging
from pipeline.cli.cmd_access import access
from pipeline.cli.cmd_api import api_group
from pipeline.cli.cmd_backup import backup_group, restore, startup_check
from pipeline.cli.cmd_config import config_group
from pipeline.cli.cmd_data import export, logs
from pipeline.cli.cmd_encryption import encryption_group, key_check
from pipeline.cli.cmd_kb import heal, kb_group
from pipeline.cli.cmd_keys import keys_group
from pipeline.cli.cmd_lineage import lineage, replay
from pipeline.cli.cmd_privacy import consent_group, policy_group, privacy_group
from pipeline.cli.cmd_quality import history, label, quality
from pipeline.cli.cmd_retention import retention_group
from pipeline.cli.cmd_run import run, status
from pipeline.cli.cmd_schedule import schedule
from pipeline.cli.cmd_schema import schema_group
from pipeline.cli.cmd_sources import activate, add, list_sources, remove
from pipeline.cli.cmd_tasks import tasks_group
from pipeline.cli.cmd_versions import edit, eject, pin, rollback, show, unpin, versions
from pipeline.cli.context import AppContext
from pipeline.cli.errors import FriendlyGroup


@click.group(cls=FriendlyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Show the product's log lines on stderr.")
@click.version_option(package_name="smart-data-pipeline", prog_name="sdp")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Smart Data Pipeline: give it a URL, get a spider that runs, heals and keeps your data.

    \b
    Quick start:
      sdp add https://example.com/products --name products
      sdp export products --format csv --output products.csv
    """
    app = ctx.ensure_object(AppContext)
    app.verbose = verbose
    if ctx.invoked_subcommand != "config":
        logging_settings = app.settings.logging
        if not verbose:
            # Commands print their own progress; the log is for workers (`sdp run`) and for -v.
            logging_settings = logging_settings.model_copy(update={"level": "WARNING"})
        configure_logging(logging_settings)
        if not verbose:
            # The audit trail is in the database (`sdp logs`); the command prints the outcome.
            logging.getLogger("pipeline.core.audit").setLevel(logging.CRITICAL)
        startup_check(app, ctx.invoked_subcommand)
        key_check(app, ctx.invoked_subcommand)
    else:
        logging.getLogger().setLevel(logging.WARNING)


for command in (
    add,
    list_sources,
    remove,
    activate,
    run,
    status,
    export,
    logs,
    config_group,
    show,
    versions,
    tasks_group,
    schedule,
    lineage,
    replay,
    edit,
    pin,
    unpin,
    rollback,
    eject,
    kb_group,
    heal,
    quality,
    history,
    label,
    schema_group,
    consent_group,
    policy_group,
    privacy_group,
    backup_group,
    restore,
    encryption_group,
    retention_group,
    keys_group,
    api_group,
    access,
):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="sdp")


if __name__ == "__main__":
    main()
