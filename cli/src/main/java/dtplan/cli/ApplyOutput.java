package dtplan.cli;

import dtplan.apply.ApplyListener;
import dtplan.apply.ApplyResult;

/** How an apply reports progress and its final result: prose or JSON lines. */
interface ApplyOutput extends ApplyListener {
  void summary(ApplyResult result);
}
