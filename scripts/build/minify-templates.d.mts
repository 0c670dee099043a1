import type { Plugin } from 'vite';

export function minifyHtmlText(text: string): string;
export function minifyCssText(text: string): string;
export function minifyTemplates(source: string, fileName?: string): string | undefined;
export function minifyTemplatesPlugin(): Plugin;
