"""The routes of the question router: one kind of question a module, its patterns beside it."""
