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
  describe.skip(`Open311 keys screen in Chromium — skipped: ${CHROMIUM} is not installed (apt-get install chromium)`, () => {
    it('needs Chromium', () => undefined);
  });
} else {
  describeEngines('Open311 keys screen in Chromium', (getDb, engine) => {
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

    it('an admin sees the demo key, issues a key (shown once) that works, and revokes it; the screen passes the accessibility audit', async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU' });
      const page = await context.newPage();
      await page.goto(base);
      await page.fill('input[name=login]', 'admin');
      await page.fill('input[name=password]', 'demo');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.topbar');
      await page.getByRole('link', { name: 'Администрирование' }).click();
      await page.getByRole('tab', { name: 'Ключи Open311' }).click();
      await expect.poll(() => page.locator('table.appeals tbody tr', { hasText: 'Smart Qostanai' }).count()).toBe(1);

      await page.getByLabel('Клиент (приложение)').fill('Приложение «Жалобы»');
      await page.getByLabel('Канал обращений').selectOption('website');
      await page.getByRole('button', { name: 'Выдать ключ' }).click();
      const key = (await page.locator('.admin-form code.token').textContent()) ?? '';
      expect(key).toMatch(/^o311_/);
      await expect.poll(() => page.locator('table.appeals tbody tr', { hasText: 'Приложение «Жалобы»' }).count()).toBe(1);
      const violations = await seriousViolations(page);
      expect(violations).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/${engine}-admin-open311.png` });

      const services = await fetch(`${base}/open311/v2/services.json`).then((r) => r.json() as Promise<{ service_code: string }[]>);
      const post = () =>
        fetch(`${base}/open311/v2/requests.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ api_key: key, service_code: services[0]!.service_code, lat: '53.2144', long: '63.6246' }),
        });
      expect((await post()).status).toBe(201);

      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Отозвать: Приложение «Жалобы»' }).click();
      await expect.poll(() => page.locator('.admin-form [role=status]').first().textContent()).toBe('Ключ отозван');
      await expect.poll(() => page.locator('table.appeals tbody tr', { hasText: 'Приложение «Жалобы»' }).textContent()).toContain('Отозван');
      expect((await post()).status).toBe(403);
    });
  });
}
