package dev.summit.connectors.edit;

/** libvirt's XML written the way {@link Definition#serialize} writes it, to tell whether an edit changed anything. */
final class XmlSame {
    private XmlSame() {
    }

    static String normalized(String xml) {
        return Definition.parse(xml).serialize();
    }
}
