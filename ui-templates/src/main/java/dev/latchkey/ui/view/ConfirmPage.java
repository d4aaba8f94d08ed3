package dev.latchkey.ui.view;

/**
 * A page with one button that POSTs a mailed token back (activation, email confirmation, undo,
 * deletion): fetching the link changes nothing, pressing the button does. The texts are
 * {@code <textKey>.title}, {@code .text} and {@code .button}.
 */
public record ConfirmPage(FormPage form, String action, String textKey, boolean danger, String cancelHref) {

    /** A confirmation that only does what the mail asked for, with no way back needed. */
    public static ConfirmPage of(FormPage form, String action, String textKey) {
        return new ConfirmPage(form, action, textKey, false, "");
    }
}
