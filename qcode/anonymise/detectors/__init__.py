"""Detection components, one per module; registered with spaCy in ``qcode.anonymise.pipeline``."""
