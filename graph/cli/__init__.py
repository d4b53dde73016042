"""The ``diplograph`` command: a thin shell over the library.

Each subcommand lives in its own module, parses its options, calls one library
function and prints. Library errors become one ``Error: ...`` line and exit 1.
"""

from __future__ import annotations

import importlib
import sys

import click

from ..errors import DiplographError
from .common import OWN_PROCESS

__all__ = ["cli", "main", "run"]

#: Each subcommand by name: its module (in this package) and the command's name there.
#: A command's module is imported when that command runs (or help lists it): a build
#: does not wait for what ``eval``, ``view`` or ``validate`` import.
COMMANDS = {
    "build": ("build", "build"),
    "query": ("query", "query"),
    "serve": ("serve", "serve_command"),
    "eval": ("eval", "eval_command"),
    "view": ("view", "view"),
    "validate": ("validate", "validate"),
}


class _LazyGroup(click.Group):
    """A group whose subcommands are imported when first asked for (click's own recipe,
    "Lazily Loading Subcommands")."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, name = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(f".{module}", __name__), name)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplograph")
def cli() -> None:
    """Build knowledge graphs of who offered what to whom, on what terms.

    \b
    Example:
      diplograph build seeds/ --out output/
      diplograph query --preset proposals
      diplograph serve
    """


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code instead of raising for user errors.

    ``argv`` ``None``: the command line of this process, which is then the command's
    own (it ends with the command; see :func:`graph.cli.build.owns_process`).
    """
    invocation = {OWN_PROCESS: argv is None}
    try:
        result = cli.main(args=argv, prog_name="diplograph", standalone_mode=False, obj=invocation)
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
