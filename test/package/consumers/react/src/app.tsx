// React 19 renders custom elements itself; the tags only need their types.
import type {} from 'event-widgets/jsx/react';
import { createRoot } from 'react-dom/client';
import 'event-widgets/define';

export function App() {
  return (
    <main>
      <ev-card src="/event.json" variant="compact" heading-level={3} class="card" />
      <ev-countdown src="/event.json" time-zone="Europe/Berlin" />
      <ev-agenda src="/event.json" sync-url />
      <ev-registration src="/event.json" action="/api/registrations" privacy-href="/datenschutz" />
      <ev-event src="/event.json">
        <ev-card />
      </ev-event>
      {/* @ts-expect-error: not a variant */}
      <ev-card variant="huge" />
      {/* @ts-expect-error: a misspelt attribute */}
      <ev-card sorce="/event.json" />
    </main>
  );
}
createRoot(document.body).render(<App />);
