"""The screens of the kitchen-table TUI."""
