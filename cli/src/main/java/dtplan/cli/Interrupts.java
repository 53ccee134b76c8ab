package dtplan.cli;

import dtplan.apply.Applier;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C during apply: the first stops new steps and lets those in flight finish, so the report is
 * accurate; the second exits at once and says what may be half-done.
 */
final class Interrupts {
  private final SignalHandler previous;

  private Interrupts(SignalHandler previous) {
    this.previous = previous;
  }

  static Interrupts install(Applier applier, PrintWriter out) {
    AtomicInteger count = new AtomicInteger();
    SignalHandler previous =
        Signal.handle(
            new Signal("INT"),
            sig -> {
              if (count.incrementAndGet() == 1) {
                out.println();
                out.println(
                    "Interrupt received: no new steps start; waiting for the ones in flight. Press Ctrl-C again to exit at once.");
                out.flush();
                applier.requestStop();
              } else {
                out.println(
                    "Exiting at once. Steps in flight may be half-done in Azure; run `dtplan plan` to see the state.");
                out.flush();
                Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
              }
            });
    return new Interrupts(previous);
  }

  void uninstall() {
    Signal.handle(new Signal("INT"), previous);
  }
}
