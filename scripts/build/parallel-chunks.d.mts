import type { Plugin } from 'vite';

/** One insertion into the loader's code: the column in the old code, and how many characters. */
export interface Insertion {
  at: number;
  length: number;
}
export function parallelImports(code: string, bundle: Record<string, { imports?: readonly string[] }>): { code: string; insertions: Insertion[] };
export function shiftMappings(mappings: string, insertions: readonly Insertion[]): string;
export function parallelChunksPlugin(): Plugin;
