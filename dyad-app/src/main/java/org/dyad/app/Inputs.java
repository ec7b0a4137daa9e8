package org.dyad.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.RawDocument;

/**
 * Command-line paths to documents. A file is taken as given, whatever its extension; a directory
 * stands for the {@code .txt} files directly inside it (not in subdirectories, not hidden ones),
 * sorted by name.
 */
final class Inputs {
  private Inputs() {}

  /**
   * A document to read, with the name to use in messages, or a path that names none.
   *
   * @param error what is wrong with the path, or {@code null}
   */
  record Input(Path path, String display, String error) {
    static Input of(Path p) {
      return new Input(p, p.toString(), null);
    }

    static Input bad(Path p, String error) {
      return new Input(p, p.toString(), error);
    }

    /** The document id: the file name without directory and extension. */
    String id() {
      String name = path.getFileName().toString();
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
  }

  /**
   * Expands the arguments, in order. Paths that do not exist and directories without documents
   * come back as inputs with an {@link Input#error}, in their place.
   */
  static List<Input> expand(List<Path> args) {
    List<Input> out = new ArrayList<>();
    for (Path p : args) {
      if (Files.isDirectory(p)) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "*.txt")) {
          for (Path f : ds) {
            if (!f.getFileName().toString().startsWith(".") && !Files.isDirectory(f)) {
              files.add(f);
            }
          }
        } catch (IOException e) {
          out.add(Input.bad(p, "cannot list directory: " + reason(e)));
          continue;
        }
        if (files.isEmpty()) {
          out.add(Input.bad(p, "no .txt files in this directory"));
          continue;
        }
        files.sort(Comparator.comparing(f -> f.getFileName().toString()));
        files.forEach(f -> out.add(Input.of(f)));
      } else if (Files.exists(p)) {
        out.add(Input.of(p));
      } else {
        out.add(Input.bad(p, "no such file or directory"));
      }
    }
    return out;
  }

  /**
   * Like {@link #expand}, but a directory stands for the {@code .txt} files anywhere below it
   * (hidden files and directories skipped), sorted by path.
   */
  static List<Input> expandTree(List<Path> args) {
    List<Input> out = new ArrayList<>();
    for (Path p : args) {
      if (!Files.isDirectory(p)) {
        out.addAll(expand(List.of(p)));
        continue;
      }
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f) && !hidden(p, f)).forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        out.add(Input.bad(p, "cannot list directory: " + reason(io)));
        continue;
      }
      if (files.isEmpty()) {
        out.add(Input.bad(p, "no .txt files in this directory or below"));
        continue;
      }
      files.sort(Comparator.comparing(Path::toString));
      files.forEach(f -> out.add(Input.of(f)));
    }
    return out;
  }

  private static boolean hidden(Path root, Path f) {
    for (Path part : root.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a document's bytes.
   *
   * @param maxBytes files larger than this are refused without being read
   * @throws AppException with "PATH: what is wrong"
   */
  static RawDocument read(Input in, long maxBytes) throws AppException {
    if (in.error() != null) {
      throw new AppException(in.display() + ": " + in.error(), Main.FAILURE);
    }
    try {
      long size = Files.size(in.path());
      if (size > maxBytes) {
        throw new AppException(in.display() + ": " + size + " bytes, too large (raise max-chars)", Main.FAILURE);
      }
      return new RawDocument(in.id(), in.display(), Files.readAllBytes(in.path()));
    } catch (IOException e) {
      throw new AppException(in.display() + ": " + reason(e), Main.FAILURE);
    }
  }

  /** What went wrong, in words, without the exception class. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
