// @ts-check
// The shapes of the benchmark results (as bench/run.mjs writes them) and of their summary. Types
// only: JSDoc typedefs are exported from a module like TypeScript types, so bench/report.mjs and
// the tests read the same definitions the code is checked against.

/**
 * A system under test.
 * @typedef {'quoteline' | 'timelinejs'} BenchSystem
 */

/**
 * One measured page load.
 * @typedef {object} BenchSample
 * @property {boolean} timedOut true when the first headline never became visible within the limit
 * @property {number | null} headlineMs from navigation start until the first headline was visible, in ms; null if timed out
 * @property {number | null} [usableMs] from navigation start until the whole timeline was usable (its keyboard start on screen), in ms; null if timed out, absent in older results
 * @property {number | null} fcpMs first contentful paint, in ms
 * @property {number | null} tbtMs total blocking time, in ms
 * @property {number | null} [longestTaskMs] longest main-thread task from navigation until 1 s after load, in ms; absent in older results
 * @property {number | null} jsBytes JavaScript transferred, in encoded (gzip) body bytes
 * @property {number | null} cssBytes CSS transferred, in encoded (gzip) body bytes
 * @property {number | null} requests number of requests
 * @property {number | null} externalRequests number of requests to other hosts (all blocked)
 * @property {number | null} heapBytes JS heap used after load, in bytes
 * @property {number | null} keyMedianMs keyboard step to next paint, median, in ms
 * @property {number | null} keyP95Ms keyboard step to next paint, p95, in ms
 * @property {number | null} [keyWorkP95Ms] main-thread work per key step (handlers, style, layout), p95, in ms; absent in older results
 * @property {boolean} keyEffective whether ArrowRight changed anything
 * @property {number | null} [searchWorkMedianMs] main-thread work per keystroke in the search field (keydown to the end of its input event, style and layout forced), median, in ms; absent in older results and for TimelineJS
 * @property {number | null} [searchWorkP95Ms] the same, p95, in ms
 * @property {number | null} zoomP95Ms frame interval during the Ctrl+wheel zoom, p95, in ms
 * @property {number | null} zoomLongFrames number of frames over 50 ms during the zoom gesture
 * @property {boolean} zoomEffective whether Ctrl+wheel zoomed the timeline
 */

/**
 * All runs of one system × story × size × CPU speed.
 * @typedef {object} BenchResult
 * @property {BenchSystem} system
 * @property {'bundled' | 'generated' | (string & {})} story which story was loaded
 * @property {number} n number of events
 * @property {number} cpu CPU slowdown factor; 1 is normal speed
 * @property {BenchSample[]} samples the measured runs, warm-up excluded
 */

/**
 * The machine a run was measured on.
 * @typedef {object} BenchMachine
 * @property {string} os operating system, release and architecture
 * @property {string} cpu CPU model
 * @property {number} cores number of logical cores
 * @property {number} memoryGiB total memory, in GiB
 * @property {string} node Node.js version
 * @property {string} chromium Chromium version
 */

/**
 * Everything one benchmark run wrote to `bench/results/<name>.json`.
 * @typedef {object} BenchResults
 * @property {string} date ISO timestamp of the run
 * @property {BenchMachine} machine
 * @property {number} runs measured runs per system × story × speed (warm-up excluded)
 * @property {BenchResult[]} results
 */

/**
 * A sample field that holds a number (or null when it could not be measured).
 * @typedef {'headlineMs' | 'usableMs' | 'fcpMs' | 'tbtMs' | 'longestTaskMs' | 'jsBytes' | 'cssBytes' | 'requests' | 'externalRequests'
 *   | 'heapBytes' | 'keyMedianMs' | 'keyP95Ms' | 'keyWorkP95Ms' | 'searchWorkMedianMs' | 'searchWorkP95Ms' | 'zoomP95Ms' | 'zoomLongFrames'} NumericMetric
 */

/**
 * A sample field that holds yes or no.
 * @typedef {'keyEffective' | 'zoomEffective' | 'timedOut'} FlagMetric
 */

/**
 * How a numeric metric is shown: milliseconds, kilobytes, megabytes (decimal) or a plain count.
 * @typedef {'ms' | 'kb' | 'mb' | 'count'} NumericUnit
 */

/**
 * One system's numbers for one metric in one group.
 * @typedef {object} NumericStat
 * @property {number | null} median median of the non-null samples; null when every sample is null
 * @property {number | null} min smallest non-null sample
 * @property {number | null} max largest non-null sample
 * @property {number} measured how many samples were non-null
 * @property {number} total how many samples there were
 */

/**
 * One system's count for one yes/no metric in one group.
 * @typedef {object} FlagStat
 * @property {number} count samples where the flag was true
 * @property {number} total how many samples there were
 */

/**
 * A numeric metric in one group, per system (null: no data for that system).
 * @typedef {object} NumericRow
 * @property {NumericStat | null} quoteline
 * @property {NumericStat | null} timelinejs
 * @property {number | null} ratio Quoteline median / TimelineJS median; null unless both exist and the denominator is non-zero
 */

/**
 * A yes/no metric in one group, per system (null: no data for that system).
 * @typedef {object} FlagRow
 * @property {FlagStat | null} quoteline
 * @property {FlagStat | null} timelinejs
 */

/**
 * Everything measured for one (story, n, cpu).
 * @typedef {object} SummaryGroup
 * @property {string} story
 * @property {number} n number of events
 * @property {number} cpu CPU slowdown factor; 1 is normal speed
 * @property {BenchSystem[]} systems systems with data in this group, Quoteline first
 * @property {Record<NumericMetric, NumericRow>} numeric
 * @property {Record<FlagMetric, FlagRow>} flags
 */

/**
 * The results grouped and reduced to medians, spreads, counts and ratios.
 * @typedef {object} Summary
 * @property {SummaryGroup[]} groups bundled first, then generated by n ascending; cpu ascending within each
 */

/**
 * Texts of the chart.
 * @typedef {object} ChartOptions
 * @property {string | undefined} [title] heading; defaults to one naming the generated story at normal CPU speed
 * @property {string | undefined} [subtitle] line under the heading; defaults to how to read the ratios
 */

export {};
