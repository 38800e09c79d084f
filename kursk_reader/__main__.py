from kursk_reader.cli import main

# The guard matters: the cross-check's child process ("spawn") imports this module again.
if __name__ == "__main__":
    raise SystemExit(main())
