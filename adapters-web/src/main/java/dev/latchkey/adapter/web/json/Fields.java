package dev.latchkey.adapter.web.json;

import dev.latchkey.adapter.web.error.ApiError;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.token.LinkToken;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/** Parses the fields the API shares (email, password, query parameters) into domain values, or a {@code 400} naming the field. */
public final class Fields {

    private static final int MAX_PARAMETER_LENGTH = 2048;

    private Fields() {}

    public static EmailAddress email(JsonBody body, String field) {
        String text = body.requiredText(field, ErrorCode.ER003);
        if (!EmailAddress.isValid(text)) {
            throw ApiException.forField(ErrorCode.ER001, field, "invalid_value");
        }
        return new EmailAddress(text);
    }

    public static Password password(JsonBody body, String field) {
        return new Password(body.requiredText(field, ErrorCode.ER004));
    }

    /**
     * The token of an emailed link in {@code field}: missing is {@code ER351}; text that cannot be a token
     * at all is answered {@code invalid}, as the call answers a token that names nothing.
     */
    public static LinkToken linkToken(JsonBody body, String field, Supplier<ApiException> invalid) {
        String text = body.requiredText(field, ErrorCode.ER351);
        if (!LinkToken.isValid(text)) {
            throw invalid.get();
        }
        return new LinkToken(text);
    }

    public static String queryParameter(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.forField(ErrorCode.LK104, name, "missing_value");
        }
        if (value.length() > MAX_PARAMETER_LENGTH) {
            throw ApiException.forField(ErrorCode.LK104, name, "too_long");
        }
        return value;
    }

    /** Every failed password rule in {@code details}; the first one gives the error's code. */
    public static ApiException passwordRejected(String field, List<PasswordRule> failed) {
        List<ApiError.Detail> details = failed.stream()
                .map(rule -> new ApiError.Detail(
                        field, detailType(rule), codeOf(rule).message()))
                .toList();
        return new ApiException(codeOf(failed.get(0)), details);
    }

    private static ErrorCode codeOf(PasswordRule rule) {
        return switch (rule) {
            case TOO_SHORT -> ErrorCode.ER122;
            case TOO_LONG -> ErrorCode.ER123;
            case CONTAINS_EMAIL -> ErrorCode.LK110;
            case COMMON_PASSWORD -> ErrorCode.ER349;
        };
    }

    private static String detailType(PasswordRule rule) {
        return switch (rule) {
            case TOO_SHORT -> "too_short";
            case TOO_LONG -> "too_long";
            case CONTAINS_EMAIL -> "contains_email";
            case COMMON_PASSWORD -> "common_password";
        };
    }
}
