"""``diplograph eval``: score extraction against gold files."""

from __future__ import annotations

from pathlib import Path

import click

from ..evaluate import evaluate, format_report, report_to_json
from .common import ner_option

__all__ = ["eval_command"]


@click.command("eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.argument(
    "docs_dirs", metavar="DOCS_DIR...", nargs=-1, required=True, type=click.Path(path_type=Path)
)
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="Per document: figures, gold items missed and spurious predictions.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@ner_option
def eval_command(
    gold_dir: Path, docs_dirs: tuple[Path, ...], verbose: bool, as_json: bool, ner_model: str | None
) -> int:
    """Score extraction against gold files (format and rules: docs/evaluation.md).

    Each document in the DOCS_DIR folders with a gold file NAME.json in
    GOLD_DIR is built on its own, written as Turtle, read back through the
    vocabulary and compared with the gold. Prints predicted, gold and matched
    counts, precision, recall and F1 per category over all documents, then the
    micro-average.

    \b
    Example:
      diplograph eval tests/fixtures/corpus/gold tests/fixtures/corpus/docs seeds
      diplograph eval tests/fixtures/devgold tests/fixtures/devdocs --verbose
    """
    report = evaluate(gold_dir, docs_dirs, ner_model=ner_model)
    click.echo(
        report_to_json(report, verbose=verbose)
        if as_json
        else format_report(report, verbose=verbose)
    )
    return 0
