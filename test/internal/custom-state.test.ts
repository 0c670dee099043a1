import { expect } from '@open-wc/testing';
import { setCustomState } from '../../src/internal/custom-state.js';

// Engines without CustomStateSet (Chromium < 125, Firefox < 126, Safari < 17.4) lose only
// `:state(loading)`; the widget must still render and never throw.
describe('custom states in engines that lack them', () => {
  it('does nothing where ElementInternals has no states', () => {
    expect(() => setCustomState({} as ElementInternals, 'loading', true)).not.to.throw();
  });

  it('survives a states set that refuses plain names (Chromium 90–124 wanted "--loading")', () => {
    const refusing = { states: { add: () => { throw new DOMException('bad name', 'SyntaxError'); }, delete: () => false } };
    expect(() => setCustomState(refusing as unknown as ElementInternals, 'loading', true)).not.to.throw();
  });

  it('sets and clears the state where the engine has it', () => {
    class Probe extends HTMLElement {
      readonly internals = this.attachInternals();
    }
    customElements.define('custom-state-probe', Probe);
    const probe = document.createElement('custom-state-probe') as Probe;
    setCustomState(probe.internals, 'loading', true);
    expect(probe.matches(':state(loading)')).to.equal(true);
    setCustomState(probe.internals, 'loading', false);
    expect(probe.matches(':state(loading)')).to.equal(false);
  });
});
