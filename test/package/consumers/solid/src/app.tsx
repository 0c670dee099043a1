import type {} from 'event-widgets/jsx/solid';
import 'event-widgets/define';

export const App = () => (
  <main>
    <ev-card src="/event.json" variant="compact" heading-level={3} />
    <ev-countdown src="/event.json" />
    <ev-agenda src="/event.json" />
    <ev-registration src="/event.json" />
    <ev-event src="/event.json"><ev-card /></ev-event>
    {/* @ts-expect-error: not a variant */}
    <ev-card variant="huge" />
  </main>
);
