/** The places in result delivery where a fault test may kill the process. */
export type CrashPoint = 'review-result-saved' | 'review-result-sent';

/**
 * Kills this process on the spot (SIGKILL: no shutdown, no lease release, as a lost machine) when the environment's
 * `DVBOT_TEST_CRASH_AT` names `point`. Only the fault tests set it, on the one instance they mean to kill.
 * @example crashPoint('review-result-sent'); // after the channel took a message, before that is recorded
 */
export function crashPoint(point: CrashPoint): void {
  if (process.env.DVBOT_TEST_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}
