/** Wall-clock timing helpers shared by the benchmarks. */

/** Runs fn and returns [milliseconds, its result]. */
function timed(fn) {
  const started = process.hrtime.bigint();
  const result = fn();
  return [Number(process.hrtime.bigint() - started) / 1e6, result];
}

/** Awaits fn and returns [milliseconds, its result]. */
async function timedAsync(fn) {
  const started = process.hrtime.bigint();
  const result = await fn();
  return [Number(process.hrtime.bigint() - started) / 1e6, result];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

module.exports = { timed, timedAsync, median };
