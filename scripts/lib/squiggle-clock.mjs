// A page-side clock for "how long until the warning shows", shared by the browser e2e and `npm run bench:vscode`.

/**
 * Starts the clock for the editor matching `editorSelector`. It runs in the page's performance.now(), so no
 * round trip is measured. It records the last keydown (or the arming itself, if no key follows) and the first
 * animation frame after it in which the editor shows a warning squiggle over the whole comment, from its first
 * character to its last (within half a character): a squiggle left from the analysis of a shorter text, even one
 * key shorter, does not grow with the text, so it never counts.
 */
export async function armSquiggleClock(page, editorSelector) {
  await page.evaluate((sel) => {
    const w = /** @type {any} */ (window);
    if (w.__rc) w.__rc.stop = true;
    const rc = { armed: performance.now(), lastKey: performance.now(), shown: 0, squiggle: 0, stop: false };
    w.__rc = rc;
    w.__rcOnKey = () => {
      rc.lastKey = performance.now();
      rc.shown = 0;
      rc.squiggle = 0;
    };
    if (!w.__rcKeys) {
      w.__rcKeys = true;
      document.addEventListener('keydown', () => w.__rcOnKey(), true);
    }
    const tick = () => {
      if (rc.stop) return;
      if (!rc.squiggle) {
        const editor = document.querySelector(sel);
        const text = editor?.querySelector('.view-line > span');
        const squiggles = editor ? [...editor.querySelectorAll('.squiggly-warning')] : [];
        const box = text?.getBoundingClientRect();
        const chars = text?.textContent?.length ?? 0;
        if (!rc.shown && box && box.width > 0) rc.shown = performance.now();
        if (box && box.width > 0 && chars > 0) {
          const half = box.width / chars / 2;
          const whole = (q) => {
            const r = q.getBoundingClientRect();
            return r.left <= box.left + half && r.right >= box.right - half;
          };
          if (squiggles.some(whole)) rc.squiggle = performance.now();
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, editorSelector);
}

/**
 * Waits for the whole-comment squiggle, stops the clock and returns its marks (page milliseconds): `shown` is
 * the first frame in which the editor showed text after the last key, which is when the editor itself caught up.
 */
export async function readSquiggleClock(page, timeout = 10000) {
  await page.waitForFunction(() => /** @type {any} */ (window).__rc.squiggle > 0, undefined, { timeout });
  return page.evaluate(() => {
    const rc = /** @type {any} */ (window).__rc;
    rc.stop = true;
    return { armed: rc.armed, lastKey: rc.lastKey, shown: rc.shown, squiggle: rc.squiggle, origin: performance.timeOrigin };
  });
}
