"""Cast: credit lines ("A as B", "A — B", "A (voice)") to cast records, and their vocabulary."""
