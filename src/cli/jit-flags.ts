// V8 settings for a command-line run, applied before any code gets hot; they hold for the
// worker threads too, since V8 flags are process-wide.
import { setFlagsFromString } from 'node:v8';

// Without inlining, TurboFan compiles the rules' functions in a third of the time (1.2 s instead of
// 3.6 s of background compiling per worker on the standard library), for about 2% slower code once
// compiled: a clear gain for a run that lasts seconds, where compile threads compete with the checks.
setFlagsFromString('--no-turbo-inlining');

// A function runs four times as long in baseline code before TurboFan takes it: the many functions
// that are only warm never cost a compile. One worker on the standard library compiles 330 functions
// in 0.8 s instead of 480 in 1.3 s; the CPU time of a whole run falls about 3%, and that counts when
// two workers and their compile threads share two cores (8× was no better, 16× worse).
setFlagsFromString('--interrupt-budget=270336');
