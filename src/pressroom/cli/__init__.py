"""The command line: thin glue over the library. Parsing never happens here."""
