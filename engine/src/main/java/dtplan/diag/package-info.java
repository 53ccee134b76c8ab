/** Diagnostics: what is wrong, where in the spec, and what to do about it. */
package dtplan.diag;
