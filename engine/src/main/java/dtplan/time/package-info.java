/**
 * Time as something passed in: the wall clock, a monotonic reading and waiting, behind one {@link
 * dtplan.time.Time}. Code that waits (retry backoff, polling) takes one, so a test can hand it a
 * clock that moves instantly instead of spending real seconds; {@link dtplan.time.Time#system()} is
 * the only implementation that really sleeps.
 */
package dtplan.time;
