package dev.summit.app.about;

import java.util.List;

/**
 * One library or runtime inside Summit's package, with the licence it comes under and the Maven
 * artifacts (jar names without version) it stands for, so a test can tell when a jar is unaccounted for.
 */
public record ShippedComponent(String name, String version, String licence, String url, List<String> artifacts) {
    public ShippedComponent {
        artifacts = List.copyOf(artifacts);
    }
}
