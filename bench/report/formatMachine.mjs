// @ts-check
// The "when and where" line of the report.

/** @import { BenchMachine } from './types.mjs' */

/** Characters of an ISO timestamp that make its date: `YYYY-MM-DD`. */
const ISO_DATE_LENGTH = 10;

/**
 * Describes the machine of a run in one line: `Linux 6.1 x64, AMD EPYC (2 cores, 24 GiB RAM), Node v20.20.2, Chromium 156.0`.
 * @param {Partial<BenchMachine> | undefined} machine
 * @returns {string}
 */
export function formatMachine(machine) {
  if (!machine) return 'unknown machine';
  const hardware = [machine.cores !== undefined ? `${machine.cores} cores` : '', machine.memoryGiB !== undefined ? `${machine.memoryGiB} GiB RAM` : ''].filter(Boolean);
  const parts = [
    [machine.os, machine.cpu].filter(Boolean).join(', ') + (hardware.length > 0 ? ` (${hardware.join(', ')})` : ''),
    machine.node ? `Node ${machine.node}` : '',
    machine.chromium ? `Chromium ${machine.chromium}` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/**
 * Gives the UTC date (`YYYY-MM-DD`) of an ISO timestamp, or the text itself when it is not a date.
 * @param {string} date
 * @returns {string}
 */
export function formatRunDate(date) {
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? String(date) : parsed.toISOString().slice(0, ISO_DATE_LENGTH);
}
