import test from 'node:test';
import assert from 'node:assert/strict';
import { GAVE_UP_NOTICE, MAX_RESTARTS, RESTART_WINDOW_MS, RESTARTED_NOTICE, RestartOnce } from './restarts';

function handler() {
  const notices: string[] = [];
  let clock = 0;
  const restarts = new RestartOnce((message) => notices.push(message), () => clock);
  return { restarts, notices, later: (ms: number) => (clock += ms) };
}

test('a server that stops is started again, and the user is told once, not at every stop', () => {
  const { restarts, notices, later } = handler();
  for (let i = 0; i < MAX_RESTARTS; i++) {
    assert.equal(restarts.closed(), 'restart');
    later(1_000);
  }
  assert.deepEqual(notices, [RESTARTED_NOTICE]);
});

test('a few broken messages are survived, many shut the connection', () => {
  const { restarts } = handler();
  assert.deepEqual([1, 3, 4, undefined].map((count) => restarts.error(count)), ['continue', 'continue', 'shut down', 'shut down']);
});

test('a write to a server that has just died is left to the close that follows, which starts it again', () => {
  const { restarts } = handler();
  // The pipe's own error event comes without a count, as vscode-jsonrpc's writer passes it on.
  assert.deepEqual(['EPIPE', 'ERR_STREAM_DESTROYED', 'ECONNRESET'].map((code) => restarts.error(undefined, code)), ['continue', 'continue', 'continue']);
  assert.equal(restarts.error(undefined, 'EACCES'), 'shut down');
  assert.equal(restarts.closed(), 'restart');
});

test('a server that keeps stopping is left stopped, said once', () => {
  const { restarts, notices } = handler();
  const actions = Array.from({ length: MAX_RESTARTS + 1 }, () => restarts.closed());
  assert.deepEqual(actions, [...Array(MAX_RESTARTS).fill('restart'), 'leave stopped']);
  assert.deepEqual(notices, [RESTARTED_NOTICE, GAVE_UP_NOTICE]);
});

test('stops spread over more than the window never add up to giving up', () => {
  const { restarts, notices, later } = handler();
  for (let i = 0; i < 3 * MAX_RESTARTS; i++) {
    assert.equal(restarts.closed(), 'restart');
    later(RESTART_WINDOW_MS / (MAX_RESTARTS - 1));
  }
  assert.deepEqual(notices, [RESTARTED_NOTICE]);
});
