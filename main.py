"""Start desktop_crm: `python main.py [--data-dir DIR] [--demo] [command ...]`."""

import sys
import time

START = time.perf_counter()

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the import's reading worker, in a frozen build
    from desktop_crm.app import main

    sys.exit(main(sys.argv[1:], started=START))
