package dev.summit.app.bench.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The streams the decode figures replay, kept in a folder so that two builds (before and after a
 * decoder change) can decode the very same bytes on the same machine minutes apart: recorded Xvnc
 * streams differ from run to run with the animation's timing, so only saved ones compare fairly.
 * A folder holds {@code streams.tsv} (name, encoding, frames, where it came from) and one
 * {@code NAME.rfb} per stream.
 */
final class DecodeStreams {
    static final String INDEX = "streams.tsv";

    private DecodeStreams() {
    }

    /** One stream to decode: its encoding's rectangles are the ones counted. */
    record Source(String name, int encoding, BuiltStreams.Built stream, String source) {
    }

    static void save(Path dir, List<Source> sources) throws IOException {
        Files.createDirectories(dir);
        List<String> index = new ArrayList<>();
        for (Source s : sources) {
            Files.write(dir.resolve(s.name() + ".rfb"), s.stream().bytes());
            index.add(s.name() + "\t" + s.encoding() + "\t" + s.stream().frames() + "\t" + s.source());
        }
        Files.write(dir.resolve(INDEX), index, StandardCharsets.UTF_8);
    }

    static List<Source> load(Path dir) throws IOException {
        Path index = dir.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            throw new IOException(dir + " holds no saved streams (no " + INDEX + "; save them with --keep-streams)");
        }
        List<Source> sources = new ArrayList<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 4);
            if (f.length != 4) {
                throw new IOException(index + ": a line is not name, encoding, frames, source: " + line);
            }
            try {
                byte[] bytes = Files.readAllBytes(dir.resolve(f[0] + ".rfb"));
                sources.add(new Source(f[0], Integer.parseInt(f[1]), new BuiltStreams.Built(bytes, Long.parseLong(f[2])), f[3]));
            } catch (NumberFormatException e) {
                throw new IOException(index + ": encoding or frames is not a number: " + line, e);
            }
        }
        return sources;
    }
}
