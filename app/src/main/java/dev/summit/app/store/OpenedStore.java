package dev.summit.app.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SummitStore#open(StoreLocation)} hands back: always a store Summit can work with, and,
 * when the user's database could not be used as it was, the problem to tell them about.
 *
 * <p>When {@code problem} is present and {@code store.persistent()} is false, the store lives in
 * memory for this run only.
 */
public record OpenedStore(SummitStore store, Optional<StoreProblem> problem) {

    public OpenedStore {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(problem, "problem");
    }
}
