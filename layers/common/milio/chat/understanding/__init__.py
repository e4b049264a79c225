"""Reading a message locally: the fast path's matcher and the readers of its slots."""
