"""Events: one per occurrence, at its place, under a headline; travellers' itineraries; the same event across articles."""
