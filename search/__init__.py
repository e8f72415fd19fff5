"""Read side: request -> query -> results; and the `fahras` command-line tool. No Flask here."""
