import type { DataIssue } from './types.js';

const said = new Set<string>();

/**
 * Logs a message for the page's developer once per page, however many
 * elements meet the same problem.
 */
export function warnOnce(message: string, level: 'warn' | 'error' = 'warn'): void {
  if (said.has(message)) return;
  said.add(message);
  console[level](`[event-widgets] ${message}`);
}

/** Logs each data issue once, naming where the data came from. */
export function reportIssues(issues: readonly DataIssue[], source: string): void {
  for (const issue of issues) {
    warnOnce(`${source}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`, issue.level === 'error' ? 'error' : 'warn');
  }
}
