"""The Qt window: widgets, models, dialogs, actions and undo commands."""
