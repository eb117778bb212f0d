// Steps a person takes in the web workbench, shared by the browser end-to-end tests.

/**
 * Runs a command from the Command Palette (F1), as a person would: types its title and presses Enter once
 * the palette lists it. `match` is the text the row must show (by default the title after its category).
 */
export async function runFromPalette(page, title, match = title.replace(/^.*?: /, '')) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: match }).first().waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Wraps node:test's `it` so that a failing step runs `onFailure(name)` (a screenshot, keeping the session's
 * state) before the failure is reported.
 */
export function stepsWith(it, onFailure) {
  return (name, fn) =>
    it(name, async () => {
      try {
        await fn();
      } catch (e) {
        await onFailure(name).catch(() => {});
        throw e;
      }
    });
}

/** A file-name-safe form of a step's name, for its failure screenshot. */
export const failureShotName = (name) => `failed-${name.replace(/\W+/g, '-').slice(0, 40)}`;
