import type {} from 'event-widgets/jsx/preact';
import { render } from 'preact';
import 'event-widgets/define';

export const App = () => (
  <main>
    <ev-card src="/event.json" variant="compact" heading-level="3" />
    <ev-countdown src="/event.json" />
    <ev-agenda src="/event.json" view="compact" />
    <ev-registration src="/event.json" />
    <ev-event src="/event.json"><ev-card /></ev-event>
    {/* @ts-expect-error: not a variant */}
    <ev-card variant="huge" />
  </main>
);
render(<App />, document.body);
