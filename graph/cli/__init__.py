"""The ``diplograph`` command: a thin shell over the library.

Each subcommand lives in its own module, parses its options, calls one library
function and prints. Library errors become one ``Error: ...`` line and exit 1.
"""

from __future__ import annotations

import sys

import click

from ..errors import DiplographError
from .build import build
from .eval import eval_command
from .query import query
from .serve import serve_command
from .validate import validate
from .view import view

__all__ = ["cli", "main", "run"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplograph")
def cli() -> None:
    """Build knowledge graphs of who offered what to whom, on what terms.

    \b
    Example:
      diplograph build seeds/ --out output/
      diplograph query --preset proposals
      diplograph serve
    """


for _command in (build, query, serve_command, eval_command, view, validate):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code instead of raising for user errors."""
    try:
        result = cli.main(args=argv, prog_name="diplograph", standalone_mode=False)
    except DiplographError as exc:
        click.echo(f"Error: {exc}", err=True)
        return 1
    except click.exceptions.Abort:
        click.echo("Interrupted; previous output left as it was.", err=True)
        return 130
    except KeyboardInterrupt:
        click.echo("Interrupted; previous output left as it was.", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    return result if isinstance(result, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
