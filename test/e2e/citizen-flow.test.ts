import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { loadDemoCity } from '../../src/demo/load-demo.ts';
import type { App } from '../../src/http/app.ts';
import { describeEngines } from '../engines.ts';
import { makeApp, manualClock, samplePhoto } from '../fixtures.ts';
import { ARGS, CHROMIUM, HAS_CHROMIUM, SHOTS, seriousViolations } from './browser.ts';


if (!HAS_CHROMIUM) {
  describe.skip(`citizens' portal in Chromium — skipped: ${CHROMIUM} is not installed (apt-get install chromium)`, () => {
    it('needs Chromium', () => undefined);
  });
} else {
  describeEngines('citizens’ portal in Chromium (phone-sized)', (getDb, engine) => {
    let app: App;
    let base: string;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      const now = new Date();
      await loadDemoCity(getDb().db, { appeals: 200, now, prefix: '109', copyCsv: getDb().copyCsv, kenesDays: 0 });
      // The browser really solves the proof-of-work; a lower difficulty keeps the test quick.
      const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', POW_DIFFICULTY: '2' });
      app = await makeApp(getDb(), manualClock(now), config);
      await app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU' });
      page = await context.newPage();
      fs.mkdirSync(SHOTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${engine}-portal-${name}.png`, fullPage: true });
    const audit = async (screen: string) => {
      const violations = await seriousViolations(page);
      expect({ screen, violations }).toEqual({ screen, violations: [] });
    };

    /**
     * The staff side in a desktop browser: the citizen's photo is on the card; the executor's
     * step is taken there, the answer carrying a photo of the work done; line 2 closes it.
     */
    async function staffAnswerAndClose(number: string) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU' });
      const staff = await context.newPage();
      await staff.goto(base);
      await staff.fill('input[name=login]', 'admin');
      await staff.fill('input[name=password]', 'demo');
      await staff.keyboard.press('Enter');
      await staff.waitForSelector('.topbar');
      await staff.goto(`${base}/appeals/${number}`);
      const photo = staff.locator('.staff-gallery img').first();
      await expect.poll(() => photo.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
      const act = async (label: string, fill?: () => Promise<unknown>) => {
        await staff.getByRole('button', { name: label, exact: true }).click();
        await fill?.();
        await staff.locator('.action-form button.primary').click();
        await staff.waitForSelector('.action-form', { state: 'detached' });
      };
      if ((await staff.locator('.card-head .status').textContent()) === 'Зарегистрировано') {
        await act('Направить', () => staff.locator('.action-form select').selectOption({ index: 1 }));
      }
      await act('Принять в работу');
      await act('Ответить', async () => {
        await staff.locator('.action-form textarea[name=text]').fill('Яму заделали асфальтом 20 ноября.');
        await staff.locator('.action-form input[name=files]').setInputFiles({ name: 'done.jpg', mimeType: 'image/jpeg', buffer: await samplePhoto(640, 480, 77) });
      });
      await expect.poll(() => staff.locator('.staff-gallery li').count()).toBe(2);
      await staff.screenshot({ path: `${SHOTS}/${engine}-card-attachments.png` });
      await act('Проверено');
      await act('Закрыть');
      await context.close();
    }

    it('a citizen submits an appeal with a photo, tracks it, and rates the answer after staff close it', async () => {
      await page.goto(`${base}/portal`);
      await page.waitForSelector('svg.citymap');
      await audit('submit');
      await page.getByRole('combobox', { name: 'Что случилось?' }).fill('яма');
      await page.waitForSelector('[role=option]');
      await page.keyboard.press('Enter');
      await page.getByLabel('Опишите проблему').fill('Глубокая яма на проезжей части у дома, машины объезжают по встречной');
      // The place is tapped on the map drawn from the address register.
      const map = page.locator('svg.citymap');
      const box = (await map.boundingBox())!;
      await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
      await expect.poll(() => page.getByText(/^Выбрано: /).textContent()).toMatch(/^Выбрано: .+, .+/);
      await page.getByLabel('Имя').fill('Айгүл Серікова');
      await page.getByLabel('Телефон').fill('+7 705 123 45 67');
      await page.locator('input[type=file]').setInputFiles({ name: 'yama.jpg', mimeType: 'image/jpeg', buffer: await samplePhoto(1200, 900, 5) });
      await expect.poll(() => page.locator('.files li').count()).toBe(1);
      await shot('submit');
      await page.getByRole('button', { name: 'Отправить обращение' }).click();
      const number = (await page.locator('[data-testid=appeal-number]').textContent({ timeout: 30_000 }))?.trim() ?? '';
      expect(number).toMatch(/^109-\d{4}-\d{6}$/);
      const code = (await page.locator('[data-testid=tracking-code]').textContent())?.trim() ?? '';
      expect(code).toMatch(/^[0-9A-Z]{10}$/);
      await shot('done');

      await page.getByRole('link', { name: 'Открыть страницу обращения' }).click();
      await page.waitForSelector('.appeal-public');
      expect(await page.locator('.appeal-public h2').textContent()).toContain(number);
      // The photo is shown from its metadata-free preview, and it loads.
      const img = page.locator('.gallery img').first();
      await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
      await audit('track');
      await shot('track');

      await staffAnswerAndClose(number);
      await page.reload();
      await page.waitForSelector('.appeal-public');
      expect(await page.locator('.badge').first().textContent()).toBe('Закрыто');
      expect(await page.locator('.answer').textContent()).toContain('Яму заделали асфальтом');
      // The photo of the work done comes with the answer.
      await expect.poll(() => page.locator('.answer .gallery img').count()).toBe(1);
      await page.locator('.stars label').nth(3).click();
      await page.getByLabel('Комментарий (необязательно)').fill('Сделали быстро, спасибо');
      await audit('rate');
      await shot('rate');
      await page.getByRole('button', { name: 'Отправить оценку' }).click();
      await expect.poll(() => page.getByText('Ваша оценка: 4 из 5').count()).toBe(1);
      await shot('rated');

      // Staff see the rating the citizen gave.
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'inspector', password: 'demo' } });
      const staff = (await app.inject({ method: 'GET', url: `/api/v1/appeals/${number}`, headers: { authorization: `Bearer ${login.json().token as string}` } })).json();
      expect(staff.rating).toBe(4);
      expect(staff.attachments.map((a: { purpose: string }) => a.purpose).sort()).toEqual(['answer', 'evidence']);
    });

    it('the public list shows public appeals on the map and opens one without personal data', async () => {
      await page.goto(`${base}/portal/appeals`);
      await page.waitForSelector('.public-list li');
      await audit('list');
      await shot('list');
      await page.locator('.public-list li a').first().click();
      await page.waitForSelector('.appeal-public');
      expect(await page.locator('.appeal-public').textContent()).not.toMatch(/Айгүл|705 123/);
    });
  });
}
