import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// What every browser flow shares: Debian's Chromium (never a download), where screenshots go,
// and the accessibility audit.

export const CHROMIUM = '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SHOTS = 'artifacts/screenshots';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's serious and critical findings on the page, as "rule (count)". Short animations and
 * transitions (a page fading in, a figure's flash) end first: mid-fade, text has not yet its
 * final contrast, and a busy machine would fail the audit on a frame no one reads. Long or endless
 * ones (a rotation's progress bar, the live dot) do not change text colours and are not awaited.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(`Promise.all(document.getAnimations().filter((a) => {
    const t = a.effect && a.effect.getComputedTiming();
    return t && Number.isFinite(t.endTime) && t.endTime <= 5000;
  }).map((a) => a.finished.catch(() => null)))`);
  await page.addScriptTag({ path: AXE });
  // Runs in the page (no DOM types here).
  return page.evaluate<string[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ' (' + v.nodes.length + ')'))`,
  );
}
