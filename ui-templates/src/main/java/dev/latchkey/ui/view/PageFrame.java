package dev.latchkey.ui.view;

/**
 * What every customer page shows around its form: the shop's name, the base path of its pages
 * ({@code /ui/<tenant>}) and the CSRF token to put into each form. An empty base means the page
 * belongs to no known shop.
 */
public record PageFrame(String shopName, String base, String csrfToken) {
}
