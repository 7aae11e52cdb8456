package dev.summit.console.rfb.decoder;

import dev.summit.console.rfb.io.RfbProtocolException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decoders of one connection, one instance of each (Zlib, ZRLE and Tight keep zlib state for
 * the life of the connection, so a set must never be shared or reused), and the order in which the
 * client lists their encodings in SetEncodings. Pseudo-encodings (cursor, desktop size, quality
 * and compression levels) are the protocol's business and are not here.
 *
 * <p>Why this order. Servers read the list as the client's preference and encode ordinary
 * rectangles with the first one they support: QEMU walks it from the end so that the first wins,
 * and libvncserver (x11vnc, vino) keeps the first it knows. A guest console often
 * runs through an SSH tunnel where bandwidth, not CPU, is short, and a 1080p frame in Raw is
 * 8 MB, so the best-compressing encodings come first:
 * <ul>
 * <li>Tight: zlib with filters, palettes and solid fills, plus JPEG when a quality level is asked
 *     for; TigerVNC's viewer puts it first by default too.</li>
 * <li>ZRLE: nearly as small for desktops; QEMU even prefers it to Zlib whatever the client says.</li>
 * <li>Hextile: no zlib, so cheap for the server, and every server has it.</li>
 * <li>Zlib: Raw through zlib; compresses, but at a cost per pixel that ZRLE spends better (noVNC
 *     also lists it after Hextile; TigerVNC does not offer it at all).</li>
 * <li>CopyRect: not a rival of the others but a capability. Servers use it only for regions that
 *     moved (QEMU records it as a feature flag and stopped sending it in 2017), so its place does
 *     not matter to them; TigerVNC lists it right after its preferred encoding and noVNC first. We
 *     list it after the real encodings so that a naive server taking the first entry for everything
 *     still gets one that can carry fresh pixels.</li>
 * <li>Raw: the fallback every server has; anywhere earlier, a first-match server would choose it.</li>
 * </ul>
 * TightPNG (Tight with PNG in place of its zlib compression) exists for browser clients such as
 * noVNC, where the browser's native PNG decoder beats inflating in JavaScript; here Tight's zlib
 * path decodes row by row, while every PNG is read whole through ImageIO. So it is advertised only
 * on request, and then first, because listed after Tight a server that has both would never use it.
 */
public final class DecoderSet {
    private final Map<Integer, Decoder> advertised = new LinkedHashMap<>();

    private DecoderSet(boolean tightPng) {
        // In preference order (see above).
        List<Decoder> all = List.of(new TightPngDecoder(), new TightDecoder(), new ZrleDecoder(), new HextileDecoder(),
                new ZlibDecoder(), new CopyRectDecoder(), new RawDecoder());
        for (Decoder decoder : all) {
            if (decoder.encoding() != TightPngDecoder.ENCODING || tightPng) {
                advertised.put(decoder.encoding(), decoder);
            }
        }
    }

    /** The usual set: Tight, ZRLE, Hextile, Zlib, CopyRect, Raw. */
    public static DecoderSet standard() {
        return new DecoderSet(false);
    }

    /** For a user who asks for TightPNG: it is listed first, then the usual set. */
    public static DecoderSet preferringTightPng() {
        return new DecoderSet(true);
    }

    /** The encoding numbers to send in SetEncodings, most preferred first (before any pseudo-encodings). */
    public List<Integer> advertisedEncodings() {
        return List.copyOf(advertised.keySet());
    }

    /**
     * The advertised decoders, most preferred first: what a connection that builds its own map
     * (the protocol's {@code Supplier<List<Decoder>>}) takes, e.g. {@code () -> DecoderSet.standard().decoders()}.
     */
    public List<Decoder> decoders() {
        return List.copyOf(advertised.values());
    }

    /** The decoder for an encoding this set advertises. */
    public Optional<Decoder> find(int encoding) {
        return Optional.ofNullable(advertised.get(encoding));
    }

    /** The decoder for a rectangle's encoding; a server may only use encodings the client advertised. */
    public Decoder require(int encoding) throws RfbProtocolException {
        Decoder decoder = advertised.get(encoding);
        if (decoder == null) {
            throw new RfbProtocolException("the server sent a rectangle in " + name(encoding)
                    + ", which the client did not ask for");
        }
        return decoder;
    }

    /** A readable name for logs and messages. */
    public static String name(int encoding) {
        return switch (encoding) {
            case RawDecoder.ENCODING -> "Raw";
            case CopyRectDecoder.ENCODING -> "CopyRect";
            case HextileDecoder.ENCODING -> "Hextile";
            case ZlibDecoder.ENCODING -> "Zlib";
            case TightDecoder.ENCODING -> "Tight";
            case ZrleDecoder.ENCODING -> "ZRLE";
            case TightPngDecoder.ENCODING -> "TightPNG";
            default -> "encoding " + encoding;
        };
    }
}
