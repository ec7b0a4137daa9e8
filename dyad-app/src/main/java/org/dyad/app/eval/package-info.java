/**
 * Evaluation of extraction records against gold annotations.
 *
 * <p>{@link org.dyad.app.eval.Scorer} is a line-by-line port of {@code shared/eval/score.py}
 * (GOLD.md explains the rules): the same name keys, word overlap, date periods, maximum matching
 * and optional events and persons, visiting candidates in the same order so that ties resolve the
 * same way. {@link org.dyad.app.eval.Report#format()} prints what score.py prints. Python's view
 * of JSON values (truthiness, {@code 1 == 1.0}, {@code float("1e3")}, {@code str.splitlines})
 * is reproduced by the package-private {@code Py} so that odd records score identically too.
 */
package org.dyad.app.eval;
