#!/usr/bin/env node
// `npx event-widgets validate [--json] event.json [more.json …]`; see ./validate.mjs.
// `npx event-widgets structured-data FILE|URL`; see ./structured-data.mjs.
// `npx event-widgets convert FILE|URL`; see ./convert.mjs.
// This file only runs the command: npm links it under another name (node_modules/.bin),
// so it must not ask whether it is the main module.
const [command, ...rest] = process.argv.slice(2);
if (command === 'structured-data' || command === 'convert') {
  const { main } = await import(command === 'convert' ? './convert.mjs' : './structured-data.mjs');
  process.exitCode = await main(rest);
} else {
  const { main } = await import('./validate.mjs');
  process.exitCode = await main(process.argv.slice(2));
}
