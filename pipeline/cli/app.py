"""The typer application that command modules register on."""
import typer

app = typer.Typer(
    name="warta",
    help="Turn Indonesian government press releases into facts you can query.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
