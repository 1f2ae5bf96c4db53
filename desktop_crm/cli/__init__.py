"""The command line: everything that needs no window (check, backup, restore, demo data).

Services only, never Qt: ``python main.py --data-dir DIR check`` starts without loading PySide6.
"""
