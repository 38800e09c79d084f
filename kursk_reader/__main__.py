from kursk_reader.cli import main

raise SystemExit(main())
