"""The Settings dialog, the flow that runs it for a desk, its secret rows, and the GUI's own
preferences (``ui.ini``)."""
