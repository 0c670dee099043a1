// Evaluated after the widget script: waits until the form's first field takes focus, then
// stores the time since script-start in window.result.
const [start] = performance.getEntriesByName('script-start');
const host = document.getElementById('form');

async function firstField() {
  for (let i = 0; i < 2000; i++) {
    if (host.localName.includes('-')) await customElements.whenDefined(host.localName);
    await host.updateComplete;
    const field = host.shadowRoot?.querySelector('input, md-outlined-text-field') ?? host.querySelector('md-outlined-text-field');
    if (field) {
      await field.updateComplete;
      return field;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error('no field');
}

const field = await firstField();
field.focus();
const active = field.getRootNode().activeElement ?? document.activeElement;
if (active !== field) throw new Error('the first field did not take focus');
window.result = performance.now() - start.startTime;
