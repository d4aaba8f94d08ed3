package dev.latchkey.adapter.web.error;

/**
 * The one catalogue of error codes (documented in docs/errors.md). ER codes follow the reference
 * catalogue; LK codes are Latchkey's own.
 */
public enum ErrorCode {
    ER001(400, "validation_failure", "The email address is not valid.", "Check the email address for typos."),
    ER003(400, "validation_failure", "The email address is missing.", "Send the email address."),
    ER004(400, "validation_failure", "The password is missing.", "Send the password."),
    ER122(400, "validation_failure", "Password must be at least 8 characters long.", "Choose a longer password."),
    ER123(400, "validation_failure", "Password must be at most 64 characters long.", "Choose a shorter password."),
    ER351(400, "validation_failure", "The token is missing.", "Send the token from the link in the mail."),
    ER352(400, "invalid_token", "The token is invalid or was already used.", "Ask for a new mail and use its link."),
    ER353(410, "expired_token", "The token has expired.", "Ask for a new mail and use its link soon."),
    ER800(
            401,
            "unauthorized",
            "The authorization token is invalid.",
            "Get a new token and send it as 'Authorization: Bearer <token>'."),
    ER801(401, "unauthorized", "The authorization token has expired.", "Refresh the token or log in again."),
    ER802(401, "unauthorized", "No authorization token was sent.", "Send a token as 'Authorization: Bearer <token>'."),
    ER803(400, "bad_request", "More than one authentication method was used.", "Send the credentials one way only."),
    ER999(
            500,
            "server_error",
            "Something unexpected went wrong.",
            "Try again later; if it keeps happening, contact the shop."),
    ER349(
            400,
            "validation_failure",
            "The password is too common or was found in a data breach.",
            "Choose another password; a password manager can make a strong one."),
    ER350(
            400,
            "validation_failure",
            "The password and its confirmation differ.",
            "Type the same new password in both fields."),

    LK100(400, "bad_request", "The request body is not valid JSON.", "Send a JSON object encoded in UTF-8."),
    LK101(400, "validation_failure", "A field has the wrong type.", "Send each field with the type the API describes."),
    LK102(400, "validation_failure", "A required field is missing.", "Send every required field."),
    LK103(413, "payload_too_large", "The request body is too large.", "Send a smaller body."),
    LK104(400, "validation_failure", "A parameter is missing or not valid.", "Check the query and form parameters."),
    LK105(
            400,
            "bad_request",
            "The request body is not a valid form.",
            "Send the fields as application/x-www-form-urlencoded in UTF-8."),
    LK106(400, "bad_request", "The request is not valid HTTP.", "Check the request line, the path and the headers."),
    LK107(414, "uri_too_long", "The request address is too long.", "Send a shorter path and query."),
    LK108(
            431,
            "request_header_fields_too_large",
            "The request headers are too large.",
            "Send fewer or shorter headers."),
    LK110(
            400,
            "validation_failure",
            "The password must not contain the email address.",
            "Choose a password unrelated to the email address."),
    LK200(401, "unauthorized", "Email or password is wrong.", "Check both and try again, or reset the password."),
    LK201(
            401,
            "account_not_activated",
            "The account is not activated yet.",
            "Open the activation link in the mail, or ask for a new one."),
    LK202(401, "account_blocked", "The account is blocked.", "Contact the shop."),
    LK203(401, "unauthorized", "The refresh token is invalid, expired or was already used.", "Log in again."),
    LK210(403, "forbidden", "This token cannot be used for this call.", "Use a token of the kind the call requires."),
    LK211(
            403,
            "forbidden",
            "The token lacks the scope this call requires.",
            "Use a service client that holds the scope."),
    LK220(
            401,
            "invalid_client",
            "The client is unknown or its credentials are wrong.",
            "Check the client id and secret."),
    LK221(
            400,
            "invalid_scope",
            "The client asked for a scope it does not hold.",
            "Ask only for scopes the client holds."),
    LK222(
            400,
            "unsupported_grant_type",
            "Only the client_credentials grant is supported.",
            "Send grant_type=client_credentials."),
    LK300(404, "not_found", "The tenant does not exist.", "Check the tenant name in the URL."),
    LK301(404, "not_found", "There is nothing at this address.", "Check the URL and the method."),
    LK302(405, "method_not_allowed", "This method is not allowed here.", "Check the method."),
    LK303(415, "unsupported_media_type", "The request body must be JSON.", "Send 'Content-Type: application/json'."),
    LK111(400, "validation_failure", "The account type is not valid.", "Send type 'customer' or 'company'."),
    LK230(401, "unauthorized", "The current password is wrong.", "Check the current password and try again."),
    LK130(404, "not_found", "The customer does not exist.", "Check the customer id."),
    LK131(
            409,
            "conflict",
            "The customer has not activated the account yet.",
            "Wait until the customer opens the activation link, or delete the account."),
    LK250(
            429,
            "too_many_requests",
            "Too many wrong passwords for this account.",
            "Wait as long as the Retry-After header says, then try again or reset the password."),
    LK251(
            429,
            "too_many_requests",
            "Too many failed logins from this address.",
            "Wait as long as the Retry-After header says, then try again."),
    LK500(
            503,
            "service_unavailable",
            "The service is busy.",
            "Wait as long as the Retry-After header says, then try again."),
    LK240(401, "unauthorized", "Email or password is wrong.", "Send the account's current email address and password."),
    LK241(409, "conflict", "The email address is already used by another account.", "Choose another email address."),
    LK242(404, "not_found", "The session does not exist.", "List the sessions and use one of their ids."),
    LK140(
            400,
            "validation_failure",
            "A field's value is not valid.",
            "Check the field named in details against the API description."),
    LK141(400, "validation_failure", "A field is too long.", "Send a shorter value for the field named in details."),
    LK142(404, "not_found", "The address does not exist.", "List the addresses and use one of their ids."),
    LK143(
            409,
            "conflict",
            "The address book is full.",
            "Delete an address before adding another; a customer keeps at most 50."),
    LK144(
            400,
            "validation_failure",
            "The tags are not valid.",
            "Send 1 to 20 tags of 1 to 32 letters, digits, '_' or '-', separated by commas."),
    LK145(
            409,
            "conflict",
            "The account already has an email and password login.",
            "Sign in with it, or change its password or email.");

    private final int status;
    private final String type;
    private final String message;
    private final String solution;

    ErrorCode(int status, String type, String message, String solution) {
        this.status = status;
        this.type = type;
        this.message = message;
        this.solution = solution;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String message() {
        return message;
    }

    public String solution() {
        return solution;
    }
}
