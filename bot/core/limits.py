"""The bounds every front end shares: query lengths, result counts, quiz sizes.

Kept apart from the services so that a front end can declare its options (bot/commands/) without
loading the corpus, the search index or the study domain.
"""

MAX_QUERY_LENGTH = 500
# A question as Discord delivers it, mentions included (« <@123…> » is some 20 characters each):
# the 500-character limit applies once they are stripped, so the slash option lets more through.
MAX_QUESTION_INPUT = 1000
DEFAULT_LIMIT = 5
MAX_LIMIT = 50
# Discord's autocomplete: at most 25 choices, each name and value within 100 characters.
MAX_CHOICES = 25
CHOICE_LENGTH = 100
MAX_THEME_LENGTH = 200
MIN_QUESTIONS = 1
MAX_QUESTIONS = 20
DEFAULT_QUESTIONS = 5
# Quizzes one member may start per hour in a server (QUIZ_STARTS_PER_HOUR): enough for a study
# session, too few to flood a server's channels.
DEFAULT_QUIZ_STARTS_PER_HOUR = 5
