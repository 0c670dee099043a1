// `npm start` (after `npm run build`): the demo pages, the widgets and the registration API.
import { startServer } from './server.mjs';

const server = await startServer();
console.log(`event-widgets demo: ${server.url}/`);
if (server.shiftWeeks) console.log(`(demo dates moved ${server.shiftWeeks} weeks ahead, so registration is open)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
