"""Language: time expressions, the sentence model and place names, found in any text.

The lowest stage: it imports nothing of the package but `errors`, `models` and `memo`.
"""
