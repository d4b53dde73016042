"""``diplograph eval`` (placeholder; being written)."""

import click


@click.command("eval")
def eval_command() -> None:
    """Score extraction against gold files."""
    raise click.ClickException("not yet built")
