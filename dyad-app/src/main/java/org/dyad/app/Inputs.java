package org.dyad.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.read.Feeds;
import org.dyad.read.Format;
import org.dyad.read.UnreadableException;
import org.dyad.model.RawDocument;

/**
 * Command-line paths to documents. A file is taken as given, whatever its extension, its type
 * (text, HTML, PDF, JSON Lines, WARC) read from its content; a directory stands for the files of
 * a supported type directly inside it (not in subdirectories, not hidden ones), sorted by name:
 * those with a known extension ({@link Format#knownExtension}) and those whose content is HTML,
 * PDF or WARC whatever their name.
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
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
          for (Path f : ds) {
            if (!f.getFileName().toString().startsWith(".") && !Files.isDirectory(f) && supported(f)) {
              files.add(f);
            }
          }
        } catch (IOException e) {
          out.add(Input.bad(p, "cannot list directory: " + reason(e)));
          continue;
        }
        if (files.isEmpty()) {
          out.add(Input.bad(p, "no documents (text, HTML, PDF, JSONL, WARC) in this directory"));
          continue;
        }
        files.sort(Comparator.comparing(f -> f.getFileName().toString()));
        files.forEach(f -> out.add(Input.of(f)));
      } else if (Files.exists(p)) {
        out.add(Input.of(p));
      } else if (Files.isSymbolicLink(p)) {
        out.add(Input.bad(p, BAD_LINK));
      } else {
        out.add(Input.bad(p, "no such file or directory"));
      }
    }
    return out;
  }

  /**
   * Like {@link #expand}, but a directory stands for the files of a supported type anywhere below
   * it (hidden files and directories skipped; symbolic links followed, each directory walked once),
   * sorted by path. A subdirectory that cannot be listed and a broken or looping link come back as
   * inputs with an {@link Input#error}.
   */
  static List<Input> expandTree(List<Path> args) {
    List<Input> out = new ArrayList<>();
    for (Path p : args) {
      if (!Files.isDirectory(p)) {
        out.addAll(expand(List.of(p)));
        continue;
      }
      List<Input> found = new ArrayList<>();
      try {
        // symbolic links are followed; a link back up the tree is a loop, and is not walked again
        Files.walkFileTree(
            p,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(p) && d.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String name = f.getFileName().toString();
                if (name.startsWith(".")) {
                  return FileVisitResult.CONTINUE;
                }
                if (Files.isRegularFile(f)) {
                  if (supported(f)) {
                    found.add(Input.of(f));
                  }
                } else if (attrs.isSymbolicLink() && !Files.exists(f)) {
                  found.add(Input.bad(f, BAD_LINK));
                } else if (attrs.isOther()) {
                  found.add(Input.bad(f, "not a regular file")); // a pipe would block, a device never end
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path f, IOException e) {
                if (e instanceof FileSystemLoopException) {
                  return FileVisitResult.CONTINUE;
                }
                // one unreadable directory costs its own documents, not the others
                found.add(Input.bad(f, (Files.isDirectory(f) ? "cannot list directory: " : "") + reason(e)));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        out.add(Input.bad(p, "cannot list directory: " + reason(e)));
        continue;
      }
      if (found.isEmpty()) {
        out.add(Input.bad(p, "no documents (text, HTML, PDF, JSONL, WARC) in this directory or below"));
        continue;
      }
      found.sort(Comparator.comparing(i -> i.path().toString()));
      out.addAll(found);
    }
    return out;
  }

  private static final String BAD_LINK = "broken or looping symbolic link";

  /**
   * Whether a file in a directory is taken: a known extension, or content that is HTML, PDF or
   * WARC (plain text under another name, such as a README.md, is left alone).
   */
  static boolean supported(Path f) {
    String name = f.getFileName().toString();
    if (Format.knownExtension(name)) {
      return true;
    }
    try (InputStream in = Files.newInputStream(f)) {
      Format t = Format.detect(in.readNBytes(Format.HEAD), name);
      return t == Format.HTML || t == Format.PDF || t == Format.WARC;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads a file's documents (one, or one per feed record) and hands each to {@code handler}.
   *
   * @param maxBytes text documents larger than this are refused without being read
   * @throws AppException with "PATH: what is wrong" when the file as a whole cannot be read
   */
  static <X extends Exception> void each(Input in, long maxBytes, Feeds.Handler<X> handler) throws AppException, X {
    if (in.error() != null) {
      throw new AppException(in.display() + ": " + in.error(), Main.FAILURE);
    }
    try {
      if (!Files.isRegularFile(in.path())) {
        // a pipe or device would block or never end
        throw new AppException(
            in.display() + ": " + (Files.exists(in.path()) ? "not a regular file" : Files.isSymbolicLink(in.path()) ? BAD_LINK
                : "no such file or directory"), Main.FAILURE);
      }
      Feeds.each(in.path(), in.id(), in.display(), maxBytes, handler);
    } catch (UnreadableException e) {
      throw new AppException(in.display() + ": " + e.getMessage(), Main.FAILURE);
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
    if (e instanceof FileSystemException f && f.getReason() != null) {
      // the message repeats the path, which the caller names already
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
