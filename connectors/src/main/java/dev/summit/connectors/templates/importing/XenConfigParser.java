package dev.summit.connectors.templates.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the xm/xl domain config syntax (xl.cfg(5)): {@code KEY = VALUE} lines where VALUE is a quoted
 * string, an integer or a bracketed list that may run over several lines; {@code #} starts a comment.
 * It is a Python-like format, but only this subset is accepted: nothing in it is ever evaluated.
 */
public final class XenConfigParser {
    private final String text;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private int pos;
    private int line = 1;

    private XenConfigParser(String text) {
        this.text = text;
    }

    /** Every assignment in file order (a repeated key keeps its last value, as xl does). */
    public static Map<String, ConfigValue> parse(String text) throws XenConfigException {
        XenConfigParser parser = new XenConfigParser(text);
        Map<String, ConfigValue> values = parser.assignments();
        if (!parser.problems.isEmpty()) {
            throw new XenConfigException(parser.problems);
        }
        return values;
    }

    private Map<String, ConfigValue> assignments() {
        Map<String, ConfigValue> values = new LinkedHashMap<>();
        while (true) {
            skipBlank(true);
            if (pos >= text.length()) {
                return values;
            }
            int start = line;
            try {
                String key = identifier();
                skipBlank(false);
                expect('=', "expected '=' after " + key);
                skipBlank(false);
                ConfigValue value = value(false);
                skipBlank(false);
                if (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != ';') {
                    throw new SyntaxError("unexpected '" + text.charAt(pos) + "' after the value of " + key);
                }
                if (pos < text.length() && text.charAt(pos) == ';') {
                    pos++;
                }
                values.put(key, value);
            } catch (SyntaxError e) {
                problems.add(new ConfigProblem(e.line > 0 ? e.line : line, e.getMessage()));
                skipRestOfLine(start);
            }
        }
    }

    private String identifier() {
        int from = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (from == pos || Character.isDigit(text.charAt(from))) {
            throw new SyntaxError(pos < text.length()
                    ? "expected a setting name, found '" + text.charAt(pos) + "'" : "expected a setting name");
        }
        return text.substring(from, pos);
    }

    private ConfigValue value(boolean inList) {
        if (pos >= text.length() || (text.charAt(pos) == '\n' && !inList)) {
            throw new SyntaxError("missing value");
        }
        char c = text.charAt(pos);
        int at = line;
        if (c == '\'' || c == '"') {
            return new ConfigValue.Text(quoted(c), at);
        }
        if (c == '[') {
            pos++;
            List<ConfigValue> items = new ArrayList<>();
            while (true) {
                skipBlank(true);
                if (pos >= text.length()) {
                    throw new SyntaxError("list opened on line " + at + " is never closed with ']'", at);
                }
                if (text.charAt(pos) == ']') {
                    pos++;
                    return new ConfigValue.Items(items, at);
                }
                items.add(value(true));
                skipBlank(true);
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else if (pos < text.length() && text.charAt(pos) != ']') {
                    throw new SyntaxError("the list opened on line " + at + " needs ',' or ']' here, found '"
                            + text.charAt(pos) + "'");
                }
            }
        }
        if (c == '-' || Character.isDigit(c)) {
            int from = pos++;
            while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                pos++;
            }
            String digits = text.substring(from, pos);
            try {
                return new ConfigValue.Number(Long.decode(digits), at);
            } catch (NumberFormatException e) {
                throw new SyntaxError("'" + digits + "' is not a number");
            }
        }
        throw new SyntaxError("expected a quoted string, a number or a [list], found '" + c + "'");
    }

    private String quoted(char quote) {
        int at = line;
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\n') {
                pos--;
                throw new SyntaxError("string opened on line " + at + " is not closed on that line");
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            out.append(c);
        }
        if (pos >= text.length()) {
            throw new SyntaxError("string opened on line " + at + " is never closed", at);
        }
        pos++;
        return out.toString();
    }

    private void expect(char c, String message) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw new SyntaxError(message);
        }
        pos++;
    }

    /** Skips spaces and comments; newlines too when {@code newlines} (between lines, inside lists). */
    private void skipBlank(boolean newlines) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\n' && newlines) {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    /** After a bad line, resume at the next line so one mistake does not hide the others. */
    private void skipRestOfLine(int startLine) {
        if (line > startLine) {
            return;
        }
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private static final class SyntaxError extends RuntimeException {
        /** Where the problem started when that is not where it was noticed (an unclosed list at end of file). */
        final int line;

        SyntaxError(String message) {
            this(message, 0);
        }

        SyntaxError(String message, int line) {
            super(message, null, false, false);
            this.line = line;
        }
    }
}
