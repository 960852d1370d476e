"""The Danish anonymiser: detection (spaCy pipeline), the entity register and pseudonyms, the
non-destructive rendering, sealing, and the leak check. No Qt."""
