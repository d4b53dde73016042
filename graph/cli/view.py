"""``diplograph view`` (placeholder; being written)."""

import click


@click.command()
def view() -> None:
    """Open the interactive graph."""
    raise click.ClickException("not yet built")
