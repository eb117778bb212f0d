// One place that runs cleanup hooks when this process ends, however it ends (normal exit, Ctrl+C, SIGTERM,
// an uncaught error), so no code-server or chromium is left behind.
const hooks = new Set();
let installed = false;

function runAll() {
  for (const h of [...hooks]) {
    hooks.delete(h);
    try {
      h();
    } catch {
      // best effort: keep cleaning up the rest
    }
  }
}

/** Registers a synchronous hook; returns a function that unregisters it. */
export function onExit(hook) {
  if (!installed) {
    installed = true;
    process.on('exit', runAll);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.on(sig, () => {
        runAll();
        process.exit(sig === 'SIGINT' ? 130 : 143);
      });
    }
  }
  hooks.add(hook);
  return () => hooks.delete(hook);
}
