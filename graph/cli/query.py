"""``diplograph query`` (placeholder; being written)."""

import click


@click.command()
def query() -> None:
    """Run SPARQL over the graph."""
    raise click.ClickException("not yet built")
