package io.hapsim.simulator.session;

import io.netty.channel.DefaultMaxMessagesRecvByteBufAllocator;
import java.util.function.IntSupplier;

/**
 * Sizes each socket read to the room left in a session's input buffer, one read at a time: HAProxy receives only
 * into the free part of its single buffer, so what does not fit stays in the kernel until commands consume some.
 * Where a read ends decides when a 2.x connection finds its buffer empty, and what a close leaves unread.
 */
final class InputRoomAllocator extends DefaultMaxMessagesRecvByteBufAllocator {

    private final IntSupplier room;

    InputRoomAllocator(IntSupplier room) {
        super(1);
        this.room = room;
    }

    @Override
    public Handle newHandle() {
        return new MaxMessageHandle() {
            @Override
            public int guess() {
                return Math.max(1, room.getAsInt());
            }
        };
    }
}
