"""Gmail: connect a Google account with OAuth, then send mail as the user.

Plain Python, no HTTP framework: the email function's routes call
``oauth_flow`` (start, callback), ``callback_page`` (the HTML handed to the
desktop app), ``mailbox`` (get-email, disconnect) and ``sender`` (send).
Deleting a Milio account deletes these tables' rows too (``milio.accounts``).
"""
