"""Start desktop_crm: `python main.py [--data-dir DIR] [--demo] [command ...]`."""

import sys
import time

START = time.perf_counter()

if __name__ == "__main__":
    from desktop_crm.app import main

    sys.exit(main(sys.argv[1:], started=START))
