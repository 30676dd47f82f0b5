# Sluice's Python runtime: imports the function's handler and serves invocations from the Lambda
# Runtime API at AWS_LAMBDA_RUNTIME_API. Written for Sluice; speaks the protocol Lambda documents.
import decimal
import http.client
import importlib
import importlib.util
import json
import logging
import os
import sys
import time
import traceback

BASE = "/2018-06-01/runtime"
SYSTEM_SDK = "/usr/lib/python3/dist-packages"


class RuntimeApi:
    def __init__(self, address):
        host, port = address.split(":")
        self.connection = http.client.HTTPConnection(host, int(port))

    def call(self, method, route, body=None, headers=None):
        self.connection.request(method, BASE + route, body=body, headers=headers or {})
        response = self.connection.getresponse()
        return response, response.read()

    def next(self):
        return self.call("GET", "/invocation/next")

    def post(self, route, document, error_type=None):
        headers = {"Content-Type": "application/json"}
        if error_type:
            headers["Lambda-Runtime-Function-Error-Type"] = error_type
        self.call("POST", route, json.dumps(document).encode("utf-8"), headers)


class LambdaContext:
    def __init__(self, headers):
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = headers.get("Lambda-Runtime-Invoked-Function-Arn")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.aws_request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.identity = None
        client_context = headers.get("Lambda-Runtime-Client-Context")
        self.client_context = json.loads(client_context) if client_context else None
        self._deadline_ms = int(headers.get("Lambda-Runtime-Deadline-Ms", "0"))

    def get_remaining_time_in_millis(self):
        return int(max(self._deadline_ms - time.time() * 1000, 0))


class RequestIdFilter(logging.Filter):
    request_id = None

    def filter(self, record):
        record.aws_request_id = RequestIdFilter.request_id
        return True


class LambdaFormatter(logging.Formatter):
    def __init__(self):
        super().__init__(
            "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s",
            "%Y-%m-%dT%H:%M:%S",
        )
        self.converter = time.gmtime

    def format(self, record):
        return super().format(record).replace("\n", "\r")


def configure_logging():
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(LambdaFormatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(logging.WARNING)


class HandlerError(Exception):
    def __init__(self, error_type, message):
        super().__init__(message)
        self.error_type = error_type
        self.message = message


def make_sdk_importable():
    if importlib.util.find_spec("boto3") is None and os.path.isdir(SYSTEM_SDK):
        sys.path.append(SYSTEM_SDK)


def load_handler(setting):
    try:
        module_name, function_name = setting.rsplit(".", 1)
    except ValueError as error:
        raise HandlerError("Runtime.MalformedHandlerName", "Bad handler '{}': {}".format(setting, error))
    module_name = module_name.replace("/", ".")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise HandlerError(
            "Runtime.ImportModuleError", "Unable to import module '{}': {}".format(module_name, error)
        )
    except SyntaxError as error:
        raise HandlerError(
            "Runtime.UserCodeSyntaxError", "Syntax error in module '{}': {}".format(module_name, error)
        )
    handler = getattr(module, function_name, None)
    if handler is None:
        raise HandlerError(
            "Runtime.HandlerNotFound", "Handler '{}' missing on module '{}'".format(function_name, module_name)
        )
    return handler


def user_frames(tb):
    frames = traceback.extract_tb(tb)
    task_root = os.environ.get("LAMBDA_TASK_ROOT", "")
    shown = []
    for frame in frames:
        if frame.filename == __file__:
            continue
        if task_root and frame.filename.startswith(task_root + os.sep):
            # Lambda's code lives in /var/task: stack traces name it so
            frame.filename = "/var/task" + frame.filename[len(task_root):]
        shown.append(frame)
    return shown


def error_document(error, request_id):
    if isinstance(error, HandlerError):
        return {"errorMessage": error.message, "errorType": error.error_type, "requestId": request_id, "stackTrace": []}
    return {
        "errorMessage": str(error),
        "errorType": type(error).__name__,
        "requestId": request_id,
        "stackTrace": traceback.format_list(user_frames(error.__traceback__)),
    }


def log_error(document, error):
    if isinstance(error, HandlerError):
        line = "[ERROR] {}: {}".format(document["errorType"], document["errorMessage"])
    else:
        trace = "".join(traceback.format_list(user_frames(error.__traceback__)))
        line = "[ERROR] {}: {}\nTraceback (most recent call last):\n{}".format(
            document["errorType"], document["errorMessage"], trace
        )
    sys.stdout.write(line.rstrip("\n").replace("\n", "\r") + "\n")
    sys.stdout.flush()


def default_encoder(value):
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError("Object of type {} is not JSON serializable".format(type(value).__name__))


def serve(api, handler):
    while True:
        response, body = api.next()
        headers = response.headers
        request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
        RequestIdFilter.request_id = request_id
        if headers.get("Lambda-Runtime-Trace-Id"):
            os.environ["_X_AMZN_TRACE_ID"] = headers.get("Lambda-Runtime-Trace-Id")
        try:
            event = json.loads(body) if body else None
            result = handler(event, LambdaContext(headers))
            if isinstance(result, (bytes, bytearray)):
                # bytes are the response payload as they are
                payload = bytes(result)
            else:
                try:
                    payload = json.dumps(result, default=default_encoder).encode("utf-8")
                except (TypeError, ValueError) as error:
                    raise HandlerError("Runtime.MarshalError", "Unable to marshal response: {}".format(error))
        except Exception as error:
            document = error_document(error, request_id)
            log_error(document, error)
            api.post("/invocation/{}/error".format(request_id), document, document["errorType"])
            continue
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        api.call(
            "POST",
            "/invocation/{}/response".format(request_id),
            payload,
            {"Content-Type": "application/json"},
        )


def main():
    task_root = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
    if task_root not in sys.path:
        sys.path.insert(0, task_root)
    make_sdk_importable()
    configure_logging()
    api = RuntimeApi(os.environ["AWS_LAMBDA_RUNTIME_API"])
    try:
        handler = load_handler(os.environ.get("_HANDLER", ""))
    except Exception as error:
        document = error_document(error, "")
        log_error(document, error)
        api.post("/init/error", document, document["errorType"])
        sys.exit(1)
    serve(api, handler)


if __name__ == "__main__":
    main()
