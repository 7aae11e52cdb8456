package dev.summit.console.fx;

/**
 * One key as the guest receives it: the X11 keysym (what a keysym-only server types) and the PC XT
 * scancode (what QEMU's extended key event sends, 0xE0-prefixed keys as 0xE0xx, 0 when there is none).
 */
public record GuestKey(int keysym, int xtScancode) {
}
