"""The table: the events as one pandas frame, and a reader's filters and corrections to it."""
