"""The application shell: main window, navigation, global search, start-up dialogs."""
