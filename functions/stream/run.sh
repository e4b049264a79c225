#!/bin/bash
# Started by the Lambda Web Adapter (AWS_LAMBDA_EXEC_WRAPPER=/opt/bootstrap).
# The layer's packages are under /opt/python; the function's own code is here.
# No proxy headers: the Web Adapter is the only client, and the caller's address comes
# from its x-amzn-request-context header (milio.web.identity), never X-Forwarded-For.
PATH=$PATH:$LAMBDA_TASK_ROOT/bin \
  PYTHONPATH=$PYTHONPATH:/opt/python:$LAMBDA_RUNTIME_DIR \
  exec python -m uvicorn --port="$AWS_LWA_PORT" --no-access-log --no-proxy-headers stream_api:served
