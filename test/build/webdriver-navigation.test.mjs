// scripts/browsers.mjs `navigateAgainOnFailure`: a WebKit navigation that fails once no longer ends the
// whole browser run (web-test-runner-webdriver 0.9.0 leaves that rejection unhandled).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { navigateAgainOnFailure } from '../../scripts/browsers.mjs';

/** A launcher as @web/test-runner-webdriver builds it, whose manager's navigations fail `failures` times. */
function launcherFailing(failures) {
  const opened = [];
  const manager = {
    async startSession(id, url) {
      opened.push(url);
      if (opened.length <= failures) throw new Error('This operation was aborted when running "url"');
    },
  };
  return { opened, launcher: { async createDriverManager() { return manager; } } };
}

test('a navigation that fails once is made again, and the session starts', async () => {
  const { opened, launcher } = launcherFailing(1);
  const said = [];
  const manager = await navigateAgainOnFailure(launcher, (line) => said.push(line)).createDriverManager();
  await manager.startSession('a', 'http://localhost:8000/?file=x');
  assert.deepEqual(opened, ['http://localhost:8000/?file=x', 'http://localhost:8000/?file=x']);
  assert.match(said[0], /opening http:\/\/localhost:8000\/\?file=x failed \(This operation was aborted/);
});

test('a navigation that fails twice fails as before (scripts/wtr.mjs then runs again with a fresh driver)', async () => {
  const { opened, launcher } = launcherFailing(2);
  const manager = await navigateAgainOnFailure(launcher, () => {}).createDriverManager();
  await assert.rejects(manager.startSession('a', 'http://localhost:8000/'), /aborted/);
  assert.equal(opened.length, 2);
});

test('a navigation that succeeds is made once', async () => {
  const { opened, launcher } = launcherFailing(0);
  const manager = await navigateAgainOnFailure(launcher, () => {}).createDriverManager();
  await manager.startSession('a', 'http://localhost:8000/');
  assert.equal(opened.length, 1);
});
