"""Gmail's domain errors. Messages are shown to users: never a token or a secret in them."""

from __future__ import annotations

from milio.errors import (
    BadRequestError,
    NotFoundError,
    PayloadTooLargeError,
    ServiceUnavailableError,
    UnauthorizedError,
)


class GmailNotConfiguredError(ServiceUnavailableError):
    public_message = "Gmail is not configured on this server"


class GmailNotConnectedError(NotFoundError):
    public_message = "No Gmail account is connected: connect Gmail first"


class GmailReconnectRequiredError(UnauthorizedError):
    public_message = "Google refused the stored permission: reconnect Gmail"


class GmailUnavailableError(ServiceUnavailableError):
    public_message = "Gmail is unavailable right now: try again later"


class GmailRequestError(BadRequestError):
    public_message = "Gmail refused the message"


class InvalidOAuthStateError(BadRequestError):
    public_message = "This sign-in link is invalid, expired or already used: start again"


class MilioAccountGoneError(NotFoundError):
    public_message = "This Milio account no longer exists"


class GoogleConsentError(BadRequestError):
    public_message = "Google did not grant the permissions Milio needs: start again"


class InvalidMessageError(BadRequestError):
    public_message = "The message is invalid"


class MessageTooLargeError(PayloadTooLargeError):
    public_message = "The message is too large"
