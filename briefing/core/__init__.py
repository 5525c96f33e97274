"""The domain model, undo-able operations, the project file and errors. No Qt here."""
