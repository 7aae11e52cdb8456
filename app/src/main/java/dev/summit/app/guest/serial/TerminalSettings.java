package dev.summit.app.guest.serial;

import com.techsenger.jeditermfx.ui.settings.DefaultSettingsProvider;

/** The Serial tab's terminal: a long scrollback (boot logs are long) and no selection-copies-silently. */
final class TerminalSettings extends DefaultSettingsProvider {
    static final int SCROLLBACK_LINES = 10_000;

    @Override
    public int getBufferMaxLinesCount() {
        return SCROLLBACK_LINES;
    }

    @Override
    public boolean copyOnSelect() {
        return false;
    }

    @Override
    public boolean audibleBell() {
        return false;
    }
}
