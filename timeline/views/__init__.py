"""Views: figures, the standalone report and the files other tools open, all drawn from the events table."""
