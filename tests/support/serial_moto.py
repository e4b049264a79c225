"""moto_server answering one request at a time: ``python -m tests.support.serial_moto PORT``.

DynamoDB applies each conditional write to an item atomically; moto's threaded
server does not (two UpdateItem calls on one item can interleave: a quota test
saw 121 units pass a limit of 120). Served one request at a time, each call is
atomic, as in DynamoDB, while separate calls of separate processes still interleave.
"""

from __future__ import annotations

import os
import sys

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import run_simple

if __name__ == "__main__":
    port = int(sys.argv[1])
    os.environ.setdefault("MOTO_PORT", str(port))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple("127.0.0.1", port, app, threaded=False, request_handler=MotoRequestHandler)
