"""Reading: files to documents, each with its reference date, its sentences and the parts of its page.

A document's reference date is itself a date mention (a dateline, a "Published" line), so reading uses `language`.
"""
