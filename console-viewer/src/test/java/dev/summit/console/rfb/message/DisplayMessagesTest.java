package dev.summit.console.rfb.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The wire layout of the messages that let the display follow the window: resize, continuous updates, fences. */
class DisplayMessagesTest {
    private static String hex(ClientMessage message) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(new DataOutputStream(bytes));
        return HexFormat.of().formatHex(bytes.toByteArray());
    }

    @Test
    void setDesktopSizeAsksForOneScreenKeepingTheServersIdAndFlags() throws IOException {
        assertThat(hex(new SetDesktopSize(1024, 768, 7, 0)))
                .isEqualTo("fb" + "00" + "0400" + "0300" + "01" + "00" + "00000007" + "0000" + "0000" + "0400" + "0300" + "00000000");
        assertThatThrownBy(() -> new SetDesktopSize(0, 768, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SetDesktopSize(70_000, 768, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enableContinuousUpdates() throws IOException {
        assertThat(hex(new EnableContinuousUpdates(true, 0, 0, 640, 480))).isEqualTo("96" + "01" + "0000" + "0000" + "0280" + "01e0");
        assertThat(hex(new EnableContinuousUpdates(false, 0, 0, 640, 480))).startsWith("9600");
    }

    @Test
    void aFenceAnswerDropsTheRequestAndUnknownFlagsAndKeepsThePayload() throws IOException {
        Fence answer = Fence.answering(Fence.REQUEST | Fence.BLOCK_BEFORE | (1 << 20), new byte[] {1, 2, 3});
        assertThat(answer.flags()).isEqualTo(Fence.BLOCK_BEFORE);
        assertThat(hex(answer)).isEqualTo("f8" + "000000" + "00000001" + "03" + "010203");
        assertThatThrownBy(() -> new Fence(0, new byte[65])).isInstanceOf(IllegalArgumentException.class);
    }
}
