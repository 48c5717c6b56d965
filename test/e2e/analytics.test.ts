import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../../src/demo/load-demo.ts';
import type { App } from '../../src/http/app.ts';
import { describeEngines } from '../engines.ts';
import { makeApp, manualClock } from '../fixtures.ts';
import { ARGS, CHROMIUM, HAS_CHROMIUM, SHOTS, seriousViolations } from './browser.ts';

if (!HAS_CHROMIUM) {
  describe.skip(`analytics in Chromium — skipped: ${CHROMIUM} is not installed (apt-get install chromium)`, () => {
    it('needs Chromium', () => undefined);
  });
} else {
  describeEngines('analytics in Chromium', (getDb, engine) => {
    let app: App;
    let base: string;
    let browser: Browser;

    beforeAll(async () => {
      const now = new Date();
      await loadDemoCity(getDb().db, { appeals: 600, now, prefix: '109', copyCsv: getDb().copyCsv, kenesDays: 0 });
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

    async function signIn(login: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(base);
      await page.fill('input[name=login]', login);
      await page.fill('input[name=password]', 'demo');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.topbar');
      return page;
    }

    const number = (s: string | null) => Number((s ?? '').replace(/\s| /g, ''));

    it('an analyst sees the figures, downloads a table and drills down from a row to exactly its appeals in the queue', async () => {
      const page = await signIn('analyst');
      await page.getByRole('link', { name: 'Аналитика' }).click();
      await page.waitForSelector('section.analytics table.figures tfoot');
      await page.waitForSelector('svg.chart a');
      await page.screenshot({ path: `${SHOTS}/${engine}-analytics.png`, fullPage: true });

      // The page shows what the API answers for the same period.
      const [from, to] = await Promise.all([page.inputValue('input[type=date] >> nth=0'), page.inputValue('input[type=date] >> nth=1')]);
      const api = await page.evaluate(
        async (u) => (await (await fetch(u)).json()) as { total: { registered: number }; items: { name: string; registered: number }[] },
        `/api/v1/analytics/breakdown?dimension=executor&grain=month&from=${from}&to=${to}`,
      );
      const breakdown = page.locator('table.figures').nth(1);
      expect(number(await breakdown.locator('tfoot td').first().textContent())).toBe(api.total.registered);
      expect(api.total.registered).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);

      // A CSV download of the breakdown, in Russian.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^CSV — Скачать «Разрез: Исполнитель»/ }).click()]);
      const csv = fs.readFileSync((await download.path())!, 'utf8');
      expect(csv.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^Исполнитель,Зарегистрировано,Закрыто/);
      expect(csv).toContain(api.items[0]!.name.includes(',') ? `"${api.items[0]!.name}"` : api.items[0]!.name);

      // Drill down from the first executor's row: the queue shows its appeals of the period, all of them.
      // (A row without an executor — consultations — has nothing of its own to open.)
      const first = breakdown.locator('tbody tr').filter({ has: page.locator('th a') }).first();
      const expected = number(await first.locator('td').first().textContent());
      const executorName = (await first.locator('th a').textContent())!.trim();
      await first.locator('th a').click();
      await page.waitForURL(/\/appeals\?.*executorId=\d+/);
      await page.waitForSelector('.drill-note');
      // Named as analytics named it, not by its id.
      expect(await page.locator('.drill-note').textContent()).toContain(executorName);
      expect(await page.locator('.drill-note').textContent()).not.toMatch(/#\d/);
      const allTab = page.getByRole('tab', { selected: true });
      await expect.poll(async () => number(await allTab.locator('.count').textContent())).toBe(expected);
      await page.waitForSelector('table.appeals tbody tr');
      expect(await page.locator('table.appeals tbody tr').count()).toBe(Math.min(50, expected));
      await page.screenshot({ path: `${SHOTS}/${engine}-analytics-drill.png` });

      // And from a bar of the trend chart.
      await page.goBack();
      await page.waitForSelector('svg.chart a');
      await page.locator('svg.chart').first().locator('a').last().click();
      await page.waitForURL(/\/appeals\?.*from=\d{4}-\d{2}-\d{2}/);
      await page.context().close();
    });

    it('an operator has no analytics in the menu', async () => {
      const page = await signIn('operator');
      expect(await page.getByRole('link', { name: 'Аналитика' }).count()).toBe(0);
      await page.context().close();
    });
  });
}
