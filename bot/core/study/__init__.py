"""Group study: generated quizzes, scores, guided reading and the paragraph of the day, stored per guild."""
