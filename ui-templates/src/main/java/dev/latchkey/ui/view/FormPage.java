package dev.latchkey.ui.view;

import java.util.Map;

/**
 * A page with one form: the values to show again in its fields, the error of each field in plain
 * words (keyed by field name), a message for the whole form, and hidden values (such as a mailed
 * token) to send back with it.
 */
public record FormPage(
        PageFrame frame,
        Map<String, String> values,
        Map<String, String> errors,
        String formError,
        Map<String, String> hidden) {

    public FormPage {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        formError = formError == null ? "" : formError;
        hidden = Map.copyOf(hidden);
    }

    public static FormPage empty(PageFrame frame) {
        return new FormPage(frame, Map.of(), Map.of(), "", Map.of());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrorIn(String... fields) {
        for (String field : fields) {
            if (errors.containsKey(field)) {
                return true;
            }
        }
        return false;
    }
}
