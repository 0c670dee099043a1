// Starts the demo: `npm start` (after `npm run build`). PORT and HOST from the environment.
import { createServer } from 'node:http';
import { createApp } from './app.mjs';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const server = createServer(createApp());
server.listen(port, host, () => {
  console.log(`event-widgets demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
