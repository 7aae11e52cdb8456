package dev.summit.connectors.xml;

import java.util.Objects;

/**
 * A new guest's network card.
 *
 * @param mac         the card's address (see {@link MacAddresses}); null without a card
 * @param networkBoot the card boots first (PXE), then the disk
 */
public record GuestNic(NicChoice choice, String mac, boolean networkBoot) {
    public GuestNic {
        Objects.requireNonNull(choice, "choice");
    }

    /** A card that boots only after the disk and the install media. */
    public GuestNic(NicChoice choice, String mac) {
        this(choice, mac, false);
    }
}
