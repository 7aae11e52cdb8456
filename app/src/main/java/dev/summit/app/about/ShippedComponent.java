package dev.summit.app.about;

/** One library or runtime inside Summit's package, with the licence it comes under. */
public record ShippedComponent(String name, String version, String licence, String url) {
}
