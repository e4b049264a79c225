"""HTTP glue shared by the functions: the app factory, identity, the Lambda entry point."""
