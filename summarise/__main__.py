"""`python -m summarise`: the same command line as `summarise`."""

from summarise.cli import main

main()
