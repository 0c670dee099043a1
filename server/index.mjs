// `npm start` (after `npm run build`): the demo pages, the widgets and the registration API.
import { startServer } from './server.mjs';

let server;
try {
  server = await startServer();
} catch (error) {
  // A configuration or database problem: one line that says what to change, no stack trace.
  console.error(`event-widgets demo server: ${error.message}`);
  process.exit(1);
}
console.log(`event-widgets demo: ${server.url}/`);
if (server.shiftWeeks) console.log(`(demo dates moved ${server.shiftWeeks} weeks ahead, so registration is open)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
