import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../../src/demo/load-demo.ts';
import type { App } from '../../src/http/app.ts';
import { describeEngines } from '../engines.ts';
import { makeApp, manualClock } from '../fixtures.ts';
import { ARGS, CHROMIUM, HAS_CHROMIUM, SHOTS, seriousViolations } from './browser.ts';

if (!HAS_CHROMIUM) {
  describe.skip(`Knowledge base in Chromium — skipped: ${CHROMIUM} is not installed (apt-get install chromium)`, () => {
    it('needs Chromium', () => undefined);
  });
} else {
  describeEngines('Knowledge base on the portal and beside the intake, in Chromium', (getDb, engine) => {
    let app: App;
    let base: string;
    let browser: Browser;

    beforeAll(async () => {
      const now = new Date();
      await loadDemoCity(getDb().db, { appeals: 50, now, prefix: '109', copyCsv: getDb().copyCsv, kenesDays: 0 });
      app = await makeApp(getDb(), manualClock(now));
      await app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      fs.mkdirSync(SHOTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    it('a citizen on a phone finds an article despite typos, reads it, and switches it to Kazakh', async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ru-RU', isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(`${base}/portal/kb`);
      await page.waitForSelector('.kb-results li');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('searchbox').fill('как палучить адресную спарвку');
      await expect.poll(() => page.locator('.kb-results li a', { hasText: /адресн\S* справк/i }).count()).toBeGreaterThan(0);
      await page.locator('.kb-results li a', { hasText: /адресн\S* справк/i }).first().click();
      await page.waitForSelector('.portal-kb-article h1');
      expect(page.url()).toContain('/portal/kb/address-certificate-egov');
      const ruTitle = await page.locator('.portal-kb-article h1').textContent();
      expect(await page.locator('.kb-html ol li').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `${SHOTS}/${engine}-portal-kb-article.png`, fullPage: true });
      await page.getByRole('button', { name: 'Қазақша' }).click();
      await expect.poll(() => page.locator('.portal-kb-article').getAttribute('lang')).toBe('kk');
      const kkTitle = await page.locator('.portal-kb-article h1').textContent();
      expect(kkTitle).not.toBe(ruTitle);
      expect(kkTitle).toMatch(/[әғқңөұүһі]/i);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

    it('an operator sees articles as they type the problem and puts a public link into the answer', async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU' });
      const page = await context.newPage();
      await page.goto(base);
      await page.fill('input[name=login]', 'operator');
      await page.fill('input[name=password]', 'demo');
      await page.keyboard.press('Enter');
      await page.waitForSelector('textarea[name=description]');
      await page.locator('textarea[name=description]').fill('Звонит житель, спрашивает где взять адресную справку для работы');
      const panel = page.getByTestId('kb-panel');
      await expect.poll(() => panel.locator('.kb-hits li').count()).toBeGreaterThan(0);
      // The focus stays in the form while the panel fills.
      expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('name')")).toBe('description');
      await panel.locator('.kb-hits li button', { hasText: /адресн\S* справк/i }).first().click();
      await page.getByTestId('kb-panel-article').waitFor();
      await panel.getByRole('button', { name: 'Ссылку — в ответ гражданину' }).click();
      const answer = await page.locator('textarea[name=answer]').inputValue();
      expect(answer).toContain(`${base}/portal/kb/address-certificate-egov?lang=ru`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/${engine}-intake-kb-panel.png` });
      await context.close();
    });
  });
}
