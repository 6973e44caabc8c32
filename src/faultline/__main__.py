"""`python -m faultline ...` is the `faultline` command."""
from .cli import main

main()
