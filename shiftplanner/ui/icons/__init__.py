"""Runtime icons (SVG), read with importlib.resources."""
