package org.dyad.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Output files written beside their target and renamed over it, so no reader ever sees half a file. */
final class AtomicOutput {
  private AtomicOutput() {}

  /** A fresh temporary path in the target's directory (same file system, so the rename is atomic). */
  static Path tempBeside(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    // not createTempFile: its owner-only permissions would end up on the output
    return dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
  }

  /** Moves the finished file over the target, atomically where the file system allows. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
