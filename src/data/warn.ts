import type { DataIssue } from './types.js';

const said = new Set<string>();

/**
 * Logs a message for the page's developer once per page, however many
 * elements meet the same problem.
 */
export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`[event-widgets] ${message}`);
}

/**
 * Logs each data issue once as a warning (never `console.error`, which some
 * sites' monitoring treats as a crash), naming where the data came from.
 */
export function reportIssues(issues: readonly DataIssue[], source: string): void {
  for (const issue of issues) {
    warnOnce(`${source}: ${issue.path ? `${issue.path}: ` : ''}${issue.level === 'error' ? 'unusable: ' : ''}${issue.message}`);
  }
}
