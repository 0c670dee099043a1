// The React wrappers of event-widgets/react, with typed properties and events.
import { EvCardComponent, EvRegistrationComponent } from 'event-widgets/react';

export const Wrapped = () => (
  <>
    <EvCardComponent src="/event.json" variant="full" />
    <EvRegistrationComponent src="/event.json" />
  </>
);
