/**
 * Reading the files a user hands dtplan (specs, var files, saved plans, seed files) through one
 * size bound, so that a device, a pipe or a huge file fails fast with a clear message instead of
 * exhausting memory.
 */
package dtplan.input;
