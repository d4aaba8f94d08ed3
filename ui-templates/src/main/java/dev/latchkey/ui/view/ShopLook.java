package dev.latchkey.ui.view;

/**
 * How a shop's pages look: its name, an optional logo and support address (empty: none), and the
 * address of its colour stylesheet (empty: the default colours).
 */
public record ShopLook(String name, String logoUrl, String supportEmail, String themeHref) {

    /** The icon of pages that have no shop's logo to show. */
    public static final String DEFAULT_ICON = "/ui/assets/icon.svg";

    public static ShopLook plain(String name) {
        return new ShopLook(name, "", "", "");
    }

    /** The icon the browser shows for the page: the shop's logo when it has one. */
    public String iconHref() {
        return logoUrl.isEmpty() ? DEFAULT_ICON : logoUrl;
    }
}
