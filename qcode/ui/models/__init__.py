"""Item models: adapters over snapshots from core."""
