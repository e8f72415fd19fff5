"""``python -m cli``: the `fahras` command."""
import sys

from .main import main

sys.exit(main())
