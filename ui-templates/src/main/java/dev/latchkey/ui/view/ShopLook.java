package dev.latchkey.ui.view;

/**
 * How a shop's pages look: its name, an optional logo and support address (empty: none), and the
 * address of its colour stylesheet (empty: the default colours).
 */
public record ShopLook(String name, String logoUrl, String supportEmail, String themeHref) {

    public static ShopLook plain(String name) {
        return new ShopLook(name, "", "", "");
    }
}
