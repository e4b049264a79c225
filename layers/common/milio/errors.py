"""Domain errors. Each knows its HTTP status; the app factory maps them to JSON in one place."""

from __future__ import annotations

# The last-resort answer to anything unexpected: it leaks nothing.
INTERNAL_ERROR = "Internal server error"


class MilioError(Exception):
    """Base of every error the API answers with its own message."""

    status_code = 500
    public_message = INTERNAL_ERROR

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.public_message)
        self.message = message or self.public_message


class ConfigurationError(MilioError):
    """The deployment is missing a setting; never shown in detail to a caller."""


class BadRequestError(MilioError):
    status_code = 400
    public_message = "Bad request"


class UnauthorizedError(MilioError):
    status_code = 401
    public_message = "Unauthorized"


class InvalidTokenError(UnauthorizedError):
    public_message = "Invalid or expired token"


class InvalidCredentialsError(UnauthorizedError):
    public_message = "Invalid email or password"


class NotFoundError(MilioError):
    status_code = 404
    public_message = "Not found"


class ConflictError(MilioError):
    status_code = 409
    public_message = "Conflict"


class PayloadTooLargeError(MilioError):
    status_code = 413
    public_message = "Request body too large"


class RateLimitedError(MilioError):
    status_code = 429
    public_message = "Too many requests"

    def __init__(self, retry_after_seconds: int, message: str | None = None) -> None:
        super().__init__(message)
        self.retry_after_seconds = retry_after_seconds


class NotImplementedYetError(MilioError):
    status_code = 501
    public_message = "Not implemented yet"


class ServiceUnavailableError(MilioError):
    status_code = 503
    public_message = "Service temporarily unavailable"


class ProviderUnavailableError(ServiceUnavailableError):
    public_message = "The language model is unavailable"
