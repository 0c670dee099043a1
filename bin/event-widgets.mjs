#!/usr/bin/env node
// `npx event-widgets validate [--json] event.json [more.json …]`; see ./validate.mjs.
// This file only runs the command: npm links it under another name (node_modules/.bin),
// so it must not ask whether it is the main module.
import { main } from './validate.mjs';

process.exitCode = await main(process.argv.slice(2));
