package io.hapsim.conformance.replay.target;

import io.hapsim.conformance.replay.text.Latin1;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A log file something else appends to (missing file = empty log). */
public record FileInstanceLog(Path file) implements InstanceLog {

  @Override
  public long position() throws IOException {
    try {
      return Files.size(file);
    } catch (NoSuchFileException e) {
      return 0;
    }
  }

  @Override
  public String readFrom(long position) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size <= position) {
        return "";
      }
      ByteBuffer buf = ByteBuffer.allocate((int) (size - position));
      while (buf.hasRemaining() && ch.read(buf, position + buf.position()) > 0) {
        // keep reading
      }
      return Latin1.decode(buf.array(), 0, buf.position());
    } catch (NoSuchFileException e) {
      return "";
    }
  }
}
