package dev.summit.connectors.storage;

/** A pool's room in bytes, as libvirt reports it; zeros for an inactive pool. */
public record PoolSpace(long capacity, long allocation, long available) {
}
