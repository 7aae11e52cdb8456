package dev.summit.console.fx;

/** How the remote screen fills the view. */
public enum ScaleMode {
    /** Scaled, up or down, to the largest size that fits, keeping its shape; smoothed. */
    FIT,
    /** One remote pixel per screen pixel, with scrollbars when the view is smaller. */
    ONE_TO_ONE
}
