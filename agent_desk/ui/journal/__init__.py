"""The Journal tab: its table model, the desk's journal and note writer (notes), the view."""
