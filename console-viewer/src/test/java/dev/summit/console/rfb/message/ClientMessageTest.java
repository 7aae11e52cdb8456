package dev.summit.console.rfb.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientMessageTest {
    private static String hex(ClientMessage message) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(new DataOutputStream(bytes));
        return HexFormat.of().formatHex(bytes.toByteArray());
    }

    @Test
    void setPixelFormatCarriesOurFixedFormat() throws IOException {
        assertThat(hex(new SetPixelFormat(PixelFormat.CLIENT)))
                .isEqualTo("00000000" + "20180001" + "00ff00ff00ff" + "100800" + "000000");
    }

    @Test
    void setEncodingsListsSignedNumbersInOrder() throws IOException {
        assertThat(hex(new SetEncodings(List.of(7, 0, -239))))
                .isEqualTo("02" + "00" + "0003" + "00000007" + "00000000" + "ffffff11");
    }

    @Test
    void framebufferUpdateRequest() throws IOException {
        assertThat(hex(new FramebufferUpdateRequest(true, 1, 2, 640, 480))).isEqualTo("03" + "01" + "0001" + "0002" + "0280" + "01e0");
    }

    @Test
    void keyEvent() throws IOException {
        assertThat(hex(new KeyEvent(true, 0xff0d))).isEqualTo("04" + "01" + "0000" + "0000ff0d");
        assertThat(hex(new KeyEvent(false, 'a'))).isEqualTo("04" + "00" + "0000" + "00000061");
    }

    @Test
    void pointerEvent() throws IOException {
        assertThat(hex(new PointerEvent(0x05, 300, 2))).isEqualTo("05" + "05" + "012c" + "0002");
    }

    @Test
    void clientCutTextIsLatin1WithBareLineFeeds() throws IOException {
        assertThat(hex(new ClientCutText("é\r\nx€"))).isEqualTo("06" + "000000" + "00000004" + "e90a783f");
    }

    @Test
    void qemuExtendedKeyEventFoldsTheE0PrefixIntoTheHighBit() throws IOException {
        assertThat(hex(new QemuExtendedKeyEvent(true, 0x61, 0x1e))).isEqualTo("ff" + "00" + "0001" + "00000061" + "0000001e");
        // Right Control is E0 1D on the wire of a PC keyboard.
        assertThat(hex(new QemuExtendedKeyEvent(false, 0xffe4, 0xe01d))).isEqualTo("ff" + "00" + "0000" + "0000ffe4" + "0000009d");
    }
}
