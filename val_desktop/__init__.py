"""VAL Desktop: case management for the Victim Advice Line."""
__version__ = "0.1.0"
