// Loads the bundle named by ?bundle= (none for the floor), then the harness; sets window.ready.
const bundle = new URLSearchParams(location.search).get('bundle');
if (bundle) await import(bundle);
window.harness = await import('../harness.js');
window.ready = true;
