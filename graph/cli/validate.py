"""``diplograph validate`` (placeholder; being written)."""

import click


@click.command()
def validate() -> None:
    """Check a graph against the contract's SHACL shapes."""
    raise click.ClickException("not yet built")
