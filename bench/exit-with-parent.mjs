// Preloaded into the server that bench/hostile.ts starts: the server exits when the bench's end of its
// stdin closes, so it stops by itself even if the bench is killed. Worker threads are left alone.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.stdin.on('close', () => process.exit(0));
  process.stdin.resume();
}
