// What the commands `convert` and `structured-data` share: the terminal, and reading a file or URL.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where a command writes: data to stdout as it is, messages to stderr a line each. */
export const terminal = { stdout: (text) => process.stdout.write(text), stderr: (line) => process.stderr.write(`${line}\n`) };

/**
 * A file's or an http(s) URL's bytes (their encoding is the converter's to detect), and the URL
 * relative links in it resolve against.
 */
export async function loadSource(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { bytes: new Uint8Array(await response.arrayBuffer()), baseUrl: response.url };
  }
  return { bytes: await readFile(resolve(source)), baseUrl: pathToFileURL(resolve(source)).href };
}
