#!/usr/bin/env node
// `npx event-widgets validate event.json [more.json …]`: checks event data before publishing,
// with the messages the widgets would give. Exit code 1 when a file cannot be shown.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const usage = 'Usage: event-widgets validate <event.json> [more.json …]\n       Checks schema.org Event JSON-LD as the widgets read it.';

async function validate(files) {
  const { normalizeEvent } = await import(new URL('../dist/protocol.js', import.meta.url).href);
  let failed = false;
  for (const file of files) {
    let json;
    try {
      json = JSON.parse(await readFile(resolve(file), 'utf8'));
    } catch (error) {
      console.log(`✗ ${file}: cannot be read as JSON (${error.message})`);
      failed = true;
      continue;
    }
    // Relative links resolve against where the file will be published, as they do in the widgets;
    // on a partner's site that is not the organiser's page, so each one is worth a warning.
    const { event, issues } = normalizeEvent(json, { baseUrl: `https://your-site.example/${basename(file)}`, portable: true });
    for (const issue of issues) console.log(`  ${issue.level === 'error' ? 'error  ' : 'warning'} ${issue.path || '(root)'}: ${issue.message}`);
    if (event) {
      const warnings = issues.length ? `, ${issues.length} warning(s)` : '';
      console.log(`✓ ${file}: "${event.name}", ${new Date(event.start).toISOString()}, ${event.sessions.length} session(s)${warnings}`);
    } else {
      console.log(`✗ ${file}: the widgets cannot show this event`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

export async function main(args) {
  const [command, ...files] = args;
  if (command !== 'validate' || files.length === 0) {
    console.log(usage);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  return validate(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
