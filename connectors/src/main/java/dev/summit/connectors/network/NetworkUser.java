package dev.summit.connectors.network;

/** A guest with a card on a network; a running one holds the network in use. */
public record NetworkUser(String guest, boolean running) {
}
