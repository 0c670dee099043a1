import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BATCH, BatchController, FIRST_BATCH } from '../../src/internal/batches.js';

/** A host that counts update requests and runs its controllers' hooks when told. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    requests: 0,
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => (host.requests += 1),
    updateComplete: Promise.resolve(true),
    updated: () => controllers.forEach((c) => c.hostUpdated?.()),
    disconnected: () => controllers.forEach((c) => c.hostDisconnected?.()),
    connected: () => controllers.forEach((c) => c.hostConnected?.()),
  };
  return host as typeof host & ReactiveControllerHost;
}
const nextBatch = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('BatchController', () => {
  it('renders everything at once when the list is short', async () => {
    const host = fakeHost();
    const batches = new BatchController(host);
    batches.total = FIRST_BATCH;
    host.updated();
    expect(batches.done).to.equal(true);
    await batches.complete;
    await nextBatch();
    expect(host.requests).to.equal(0);
  });

  it('adds a batch per task until the list is complete, then resolves', async () => {
    const host = fakeHost();
    const batches = new BatchController(host);
    batches.total = FIRST_BATCH + BATCH + 1;
    let completed = false;
    void batches.complete.then(() => (completed = true));
    host.updated();
    expect(batches.limit).to.equal(FIRST_BATCH);
    await nextBatch();
    expect([host.requests, batches.limit]).to.deep.equal([1, FIRST_BATCH + BATCH]);
    host.updated();
    await nextBatch();
    expect([host.requests, batches.limit, batches.done]).to.deep.equal([2, FIRST_BATCH + 2 * BATCH, true]);
    expect(completed, 'not before the host rendered the last batch').to.equal(false);
    host.updated();
    await Promise.resolve();
    expect(completed).to.equal(true);
  });

  it('shows everything at once on request, and starts over for a new list', async () => {
    const host = fakeHost();
    const batches = new BatchController(host);
    batches.total = 1000;
    host.updated();
    batches.showAll();
    expect([batches.limit, host.requests]).to.deep.equal([Infinity, 1]);
    await nextBatch();
    expect(host.requests, 'the pending batch was cancelled').to.equal(1);
    batches.restart();
    expect(batches.limit).to.equal(FIRST_BATCH);
  });

  it('stops when the host leaves the page, and lets waiters go', async () => {
    const host = fakeHost();
    const batches = new BatchController(host);
    batches.total = 1000;
    host.updated();
    const complete = batches.complete;
    host.disconnected();
    await complete;
    await nextBatch();
    expect(host.requests).to.equal(0);
    host.connected();
    expect([host.requests, batches.limit], 'back on the page: the rest in one update').to.deep.equal([1, Infinity]);
    host.connected();
    expect(host.requests, 'only once').to.equal(1);
  });
});
