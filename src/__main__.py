"""``python -m src …`` runs the ``sdp`` CLI."""

from pipeline.cli.main import main

main()
