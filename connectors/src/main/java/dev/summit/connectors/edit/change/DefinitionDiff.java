package dev.summit.connectors.edit.change;

import dev.summit.connectors.edit.Definition;
import java.util.ArrayList;
import java.util.List;

/**
 * What replacing a definition changes, line by line: both sides written the way {@link Definition}
 * writes XML (so quoting and indentation do not show as changes), compared by longest common
 * subsequence, printed as a unified diff for the window and the CLI.
 *
 * @param lines every line of both sides, in order, each kept, removed or added
 */
public record DefinitionDiff(List<Line> lines) {
    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** One line of the comparison. */
    public record Line(Kind kind, String text) {
    }

    public DefinitionDiff {
        lines = List.copyOf(lines);
    }

    /** Compares two domain XMLs; a side that does not parse is compared as written. */
    public static DefinitionDiff between(String oldXml, String newXml) {
        return ofLines(normalized(oldXml).lines().toList(), normalized(newXml).lines().toList());
    }

    public static DefinitionDiff ofLines(List<String> before, List<String> after) {
        int prefix = 0;
        while (prefix < before.size() && prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.size() - prefix && suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> lines = new ArrayList<>();
        before.subList(0, prefix).forEach(text -> lines.add(new Line(Kind.SAME, text)));
        lines.addAll(middle(before.subList(prefix, before.size() - suffix), after.subList(prefix, after.size() - suffix)));
        before.subList(before.size() - suffix, before.size()).forEach(text -> lines.add(new Line(Kind.SAME, text)));
        return new DefinitionDiff(lines);
    }

    /** Whether anything differs. */
    public boolean changed() {
        return lines.stream().anyMatch(line -> line.kind() != Kind.SAME);
    }

    /** The changed lines with {@code context} unchanged lines around them, under "@@ -a,b +c,d @@" headers. */
    public String unified(int context) {
        StringBuilder out = new StringBuilder("--- current\n+++ edited\n");
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - context);
            int end = hunkEnd(i, context);
            out.append(header(start, end));
            for (Line line : lines.subList(start, end)) {
                out.append(switch (line.kind()) {
                    case SAME -> ' ';
                    case REMOVED -> '-';
                    case ADDED -> '+';
                }).append(line.text()).append('\n');
            }
            i = end;
        }
        return out.toString();
    }

    /** Where a hunk starting at change {@code i} ends: after its last change plus context, joining close changes. */
    private int hunkEnd(int i, int context) {
        int lastChange = i;
        for (int j = i; j < lines.size() && j <= lastChange + 2 * context + 1; j++) {
            if (lines.get(j).kind() != Kind.SAME) {
                lastChange = j;
            }
        }
        return Math.min(lines.size(), lastChange + context + 1);
    }

    private String header(int start, int end) {
        int oldStart = 1;
        int newStart = 1;
        for (Line line : lines.subList(0, start)) {
            oldStart += line.kind() == Kind.ADDED ? 0 : 1;
            newStart += line.kind() == Kind.REMOVED ? 0 : 1;
        }
        int oldCount = 0;
        int newCount = 0;
        for (Line line : lines.subList(start, end)) {
            oldCount += line.kind() == Kind.ADDED ? 0 : 1;
            newCount += line.kind() == Kind.REMOVED ? 0 : 1;
        }
        // As diff(1) writes it: an empty side starts at the line before it.
        return "@@ -" + (oldCount == 0 ? oldStart - 1 : oldStart) + "," + oldCount + " +"
                + (newCount == 0 ? newStart - 1 : newStart) + "," + newCount + " @@\n";
    }

    /** Longest common subsequence of the lines that differ, walked into removals and additions. */
    private static List<Line> middle(List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                lines.add(new Line(Kind.SAME, before.get(i++)));
                j++;
            } else if (i < before.size() && (j == after.size() || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line(Kind.REMOVED, before.get(i++))); // removals first, as diff(1) prints them
            } else {
                lines.add(new Line(Kind.ADDED, after.get(j++)));
            }
        }
        return lines;
    }

    private static String normalized(String xml) {
        try {
            return Definition.parse(xml).serialize();
        } catch (IllegalArgumentException e) {
            return xml;
        }
    }
}
