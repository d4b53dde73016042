"""``diplograph serve``: the store as a read-only SPARQL endpoint (the Oxigraph server)."""

from __future__ import annotations

import click

from ..serve import DEFAULT_PORT, serve

__all__ = ["serve_command"]


@click.command("serve")
@click.option(
    "--store",
    "store_location",
    metavar="DIR",
    default="output/store",
    show_default=True,
    help="The store folder `diplograph build` wrote.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 lets other machines in (there is no login).",
)
@click.option(
    "--port",
    type=click.IntRange(min=0, max=65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="Port to listen on (0: any free one).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=30.0,
    show_default=True,
    help="Stop a query after this many seconds (0: no limit).",
)
@click.option("--cors", is_flag=True, help="Allow queries from web pages served elsewhere.")
def serve_command(store_location: str, host: str, port: int, timeout: float, cors: bool) -> int:
    """Serve the store read-only over the SPARQL 1.1 Protocol, until Ctrl-C.

    Any SPARQL client (YASGUI, Protégé, a notebook, curl) can query it at
    http://HOST:PORT/query, with GET ?query=... or POST; the Oxigraph server's
    own query page is at http://HOST:PORT/. The default graph is the union of
    the documents' graphs, as for `diplograph query`. While it runs, builds of
    the same store are refused: stop it first.

    \b
    Example:
      diplograph serve
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s a dg:State } LIMIT 5' \\
           http://127.0.0.1:7878/query
    """

    def ready(url: str) -> None:
        click.echo(
            f"Serving {store_location} read-only at {url} (SPARQL 1.1 Protocol); Ctrl-C stops"
        )

    return serve(store_location, host=host, port=port, timeout=timeout, cors=cors, on_ready=ready)
