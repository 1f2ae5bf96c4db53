"""The pipeline (kanban): a column per open stage, painted deal cards, drag and drop, won/lost."""
