"""Domain and storage: the project file and everything in it. Pure Python, no Qt."""
