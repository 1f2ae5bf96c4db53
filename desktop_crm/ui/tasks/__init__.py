"""Tasks: the editor, "My tasks", quick-add and completing a task (with logging the call)."""
